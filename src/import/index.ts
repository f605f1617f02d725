/**
 * Bring your own catalog: a course export (rows from a CSV or JSON file)
 * turned into catalog items tagged with taxonomy keys, and a report of
 * everything done on the way. Every input row is either in the catalog or
 * named in the report; nothing is dropped silently.
 *
 * This module is its own entry (`tailorplan/import`): screens that only
 * make plans never load it.
 */
import { ValidationError, type Issue } from "../errors";
import { MAX_DESCRIPTION, type Catalog, type CatalogItem } from "../schema/catalog";
import { IdSchema, type Difficulty } from "../schema/common";
import {
  IMPORT_FIELDS,
  ImportOptionsSchema,
  type ImportField,
  type ImportNote,
  type ImportOptions,
  type ImportReport,
  type ImportedRow,
  type LeftOutRow,
  type Misread,
} from "../schema/import";
import type { Taxonomy } from "../schema/taxonomy";
import type { LanguagePack } from "../schema/language";
import { parseLanguages, parseTaxonomy, parseWith, safely, type SafeResult } from "../validate/parse";
import { readBag } from "../validate/read";
import { ALL_LEVELS, isBlank, readBoolean, readDuration, readFormat, readKind, readLanguage, readLevel, readPrice, readSkills, type Effort } from "./fields";
import { MAX_TAGS, TAG_THRESHOLD } from "./tagging";
import { taggerFor } from "./taggers";

export * from "../schema/import";
export { ValidationError, type Issue } from "../errors";
export { CourseModelSchema, createCourseModel, type CourseModel, type CourseModelReading } from "./learned";
export { readBoolean, readDuration, readFormat, readKind, readLanguage, readLevel, readPrice, readSkills } from "./fields";

/** What {@link importCatalog} returns. */
export interface ImportResult {
  /** Valid catalog items, ready for `createRecommender` or to be saved as JSON. */
  readonly catalog: Catalog;
  readonly report: ImportReport;
}

/** The options of {@link importCatalog}, with the taxonomy to tag against. */
export interface ImportCatalogOptions extends ImportOptions {
  readonly taxonomy: unknown;
  /**
   * Language packs to tag Spanish, French, German… courses with
   * (`tailorplan/lang/es`…); the `tailorplan` entry's importCatalog loads
   * them already. A course's language column says which is tried first.
   */
  readonly languages?: readonly LanguagePack[];
  /**
   * A learned course tagging (`CourseModelSchema`; the built-in one is
   * `tailorplan/data/model/courses.json`, which the `tailorplan` entry's
   * importCatalog uses already): it gives the keys it holds, from the
   * course's words and the phrasings' reading; the keys it does not hold
   * are tagged by the phrasings alone. Without one (or `false`), the
   * phrasings tag every key.
   */
  readonly learned?: unknown;
}

/** Column names exports use for each field, compared without case, spaces or punctuation; earlier names win. */
const USUAL_NAMES: Readonly<Record<ImportField, readonly string[]>> = {
  id: ["id", "course_id", "courseid", "item_id", "course_code", "code", "sku"],
  title: ["title", "course", "course_title", "course_name", "name", "coursename"],
  description: ["description", "summary", "about", "overview", "course_description", "short_description", "subtitle", "headline", "what_you_will_learn", "objectives"],
  skills: ["skills", "skill", "skills_gained", "tags", "topics", "keywords"],
  duration: ["duration", "length", "content_duration", "effort", "time_commitment", "estimated_time", "hours", "duration_hours", "weeks"],
  price: ["price", "cost", "fee", "price_usd", "amount"],
  paid: ["is_paid", "paid", "ispaid", "free"],
  currency: ["currency", "currency_code"],
  level: ["level", "difficulty", "difficulty_level", "course_level", "skill_level"],
  language: ["language", "lang", "course_language", "languages"],
  url: ["url", "course_url", "link", "href", "web_url", "course_link"],
  provider: ["provider", "partner", "institution", "organization", "organisation", "university", "offered_by", "vendor", "platform"],
  format: ["format", "delivery", "delivery_format", "modality", "delivery_method", "mode"],
  kind: ["kind", "item_kind"],
};

/** Fields read from every column that holds them, joined; the others read the first. */
const SEVERAL = new Set<ImportField>(["description", "skills", "duration"]);

const normalName = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

const DEFAULT_HOURS_PER_WEEK = 3;
const DEFAULT_WEEKS = 4;
const MAX_TITLE = 300;
const MAX_ID = 200;

/**
 * The rows, checked to be a list of plain objects. Each row is read as it
 * is, never copied or changed: a 10,000-row export is read once.
 */
function readRows(rows: unknown): ReadonlyArray<Readonly<Record<string, unknown>>> {
  if (!Array.isArray(rows)) {
    const kind = rows === null ? "null" : typeof rows === "string" ? "text" : `a ${typeof rows}`;
    throw new ValidationError("rows", [{ path: [], message: `must be a list of rows (plain objects, one per course), not ${kind}` }]);
  }
  const issues: Issue[] = [];
  rows.forEach((row: unknown, index) => {
    if (typeof row !== "object" || row === null || Array.isArray(row) || Object.prototype.toString.call(row) !== "[object Object]") {
      issues.push({ path: [index], message: `must be a row: a plain object of column names and values, not ${Array.isArray(row) ? "a list" : row === null ? "null" : typeof row}` });
    }
  });
  if (issues.length > 0) throw new ValidationError("rows", issues);
  return rows as ReadonlyArray<Readonly<Record<string, unknown>>>;
}

/** Which columns hold which field: named ones first, then the usual names. */
function findColumns(rows: ReadonlyArray<Readonly<Record<string, unknown>>>, named: ImportOptions["columns"]): Record<ImportField, string[]> {
  const seen = new Map<string, string>();
  for (const row of rows) for (const name of Object.keys(row)) if (!seen.has(normalName(name))) seen.set(normalName(name), name);
  const present = new Set(seen.values());
  const issues: Issue[] = [];
  const taken = new Set<string>();
  const out = {} as Record<ImportField, string[]>;
  for (const field of IMPORT_FIELDS) {
    const given = named?.[field];
    if (given === undefined) continue;
    const list = typeof given === "string" ? [given] : given;
    list.forEach((name, i) => {
      if (rows.length > 0 && !present.has(name)) {
        const path = typeof given === "string" ? ["columns", field] : ["columns", field, i];
        const near = seen.get(normalName(name));
        issues.push({ path, message: `no row has a column "${name}"${near ? `; did you mean "${near}"?` : ""} (the columns are ${[...present].slice(0, 30).join(", ")})` });
      }
      taken.add(name);
    });
    out[field] = [...list];
  }
  if (issues.length > 0) throw new ValidationError("options", issues);
  for (const field of IMPORT_FIELDS) {
    if (out[field]) continue;
    const found: string[] = [];
    for (const usual of USUAL_NAMES[field]) {
      const name = seen.get(normalName(usual));
      if (name !== undefined && !taken.has(name) && !found.includes(name)) found.push(name);
      if (found.length > 0 && !SEVERAL.has(field)) break;
    }
    found.forEach((name) => taken.add(name));
    out[field] = found;
  }
  return out;
}

/** A cell as the report shows it. */
function shown(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

/** Text of a cell, trimmed and on one line; numbers become text; anything else is not text. */
function textOf(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") return undefined;
  const text = value.replace(/\s+/g, " ").trim();
  return text === "" ? undefined : text;
}

/** Cuts text to `max` characters at a word boundary, with an ellipsis. */
function trimTo(text: string, max: number): string {
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.8 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** An id made from text: letters and digits, runs of anything else as one "-". */
function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

const isId = (text: string) => IdSchema.safeParse(text).success;

/** Weekly hours and weeks from what the durations said; `assumed` says which came from the defaults. */
function effortOf(effort: Effort, hoursDefault: number, weeksDefault: number): { hoursPerWeek: number; weeks: number; assumed: { hours: boolean; weeks: boolean } } {
  let { hoursPerWeek, weeks } = effort;
  const total = effort.totalHours;
  let assumedHours = false;
  let assumedWeeks = false;
  if (total !== undefined && hoursPerWeek === undefined && weeks === undefined) {
    // A total alone: at the usual weekly pace, or all in one week if it is short.
    hoursPerWeek = Math.min(total, hoursDefault);
    weeks = total / hoursPerWeek;
  } else if (total !== undefined && weeks !== undefined && hoursPerWeek === undefined) hoursPerWeek = total / Math.ceil(weeks);
  else if (total !== undefined && hoursPerWeek !== undefined && weeks === undefined) weeks = total / hoursPerWeek;
  if (hoursPerWeek === undefined) {
    hoursPerWeek = hoursDefault;
    assumedHours = true;
  }
  if (weeks === undefined) {
    weeks = weeksDefault;
    assumedWeeks = true;
  }
  return { hoursPerWeek: Math.round(hoursPerWeek * 100) / 100, weeks: Math.ceil(weeks - 1e-9), assumed: { hours: assumedHours, weeks: assumedWeeks } };
}

/**
 * Imports a course export as a catalog. Columns are found by their usual
 * names (title, course, course_title, name; description, summary, about;
 * skills; duration, length, content_duration, effort; price, is_paid; level,
 * difficulty; language; url, course_url, link; provider, partner,
 * institution; id, course_id) or named in `columns`. Each course is tagged
 * with the taxonomy keys it serves, read from its title, description and
 * skills as statements are read; courses that serve no key are left out
 * and named in the report with the key they came closest to.
 *
 * Durations ("2–4 hours per week", "3 - 6 Months", "2h 30m", total hours),
 * prices ("200" with `is_paid`, "Free", "FREE-Add a Verified Certificate for
 * $49 USD"), levels (as `difficulty`) and language names ("Español", "中文")
 * are read; a value that cannot be read is listed in `report.misread` with
 * what was used instead. The input is never changed. Bad input (rows that
 * are not objects, a named column no row has, unknown options) throws one
 * {@link ValidationError}. This is the data-free form: pass the taxonomy.
 *
 * @example
 * ```ts
 * const { catalog, report } = importCatalog(
 *   [{ course: "SQL for Data Analysis", skills: "SQL, Data Analysis", duration: "6 Weeks", level: "Beginner" }],
 *   { taxonomy },
 * );
 * catalog[0].addresses; // [{ key: "sql", strength: 0.9 }, …]
 * report.summary.imported; // 1
 * ```
 */
export function importCatalog(rows: unknown, options: ImportCatalogOptions): ImportResult {
  const { taxonomy: taxonomyInput, languages: languagesInput, learned: learnedInput, ...rest } = readBag("options", options);
  if (taxonomyInput === undefined) throw new ValidationError("options", [{ path: ["taxonomy"], message: "is required: the taxonomy to tag the courses with" }]);
  const settings = parseWith(ImportOptionsSchema, "options", rest);
  const input = readRows(rows);
  const { tagger } = taggerFor(taxonomyInput, languagesInput, learnedInput);
  const columns = findColumns(input, settings.columns);
  const defaults = settings.defaults ?? {};
  const minConfidence = settings.minConfidence ?? TAG_THRESHOLD;
  const maxTags = settings.maxTags ?? MAX_TAGS;
  const hoursDefault = defaults.hoursPerWeek ?? DEFAULT_HOURS_PER_WEEK;
  const weeksDefault = defaults.weeks ?? DEFAULT_WEEKS;
  const prefix = defaults.idPrefix ?? "course-";

  const catalog: CatalogItem[] = [];
  const imported: ImportedRow[] = [];
  const leftOut: LeftOutRow[] = [];
  const misread: Misread[] = [];
  const notes: ImportNote[] = [];
  const tagCounts: Record<string, number> = {};
  const assumed = { hoursPerWeek: 0, weeks: 0 };
  const ids = new Set<string>();

  input.forEach((cells, index) => {
    const row = index + 1;
    const bad = (column: string, value: unknown, used: string, message: string) => misread.push({ row, column, value: shown(value), used, message });
    const first = (field: ImportField): { column: string; value: unknown } | undefined => {
      for (const column of columns[field]) if (!isBlank(cells[column])) return { column, value: cells[column] };
      return undefined;
    };
    /** A column's value as `read` reads it, or the fallback, named in the report, when it says nothing `read` knows. */
    const readColumn = <T,>(field: ImportField, read: (value: unknown) => T | undefined, fallback: T, used: string, what: string): T => {
      const cell = first(field);
      if (!cell) return fallback;
      const value = read(cell.value);
      if (value === undefined) bad(cell.column, cell.value, used, what);
      return value ?? fallback;
    };
    const all = (field: ImportField) => columns[field].filter((column) => !isBlank(cells[column])).map((column) => ({ column, value: cells[column] }));

    // Title: without one there is nothing to call the course.
    const titleCell = first("title");
    let title = titleCell ? textOf(titleCell.value) : undefined;
    if (title === undefined) {
      leftOut.push({ row, reason: "title-missing" });
      return;
    }
    if (title.length > MAX_TITLE) {
      notes.push({ row, column: titleCell!.column, kind: "trimmed", message: `title trimmed from ${title.length} to ${MAX_TITLE} characters` });
      title = trimTo(title, MAX_TITLE);
    }

    let description: string | undefined;
    const texts = all("description").flatMap(({ column, value }) => {
      const text = textOf(value);
      if (text === undefined) bad(column, value, "nothing", "is not text");
      return text === undefined ? [] : [text];
    });
    if (texts.length > 0) {
      description = texts.join(" \n");
      if (description.length > MAX_DESCRIPTION) {
        notes.push({ row, column: columns.description.join(", "), kind: "trimmed", message: `description trimmed from ${description.length} to ${MAX_DESCRIPTION} characters, the most a catalog item holds` });
        description = trimTo(description, MAX_DESCRIPTION);
      }
    }
    const skills = all("skills").flatMap(({ value }) => readSkills(value));

    // The course's language, when its row names one we know, is the one its words are read in first (misread values are reported below).
    const languageCell = first("language");
    const written = (languageCell ? readLanguage(languageCell.value) : undefined) ?? defaults.language;
    const reading = tagger.read({ title, skills, ...(description === undefined ? {} : { description }) }, minConfidence, maxTags, written);
    if (reading.tags.length === 0) {
      leftOut.push({ row, title, reason: "no-key", ...(reading.closest ? { closest: { ...reading.closest, words: [...reading.closest.words] } } : {}) });
      return;
    }

    // Id: the export's own when it is one, else made from the title; never two alike.
    let id: string | undefined;
    const idCell = first("id");
    if (idCell) {
      const text = textOf(idCell.value);
      if (text !== undefined && isId(text)) id = text;
      else {
        const made = text === undefined ? "" : slug(text);
        id = made !== "" && isId(made) ? made : undefined;
        bad(idCell.column, idCell.value, id ?? "an id made from the title", "is not an id (letters, digits and . _ : / @ + - only, no spaces)");
      }
    }
    const base = (id ?? `${prefix}${slug(title) || `row-${row}`}`).slice(0, MAX_ID - 8);
    let unique = base;
    for (let n = 2; ids.has(unique); n++) unique = `${base}-${n}`;
    if (idCell && id !== undefined && unique !== id) notes.push({ row, column: idCell.column, kind: "renamed-id", message: `id "${id}" is already taken by an earlier row: "${unique}" used` });
    ids.add(unique);

    // Effort: every duration column adds what it says.
    let effort: Effort = {};
    for (const { column, value } of all("duration")) {
      const read = readDuration(value);
      // An earlier column's part wins; a later one fills what it left out ("6 weeks" and "3 hours per week").
      if (read) effort = { ...read, ...effort };
      else bad(column, value, `the default effort (${hoursDefault} hours a week for ${weeksDefault} weeks, or what another column says)`, "is not a duration such as \"6 weeks\", \"2-4 hours per week\" or \"20 hours\"");
    }
    const pace = effortOf(effort, hoursDefault, weeksDefault);
    if (pace.assumed.hours) assumed.hoursPerWeek++;
    if (pace.assumed.weeks) assumed.weeks++;
    let { hoursPerWeek, weeks } = pace;
    const durationColumn = columns.duration.join(", ") || "duration";
    if (weeks > 260) {
      bad(durationColumn, all("duration").map((c) => shown(c.value)).join(" / "), "260 weeks", "is longer than five years, the most a catalog item may take");
      weeks = 260;
    }
    if (hoursPerWeek > 80) {
      bad(durationColumn, all("duration").map((c) => shown(c.value)).join(" / "), "80 hours per week", "asks more than 80 hours a week");
      hoursPerWeek = 80;
    }

    // Price: the price column, `is_paid`, a currency column, the defaults.
    let amount = 0;
    let currency: string | undefined;
    const priceCell = first("price");
    const paidCell = first("paid");
    const paid = paidCell ? readBoolean(paidCell.value) : undefined;
    if (paidCell && paid === undefined) bad(paidCell.column, paidCell.value, "the price column alone", "is not yes or no");
    if (priceCell) {
      const price = readPrice(priceCell.value);
      if (!price) bad(priceCell.column, priceCell.value, "0", "is not a price such as 49, \"$49.99\" or \"Free\"");
      else {
        currency = price.currency;
        if (price.certificate !== undefined) {
          const certificate = defaults.audit === "certificate";
          amount = certificate ? price.certificate : 0;
          notes.push({
            row,
            column: priceCell.column,
            kind: "free-to-audit",
            message: certificate ? `free to audit: the certificate's ${price.certificate} is planned (defaults.audit "certificate")` : `free to audit: planned at 0, the certificate's ${price.certificate} left out (defaults.audit "free")`,
          });
        } else amount = price.amount;
      }
    }
    if (paid === false) amount = 0;
    else if (paid === true && !priceCell) bad(paidCell!.column, paidCell!.value, "0", "says the course is paid, but no price column says how much");
    const currencyCell = first("currency");
    if (currency === undefined && currencyCell) {
      const code = textOf(currencyCell.value)?.toUpperCase();
      if (code !== undefined && /^[A-Z]{3}$/.test(code)) currency = code;
      else bad(currencyCell.column, currencyCell.value, defaults.currency ?? "USD", "is not a three-letter currency code");
    }
    if (amount > 1e9) {
      bad(priceCell?.column ?? "price", priceCell?.value, "0", "is more than any price we plan with");
      amount = 0;
    }

    let difficulty: Difficulty | undefined = defaults.difficulty;
    const levelCell = first("level");
    if (levelCell) {
      const level = readLevel(levelCell.value);
      if (level === undefined) bad(levelCell.column, levelCell.value, difficulty ?? "no difficulty", "is not a level such as Beginner, Intermediate, Advanced or All Levels");
      else difficulty = level === ALL_LEVELS ? undefined : level;
    }
    const language = readColumn("language", readLanguage, defaults.language, defaults.language ?? "no language", "is not a language we know by name or code");
    const format = readColumn("format", readFormat, defaults.format ?? "self-paced", defaults.format ?? "self-paced", "is not a format such as self-paced, online, in-person or cohort");
    const kind = readColumn("kind", readKind, defaults.kind ?? "training", defaults.kind ?? "training", "is not a kind: training, mentoring or working-condition");
    let url: string | undefined;
    const urlCell = first("url");
    if (urlCell) {
      const text = textOf(urlCell.value);
      if (text !== undefined && /^https?:\/\/\S+$/i.test(text) && text.length <= 2000) url = text;
      else bad(urlCell.column, urlCell.value, "no link", "is not a web address starting with http:// or https://");
    }
    let provider: string | undefined;
    const providerCell = first("provider");
    if (providerCell) {
      const text = textOf(providerCell.value);
      if (text !== undefined) provider = text.length > 200 ? trimTo(text, 200) : text;
      else bad(providerCell.column, providerCell.value, "no provider", "is not text");
    }

    const item: CatalogItem = {
      id: unique,
      kind,
      title,
      ...(description === undefined ? {} : { description }),
      addresses: reading.tags.map((tag) => ({ key: tag.key, strength: Math.max(0.01, Math.round(tag.confidence * 100) / 100) })),
      hoursPerWeek,
      weeks,
      cost: { amount: Math.round(amount * 100) / 100, currency: currency ?? defaults.currency ?? "USD" },
      format,
      ...(language === undefined ? {} : { language }),
      ...(url === undefined ? {} : { url }),
      ...(provider === undefined ? {} : { provider }),
      ...(difficulty === undefined ? {} : { difficulty }),
    };
    catalog.push(item);
    imported.push({ row, id: unique, title, tags: reading.tags });
    for (const tag of reading.tags) tagCounts[tag.key] = (tagCounts[tag.key] ?? 0) + 1;
  });

  const byReason = { "no-key": 0, "title-missing": 0 };
  for (const left of leftOut) byReason[left.reason]++;
  const usedColumns: Record<string, string[]> = {};
  for (const field of IMPORT_FIELDS) if (columns[field].length > 0) usedColumns[field] = columns[field];
  const sortedTags = Object.fromEntries(Object.entries(tagCounts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
  return {
    catalog,
    report: {
      summary: { rows: input.length, imported: catalog.length, leftOut: byReason, misread: misread.length, notes: notes.length, assumed, tags: sortedTags, columns: usedColumns },
      imported,
      leftOut,
      misread,
      notes,
    },
  };
}

/**
 * {@link importCatalog} that returns `{ success, output | issues }` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeImportCatalog(rows, { taxonomy });
 * if (!result.success) console.log(result.issues);
 * ```
 */
export function safeImportCatalog(rows: unknown, options: ImportCatalogOptions): SafeResult<ImportResult> {
  return safely(() => importCatalog(rows, options));
}
