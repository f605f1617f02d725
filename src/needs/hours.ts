/**
 * Hours said as numbers: "I work 55 hours a week", "trabajo sesenta horas a la semana", "des semaines de cinquante
 * heures", "14 Stunden Tage". The taxonomy's phrasings name long hours by one number each ("60 hour weeks", "twelve
 * hour days"); a week of 45 hours or more is read as 60, a day of 12 hours or more as 12, so any such number meets
 * them. Only where a word for hours and a word for the week or the day are both said: "a 45-hour course" and "two
 * hours a day in the car" stay as written. Each language says its words (`hours` in its reading rules).
 */
import type { ReadingRules } from "../schema/language";
import { normalizePhrase } from "./normal";

/** A long week or day is read as these: the numbers the phrasings use. */
const LONG_WEEK = "60";
const LONG_DAY = "12";
const WEEK_FROM = 45;
/** More than this in a week is no working week ("two weeks' vacation, 160 hrs"). */
const WEEK_TO = 100;
const DAY_FROM = 12;
/** How far from the number the week or the day may be named ("60 horas a la semana", "semaines de 60 heures"). */
const REACH = 3;

/**
 * The reading of long hours for one language's words: normalised text in, the same text with each long week or day
 * of hours as the phrasings' number out ("55h" read as "55 h" there). A text naming no long week or day comes back as
 * it is.
 *
 * @example
 * ```ts
 * const longHours = compileHours(ENGLISH_RULES.hours);
 * longHours("i work sixty hours a week"); // "i work 60 hours a week"
 * longHours("a 45 hour course");          // "a 45 hour course"
 * ```
 */
export function compileHours(rules: ReadingRules["hours"]): (normal: string) => string {
  if (!rules) return (normal) => normal;
  const set = (list: readonly string[] | undefined) => new Set((list ?? []).map(normalizePhrase).filter((w) => w.length > 0 && !w.includes(" ")));
  const hour = set(rules.hour);
  const week = set(rules.week);
  const day = set(rules.day);
  const numbers = new Map(Object.entries(rules.numbers ?? {}).map(([word, n]) => [normalizePhrase(word), n] as const));
  if (hour.size === 0) return (normal) => normal;
  /** A number of hours written in digits, or as one of the language's number words. */
  const numberOf = (word: string) => (/^\d{1,3}$/.test(word) ? Number(word) : numbers.get(word));
  const glued = /^(\d{1,3})([a-z]+)$/;
  // Number words as whole words, looked for without splitting the text ("sixty", not "sixtyish").
  const numberWords = numbers.size === 0 ? undefined : new RegExp(`(?:^| )(?:${[...numbers.keys()].map((w) => w.replace(/[^a-z0-9 ]/g, "\\$&")).join("|")})(?: |$)`);
  return (normal) => {
    // Most texts name no hours: no pass over their words.
    if (!/\d/.test(normal) && !numberWords?.test(normal)) return normal;
    // "55h", "12hrs": the number and the word for hours, written as one.
    const words = normal.split(" ").flatMap((w) => {
      const at = glued.exec(w);
      return at && hour.has(at[2]!) ? [at[1]!, at[2]!] : [w];
    });
    const named = (list: ReadonlySet<string>, i: number) => {
      for (let j = Math.max(0, i - REACH); j <= i + 1 + REACH && j < words.length; j++) if (j !== i && j !== i + 1 && list.has(words[j]!)) return true;
      return false;
    };
    let changed = false;
    for (let i = 0; i + 1 < words.length; i++) {
      const n = numberOf(words[i]!);
      if (n === undefined || !hour.has(words[i + 1]!)) continue;
      const long = n >= WEEK_FROM && n <= WEEK_TO && named(week, i) ? LONG_WEEK : n >= DAY_FROM && n < 24 && named(day, i) ? LONG_DAY : undefined;
      if (long !== undefined) {
        words[i] = long;
        changed = true;
      }
    }
    return changed ? words.join(" ") : normal;
  };
}
