/**
 * Turns a message id into words in one language. Small on purpose: it ships
 * in the browser engine, so there is no ICU, no `Intl` data, only the two
 * things the four languages need.
 *
 * Template syntax (the same in `./en.ts` and every `messages/*.json`):
 * - `{name}`: the parameter `name`. A number is written with the
 *   language's decimal sign (`number.decimal`): 1.5 reads "1,5" in German.
 * - `{n|one|other}`: the first form when the number `n` is one, else the
 *   second; `#` in a form stands for the number. "1 hour" and "2 hours" are
 *   `{n} {n|hour|hours}`, "the only seat" and "all 3 seats"
 *   `{n|the only seat|all # seats}`. Forms hold no `{`, `}` or `|`. One is
 *   exactly 1, except in French, where 0 and 1.5 are singular too (CLDR:
 *   integer part 0 or 1).
 * A parameter not given stays as `{name}` in the text, so a gap shows.
 */
import { EN, type EngineMessageId } from "./en";
import type { Locale } from "./locale";
import { ownValue } from "../validate/read";

export type { EngineMessageId, MessageId } from "./en";

/** Parameters of a message: what fills its placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** English, the language every other falls back to, message by message; its labels are the taxonomy's own. */
export const ENGLISH: Locale = Object.freeze({ code: "en", messages: EN, label: () => undefined });

/**
 * A {@link Locale} from a language pack's message table (a `messages/*.json`
 * file) and, optionally, the taxonomy's labels in that language by key.
 *
 * @example
 * ```ts
 * import de from "./messages/de.json";
 * const GERMAN = localeFrom("de", de, { "public-speaking": "Präsentieren" });
 * say(GERMAN, "question.level"); // "Welche Rolle haben Sie, und wie erfahren sind Sie darin?"
 * ```
 */
export function localeFrom(code: string, messages: Readonly<Record<string, string>>, labels: Readonly<Record<string, string>> = {}): Locale {
  return Object.freeze({ code, messages, label: (key: string) => ownValue(labels, key) });
}

const PLACEHOLDER = /\{(\w+)(?:\|([^{}|]*)\|([^{}|]*))?\}/g;

function template(locale: Locale, id: EngineMessageId): string {
  return ownValue(locale.messages, id) ?? EN[id];
}

/**
 * A number as the language writes it: the decimal sign of `number.decimal`,
 * and `digits` decimals when given (`2.0`, not `2`).
 *
 * @example
 * ```ts
 * num(ENGLISH, 1.5); // "1.5"
 * num(ENGLISH, 2, 1); // "2.0"
 * ```
 */
export function num(locale: Locale, value: number, digits?: number): string {
  const text = digits === undefined ? String(value) : value.toFixed(digits);
  return text.replace(".", template(locale, "number.decimal"));
}

/**
 * The message `id` in `locale` (English when the language lacks it), its
 * placeholders filled from `params`.
 *
 * @example
 * ```ts
 * say(ENGLISH, "explain.neededBefore", { title: "“SQL basics”" }); // "Needed before “SQL basics”."
 * say(ENGLISH, "explain.hours", { n: 1, count: 1 }); // "1 hour"
 * ```
 */
export function say(locale: Locale, id: EngineMessageId, params: MessageParams = {}): string {
  return fill(locale, template(locale, id), params);
}

/**
 * {@link say} for a module with a table of its own (team plans, check-ins,
 * the page and calendar…): its ids read from that table when the language
 * lacks them, the engine's ids as ever. The table ships with the module.
 *
 * @example
 * ```ts
 * const sayTeam = speaker(TEAM_EN);
 * sayTeam(ENGLISH, "team.mentor.title", { mentee: "Ben", label: "Negotiation" }); // "Mentor Ben in Negotiation"
 * ```
 */
export function speaker<T extends Readonly<Record<string, string>>>(table: T): (locale: Locale, id: keyof T | EngineMessageId, params?: MessageParams) => string {
  return (locale, id, params = {}) => {
    const key = id as string;
    return fill(locale, ownValue(locale.messages, key) ?? ownValue(table, key) ?? template(locale, key as EngineMessageId), params);
  };
}

function fill(locale: Locale, text: string, params: MessageParams): string {
  return text.replace(PLACEHOLDER, (whole, name: string, one?: string, other?: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name]!;
    if (one === undefined) return typeof value === "number" ? num(locale, value) : value;
    const n = Number(value);
    const single = locale.code === "fr" ? Math.abs(n) < 2 : n === 1;
    return (single ? one : other!).replace(/#/g, () => (typeof value === "number" ? num(locale, value) : value));
  });
}

/**
 * Words as a list: "a", "a and b", "a, b and c" (`list.and`), or with "or"
 * (`list.or`).
 *
 * @example
 * ```ts
 * list(ENGLISH, ["SQL", "Excel", "Python"]); // "SQL, Excel and Python"
 * ```
 */
export function list(locale: Locale, words: readonly string[], join: "and" | "or" = "and"): string {
  if (words.length <= 1) return words[0] ?? "";
  return say(locale, join === "and" ? "list.and" : "list.or", { first: words.slice(0, -1).join(", "), last: words[words.length - 1]! });
}

/** Text in the language's quotation marks (`quote`): “like this” in English. */
export function quote(locale: Locale, text: string): string {
  return say(locale, "quote", { text });
}
