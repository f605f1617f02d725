/**
 * Reading the values course exports hold: durations, prices, levels,
 * languages, formats and skills lists, each as people and providers write
 * them. Every reader returns `undefined` for a value it cannot read, so the
 * importer can say which value it was and what it used instead.
 */
import type { Difficulty, Format, ItemKind } from "../schema/common";
import { ownValue } from "../validate/read";

/** What a duration says: any of weekly hours, weeks and total hours. */
export interface Effort {
  readonly hoursPerWeek?: number;
  readonly weeks?: number;
  readonly totalHours?: number;
}

/** Weeks in a month, on average. */
const WEEKS_PER_MONTH = 52 / 12;

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
/** A number or a range ("3 - 6", "2–4", "2 to 4", "18 a 24", "15+"), read as its middle. */
const RANGE = String.raw`${NUMBER}\+?(?:\s*(?:-|to|a|or|~)\s*${NUMBER})?`;

function toNumber(text: string): number {
  return Number(text.replace(",", "."));
}

function middle(low: string, high: string | undefined): number {
  return high === undefined ? toNumber(low) : (toNumber(low) + toNumber(high)) / 2;
}

/** Lowercase, dashes of every width as "-", "None"-like placeholders as nothing. */
function clean(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** Cells that say "nothing here": exports write these for a missing value. */
export function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return /^\s*(?:|none|null|nan|n\/a|na|undefined|-)\s*$/i.test(value);
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** Each kind of duration: its pattern and what its two captured numbers (a range's ends) add. */
const UNITS: ReadonlyArray<{ readonly pattern: RegExp; readonly read: (a: string, b: string | undefined, effort: Effort) => Effort }> = [
  // "2–4 hours per week", "15+ hours of study/wk", "10 hrs a week", "3h/week"
  {
    pattern: new RegExp(String.raw`${RANGE}\s*(?:hours?|hrs?|h)\b(?:\s*of\s*\w+)?\s*(?:per|a|an|each|\/|every)\s*(?:week|wk)`, "g"),
    read: (a, b, e) => ({ ...e, hoursPerWeek: middle(a, b) }),
  },
  // "2h 30m", "1 hour 15 minutes": hours and minutes, not a range.
  {
    pattern: /(\d+)\s*(?:hours?|hrs?|h)\s*(\d+)\s*(?:minutes?|mins?|m)\b/g,
    read: (a, b, e) => ({ ...e, totalHours: (e.totalHours ?? 0) + Number(a) + Number(b ?? 0) / 60 }),
  },
  // "Approximately 20 hours to complete", "Less Than 2 Hours", "1.5 hours"
  { pattern: new RegExp(String.raw`${RANGE}\s*(?:hours?|hrs?|h|horas?|heures?|stunden)\b`, "g"), read: (a, b, e) => ({ ...e, totalHours: (e.totalHours ?? 0) + middle(a, b) }) },
  { pattern: new RegExp(String.raw`${RANGE}\s*(?:minutes?|mins?|m|minutos?)\b`, "g"), read: (a, b, e) => ({ ...e, totalHours: (e.totalHours ?? 0) + middle(a, b) / 60 }) },
  // "6 Weeks", "1 - 4 Weeks", "6 semanas", "6 semaines", "6 Wochen"
  { pattern: new RegExp(String.raw`${RANGE}\s*(?:weeks?|wks?|semanas?|semaines?|wochen|settimane?)\b`, "g"), read: (a, b, e) => ({ ...e, weeks: middle(a, b) }) },
  // "3 - 6 Months", "4 meses", "6 mois", "6 Monate"
  { pattern: new RegExp(String.raw`${RANGE}\s*(?:months?|meses|mes|mois|monate?|mesi)\b`, "g"), read: (a, b, e) => ({ ...e, weeks: middle(a, b) * WEEKS_PER_MONTH }) },
  { pattern: new RegExp(String.raw`${RANGE}\s*(?:years?|yrs?|años|anos|ans|jahre?)\b`, "g"), read: (a, b, e) => ({ ...e, weeks: middle(a, b) * 52 }) },
  { pattern: new RegExp(String.raw`${RANGE}\s*(?:days?|días|dias|jours?|tage?)\b`, "g"), read: (a, b, e) => ({ ...e, weeks: middle(a, b) / 7 }) },
];

/**
 * Reads a duration as exports write it: weekly hours ("2–4 hours per week"),
 * weeks ("6 Weeks", "1 - 4 Weeks"), months ("3 - 6 Months"), total hours
 * ("Approximately 20 hours to complete", "2h 30m", or a bare decimal number,
 * which is read as total hours). A range counts as its middle. Several parts
 * may be in one text ("4 weeks, 3 hours per week"). `undefined` when nothing
 * in it is a duration.
 *
 * @example
 * ```ts
 * readDuration("3 - 6 Months"); // { weeks: 19.5 }
 * readDuration("2h 30m"); // { totalHours: 2.5 }
 * ```
 */
export function readDuration(value: unknown): Effort | undefined {
  if (typeof value === "number") return Number.isFinite(value) && value > 0 ? { totalHours: value } : undefined;
  if (typeof value !== "string") return undefined;
  let text = clean(value);
  if (/^\d+(?:[.,]\d+)?$/.test(text)) {
    const hours = toNumber(text);
    return hours > 0 ? { totalHours: hours } : undefined;
  }
  // "1:30" as hours and minutes.
  const clock = /^(\d+):([0-5]\d)(?::[0-5]\d)?$/.exec(text);
  if (clock) return { totalHours: Number(clock[1]) + Number(clock[2]) / 60 };
  let effort: Effort = {};
  let found = false;
  for (const unit of UNITS) {
    text = text.replace(unit.pattern, (match, a: string, b: string | undefined) => {
      found = true;
      effort = unit.read(a, b, effort);
      // Blanked, not removed, so "2h 30m" read once is not read again as "2h" and "30m".
      return " ".repeat(match.length);
    });
  }
  if (!found) return undefined;
  const positive = (n: number | undefined) => n !== undefined && Number.isFinite(n) && n > 0;
  if (![effort.hoursPerWeek, effort.weeks, effort.totalHours].some(positive)) return undefined;
  return effort;
}

/** What a price cell says. */
export interface Price {
  readonly amount: number;
  readonly currency?: string;
  /** Free to take, with a certificate that costs this much ("FREE-Add a Verified Certificate for $49 USD"). */
  readonly certificate?: number;
}

const SYMBOLS: Readonly<Record<string, string>> = { $: "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "us$": "USD", "r$": "BRL", "a$": "AUD", "c$": "CAD", fr: "CHF", kr: "SEK" };

const FREE = /^(?:free|gratis|gratuit|gratuito|kostenlos|no cost|none|0+(?:[.,]0+)?|\$0(?:\.00)?|free of charge|free course|audit)$/;

/** "1,299.00" and "1.299,00" are both 1299; "49,99" is 49.99. */
function readAmount(text: string): number | undefined {
  let t = text.replace(/[\s\u00a0']/g, "");
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(t)) t = t.replace(/,/g, "");
  else if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(t)) t = t.replace(/\./g, "").replace(",", ".");
  else t = t.replace(",", ".");
  const n = Number(t);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

const MONEY = /(us\$|r\$|a\$|c\$|[$€£¥₹]|\b[a-z]{3}\b)?\s*(\d[\d.,\s\u00a0']*\d|\d)\s*(\b[a-z]{3}\b|[$€£¥₹])?/;

function currencyOf(symbol: string | undefined): string | undefined {
  if (symbol === undefined) return undefined;
  const known = ownValue(SYMBOLS, symbol);
  if (known) return known;
  return /^[a-z]{3}$/.test(symbol) && !["for", "and", "the", "per", "add", "usd"].includes(symbol) ? symbol.toUpperCase() : symbol === "usd" ? "USD" : undefined;
}

/**
 * Reads a price: a number ("200", "$49.99", "1.299,00 €", "EUR 120"), or
 * "Free" in a few languages. "FREE-Add a Verified Certificate for $49 USD"
 * is free to audit with a paid certificate: `amount` 0 and `certificate` 49
 * (the importer's `audit` policy decides which one the catalog uses).
 * `undefined` when no price can be read ("Paid", "varies").
 *
 * @example
 * ```ts
 * readPrice("FREE-Add a Verified Certificate for $49 USD"); // { amount: 0, certificate: 49, currency: "USD" }
 * ```
 */
export function readPrice(value: unknown): Price | undefined {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? { amount: value } : undefined;
  if (typeof value === "boolean") return value ? undefined : { amount: 0 };
  if (typeof value !== "string") return undefined;
  const text = clean(value);
  if (FREE.test(text)) return { amount: 0 };
  const audit = /^free\b/.test(text) || /\baudit\b/.test(text);
  const money = MONEY.exec(text);
  if (!money) return audit ? { amount: 0 } : undefined;
  const amount = readAmount(money[2]!);
  if (amount === undefined) return audit ? { amount: 0 } : undefined;
  const currency = currencyOf(money[1]) ?? currencyOf(money[3]);
  if (audit) return { amount: 0, certificate: amount, ...(currency ? { currency } : {}) };
  return { amount, ...(currency ? { currency } : {}) };
}

/**
 * Reads a yes/no cell (`is_paid`): true, false, yes, no, 1, 0, paid, free.
 *
 * @example
 * ```ts
 * readBoolean("False"); // false
 * ```
 */
export function readBoolean(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : undefined;
  if (typeof value !== "string") return undefined;
  const text = clean(value);
  if (/^(?:true|yes|y|1|paid|t|oui|sí|si|ja)$/.test(text)) return true;
  if (/^(?:false|no|n|0|free|f|non|nein)$/.test(text)) return false;
  return undefined;
}

/** A level that is every level: no difficulty, and nothing misread. */
export const ALL_LEVELS = "all";

const BEGINNER = /^(?:beginners?|beginner level|introductory|intro|introduction|basic|basics|foundations?|foundational|fundamentals?|novice|entry(?:[- ]level)?|elementary|starter|101|level 1|débutant|debutant|principiante|anfänger|anfanger|iniciante|iniciación|básico|basico)$/;
const INTERMEDIATE = /^(?:intermediate|medium|moderate|level 2|intermédiaire|intermediaire|intermedio|intermediário|intermediario|mittel|mittelstufe|fortgeschrittene anfänger)$/;
const ADVANCED = /^(?:advanced|expert|experts|mastery|level 3|avancé|avance|avanzado|avançado|avancado|fortgeschritten|experte)$/;
const EVERY = /^(?:all|all levels?|any|any level|mixed|mixed levels?|everyone|general|open|beginner to advanced|beginners? to experts?|all skill levels)$/;

/**
 * Reads a course's difficulty (not a career level): "Beginner",
 * "Introductory", "Intermediate", "Advanced" and their like in a few
 * languages. "All Levels" and "Mixed" suit everyone: `"all"`, no
 * difficulty. A range ("Beginner to Intermediate") is read as where it
 * starts. `undefined` when the text is none of these.
 *
 * @example
 * ```ts
 * readLevel("Beginner "); // "beginner"
 * readLevel("All Levels"); // "all"
 * ```
 */
export function readLevel(value: unknown): Difficulty | typeof ALL_LEVELS | undefined {
  if (typeof value !== "string") return undefined;
  const text = clean(value);
  const one = (t: string): Difficulty | typeof ALL_LEVELS | undefined => {
    if (EVERY.test(t)) return ALL_LEVELS;
    // "Beginner Level", "Niveau avancé": the word "level" adds nothing.
    const bare = t.replace(/^(?:level|niveau|nivel)\s+|\s+(?:level|niveau|nivel)$/, "");
    if (BEGINNER.test(bare)) return "beginner";
    if (INTERMEDIATE.test(bare)) return "intermediate";
    if (ADVANCED.test(bare)) return "advanced";
    return undefined;
  };
  const whole = one(text);
  if (whole !== undefined) return whole;
  const range = /^(.+?)\s*(?:-|to|\/|–|&|and)\s*(.+)$/.exec(text);
  if (range) {
    const low = one(range[1]!.trim());
    if (low !== undefined && low !== ALL_LEVELS && one(range[2]!.trim()) !== undefined) return low;
  }
  return undefined;
}

/** Language names, in their own language and in English, to BCP 47 codes. */
const LANGUAGES: Readonly<Record<string, string>> = {
  english: "en",
  anglais: "en",
  inglés: "en",
  ingles: "en",
  englisch: "en",
  español: "es",
  espanol: "es",
  spanish: "es",
  castellano: "es",
  français: "fr",
  francais: "fr",
  french: "fr",
  deutsch: "de",
  german: "de",
  português: "pt",
  portugues: "pt",
  portuguese: "pt",
  "português (brasil)": "pt-BR",
  "portugues (brasil)": "pt-BR",
  "português brasileiro": "pt-BR",
  "brazilian portuguese": "pt-BR",
  "portuguese (brazil)": "pt-BR",
  italiano: "it",
  italian: "it",
  nederlands: "nl",
  dutch: "nl",
  polski: "pl",
  polish: "pl",
  русский: "ru",
  russian: "ru",
  українська: "uk",
  ukrainian: "uk",
  türkçe: "tr",
  turkce: "tr",
  turkish: "tr",
  中文: "zh",
  简体中文: "zh",
  繁體中文: "zh",
  chinese: "zh",
  mandarin: "zh",
  "chinese (simplified)": "zh",
  "chinese (traditional)": "zh",
  日本語: "ja",
  japanese: "ja",
  한국어: "ko",
  korean: "ko",
  العربية: "ar",
  arabic: "ar",
  हिन्दी: "hi",
  hindi: "hi",
  עברית: "he",
  hebrew: "he",
  ελληνικά: "el",
  greek: "el",
  svenska: "sv",
  swedish: "sv",
  dansk: "da",
  danish: "da",
  norsk: "no",
  norwegian: "no",
  suomi: "fi",
  finnish: "fi",
  čeština: "cs",
  cestina: "cs",
  czech: "cs",
  magyar: "hu",
  hungarian: "hu",
  română: "ro",
  romana: "ro",
  romanian: "ro",
  "bahasa indonesia": "id",
  indonesian: "id",
  "tiếng việt": "vi",
  vietnamese: "vi",
  ไทย: "th",
  thai: "th",
  فارسی: "fa",
  persian: "fa",
  farsi: "fa",
  বাংলা: "bn",
  bengali: "bn",
  kiswahili: "sw",
  swahili: "sw",
  català: "ca",
  catalan: "ca",
};

/**
 * Reads a language as a code: a code ("en", "pt_BR", "en-us") or a name in
 * its own language or in English ("Español", "Deutsch", "中文", "日本語",
 * "العربية", "French"). Of a list ("English, Spanish") the first counts.
 *
 * @example
 * ```ts
 * readLanguage("Português (Brasil)"); // "pt-BR"
 * readLanguage("العربية"); // "ar"
 * ```
 */
export function readLanguage(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = clean(value);
  const name = ownValue(LANGUAGES, text);
  if (name) return name;
  const code = /^([a-z]{2,3})(?:[-_]([a-z]{2}))?$/.exec(text);
  if (code && (code[1]!.length === 2 || Object.values(LANGUAGES).includes(code[1]!))) return code[2] ? `${code[1]}-${code[2].toUpperCase()}` : code[1];
  const first = text.split(/\s*[,;/|]\s*|\s+(?:and|&)\s+/)[0];
  return first !== undefined && first !== text ? readLanguage(first) : undefined;
}

const FORMATS: ReadonlyArray<readonly [RegExp, Format]> = [
  [/^(?:self[- ]?paced|on[- ]?demand|asynchronous|async|recorded|e-?learning|video|mooc|at your own pace)$/, "self-paced"],
  [/^(?:cohort|cohort[- ]based|scheduled|session[- ]based|instructor[- ]led online|bootcamp)$/, "cohort"],
  [/^(?:online|virtual|live online|webinar|remote|virtual classroom|live virtual)$/, "online"],
  [/^(?:in[- ]?person|classroom|on[- ]?site|face[- ]to[- ]face|instructor[- ]led|ilt|workshop|seminar|presencial|présentiel)$/, "in-person"],
  [/^(?:one[- ]to[- ]one|1:1|1-1|coaching|individual)$/, "one-to-one"],
  [/^(?:on[- ]the[- ]job|on the job|ojt|stretch assignment)$/, "on-the-job"],
];

/**
 * Reads how a course is delivered ("Self-paced", "On demand", "Classroom",
 * "Cohort", "Virtual classroom") as one of the catalog's formats.
 *
 * @example
 * ```ts
 * readFormat("On-demand"); // "self-paced"
 * ```
 */
export function readFormat(value: unknown): Format | undefined {
  if (typeof value !== "string") return undefined;
  const text = clean(value);
  return FORMATS.find(([pattern]) => pattern.test(text))?.[1];
}

/**
 * Reads an item's kind: "training" (a course, a class), "mentoring"
 * (a mentor, coaching) or "working-condition".
 *
 * @example
 * ```ts
 * readKind("Course"); // "training"
 * ```
 */
export function readKind(value: unknown): ItemKind | undefined {
  if (typeof value !== "string") return undefined;
  const text = clean(value);
  if (/^(?:training|course|class|program(?:me)?|e-?learning|certificate|specialization|workshop|learning)$/.test(text)) return "training";
  if (/^(?:mentoring|mentorship|coaching|mentor)$/.test(text)) return "mentoring";
  if (/^(?:working[- ]condition|working conditions|work arrangement|policy)$/.test(text)) return "working-condition";
  return undefined;
}

/**
 * A skills cell as a list: a JSON list, or text in braces or brackets with
 * stray quotes (`{" Network Security"," Python"}`), or separated by commas,
 * semicolons, pipes or line breaks.
 *
 * @example
 * ```ts
 * readSkills('{" Data Analysis"," SQL"}'); // ["Data Analysis", "SQL"]
 * ```
 */
export function readSkills(value: unknown): string[] {
  const parts: string[] = [];
  const add = (part: unknown) => {
    if (typeof part !== "string" && typeof part !== "number") return;
    const text = String(part)
      .replace(/^[\s"'`{}[\]]+|[\s"'`{}[\]]+$/g, "")
      .trim();
    if (text !== "" && !isBlank(text) && !parts.includes(text)) parts.push(text);
  };
  if (Array.isArray(value)) value.forEach(add);
  else if (typeof value === "string") {
    const inner = value.trim().replace(/^[{[]|[}\]]$/g, "");
    const quoted = [...inner.matchAll(/"([^"]*)"|'([^']*)'/g)];
    if (quoted.length > 0 && inner.replace(/"[^"]*"|'[^']*'|[\s,;|]/g, "") === "") quoted.forEach((m) => add(m[1] ?? m[2]));
    else inner.split(/\s*[,;|\n]\s*/).forEach(add);
  }
  return parts;
}
