/**
 * Hours said as numbers: "I work 55 hours a week", "trabajo sesenta horas a la semana", "des semaines de cinquante
 * heures", "14 Stunden Tage". The taxonomy's phrasings name long hours by one number each ("60 hour weeks", "twelve
 * hour days"); a week of 45 hours or more is read as 60, a day of 12 hours or more as 12, so any such number meets
 * them. Only where a word for hours and a word for the week or the day are both said: "a 45-hour course" and "two
 * hours a day in the car" stay as written. A number may take several words ("forty-five", "cuarenta y cinco",
 * "soixante-dix") or one glued of several ("fünfundfünfzig"). Each language says its words (`hours` in its
 * reading rules).
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

/** A number read from a text's words, and the place of the first word after it. */
interface Said {
  readonly value: number;
  readonly end: number;
}

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
  const and = set(rules.and);
  const numbers = new Map(Object.entries(rules.numbers ?? {}).map(([word, n]) => [normalizePhrase(word), n] as const));
  if (hour.size === 0) return (normal) => normal;
  /**
   * One number word, written whole ("fifty") or glued of two by a word for "and", the smaller first ("fünfundfünfzig":
   * 5 + 50). Undefined for any other word.
   */
  const wordValue = (word: string): number | undefined => {
    const whole = numbers.get(word);
    if (whole !== undefined) return whole;
    for (const joiner of and) {
      const at = word.indexOf(joiner);
      if (at <= 0) continue;
      const unit = numbers.get(word.slice(0, at));
      const ten = numbers.get(word.slice(at + joiner.length));
      if (unit !== undefined && ten !== undefined && unit < ten) return unit + ten;
    }
    return undefined;
  };
  /**
   * A number said from `i` on: digits, or number words each smaller than the one before, added up ("forty five",
   * "cuarenta y cinco", "soixante dix"), a word for "and" allowed between them. "two twelve hour shifts" is two, then
   * twelve: a number no smaller than the one before it starts a number of its own.
   */
  const numberFrom = (words: readonly string[], i: number): Said | undefined => {
    if (/^\d{1,3}$/.test(words[i]!)) return { value: Number(words[i]), end: i + 1 };
    let value = wordValue(words[i]!);
    if (value === undefined) return undefined;
    let last = value;
    let end = i + 1;
    for (;;) {
      const next = and.has(words[end] ?? "") ? end + 1 : end;
      const more = next < words.length ? wordValue(words[next]!) : undefined;
      if (more === undefined || more >= last) return { value, end };
      value += more;
      last = more;
      end = next + 1;
    }
  };
  const glued = /^(\d{1,3})([a-z]+)$/;
  // Number words as whole words, or glued to a word for "and" ("fünfund…"), looked for without splitting the text.
  const escaped = (list: Iterable<string>) => [...list].map((w) => w.replace(/[^a-z0-9 ]/g, "\\$&")).join("|");
  const heads = escaped(numbers.keys());
  const numberWords = heads.length === 0 ? undefined : new RegExp(`(?:^| )(?:${heads})(?: |$${and.size > 0 ? `|${escaped(and)}` : ""})`);
  // A word for hours, alone or after digits ("55h"): a number word is often an article ("un", "ein"), so this is asked first.
  const hourWords = new RegExp(`(?:^| |\\d)(?:${escaped(hour)})(?: |$)`);
  return (normal) => {
    // Most texts name no hours: no pass over their words.
    if (!hourWords.test(normal) || (!/\d/.test(normal) && !numberWords?.test(normal))) return normal;
    // "55h", "12hrs": the number and the word for hours, written as one.
    const words = normal.split(" ").flatMap((w) => {
      const at = glued.exec(w);
      return at && hour.has(at[2]!) ? [at[1]!, at[2]!] : [w];
    });
    const named = (list: ReadonlySet<string>, from: number, to: number) => {
      for (let j = Math.max(0, from - REACH); j <= to + REACH && j < words.length; j++) if ((j < from || j > to) && list.has(words[j]!)) return true;
      return false;
    };
    let changed = false;
    for (let i = 0; i + 1 < words.length; i++) {
      const said = numberFrom(words, i);
      if (!said || said.end >= words.length || !hour.has(words[said.end]!)) continue;
      const n = said.value;
      const long = n >= WEEK_FROM && n <= WEEK_TO && named(week, i, said.end) ? LONG_WEEK : n >= DAY_FROM && n < 24 && named(day, i, said.end) ? LONG_DAY : undefined;
      if (long !== undefined) {
        words.splice(i, said.end - i, long);
        changed = true;
      }
    }
    return changed ? words.join(" ") : normal;
  };
}
