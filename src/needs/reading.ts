/**
 * Reading a match in its sentence: the words around a need decide whether
 * it is meant, meant the other way round, or said to be fine. A shared word
 * is evidence, not a verdict:
 *
 * - polarity: "the pay is low" is pay dissatisfaction, "it pays well" is
 *   pay as a motivation, "public speaking is not a problem" is no need;
 * - whose words: "the leadership team reorganised us" is not a leadership
 *   gap of the employee, "my manager never gives feedback" is not their
 *   feedback skill;
 * - word senses: "the onboarding program" is not programming.
 *
 * The cue words are the language's (`./grammar`: English built in, others
 * from language packs); a taxonomy's own `senses` add to them per key.
 */
import type { NeedKind, TaxonomyEntry } from "../schema/taxonomy";
import { ENGLISH } from "./english";
import { startsAt, type Grammar } from "./grammar";

/** Whether a word only judges, measures or names the workplace ("good", "not", "lots", "company"): it carries no need of its own. */
export function carriesNoNeed(word: string, g: Grammar): boolean {
  return g.negator(word) || g.good(word) || g.bad(word) || g.more(word) || g.less(word) || g.trouble(word) || g.intensifier(word) || g.filler(word);
}

/** How a match reads in its sentence. */
export type Verdict =
  /** Read as it is; `explicit` when words around it said which way it goes. */
  | { readonly kind: "keep"; readonly explicit: boolean }
  /** Meant the other way round: read as `key`; `explicit` when words said so, not only the statement's type. */
  | { readonly kind: "flip"; readonly key: string; readonly explicit: boolean }
  /** Said to be fine, or not about the employee, or another sense of the word. */
  | { readonly kind: "drop"; readonly why: "fine" | "not-theirs" | "sense" };

/** The clause a match was found in: its words and which of them the match rests on. */
export interface Context {
  readonly words: readonly string[];
  /** Indices in `words` of the words the match rests on. */
  readonly evidence: ReadonlySet<number>;
  /** Whether the need is itself an absence ("no feedback"), so that a "never" confirms it rather than turning it. */
  readonly absence: boolean;
  /** Every stem of the whole statement, for word senses. */
  readonly statementStems: ReadonlySet<string>;
  /** First person anywhere in the statement. */
  readonly statementSelf: boolean;
  /** The language the statement is read in. */
  readonly grammar: Grammar;
  /**
   * Words of a comment on a topic said before it ("les astreintes, ce n'est
   * pas un problème"): they speak of the need however far from it they stand.
   */
  readonly attached?: ReadonlySet<number>;
}

/** Words that may stand inside a fixed phrase without breaking it: "macht mir gar nichts aus", "ne me dérange vraiment pas". */
const PHRASE_GAPS = 3;

/** The indices of `phrase` said at `i`, intensifiers allowed between its words; undefined when it is not there. */
function phraseAt(words: readonly string[], i: number, phrase: readonly string[], g: Grammar): number[] | undefined {
  if (words[i] !== phrase[0]) return undefined;
  const at = [i];
  let j = i + 1;
  let gaps = 0;
  for (let k = 1; k < phrase.length; k++) {
    while (j < words.length && words[j] !== phrase[k] && g.intensifier(words[j]!) && gaps < PHRASE_GAPS) {
      j++;
      gaps++;
    }
    if (words[j] !== phrase[k]) return undefined;
    at.push(j++);
  }
  return at;
}

/** A statement's words say: +1 good, -1 bad, 0 nothing; `fine` when they say a trouble is none. */
/** Whether the words at `i` say something is no trouble: a fixed phrase ("kein Problem", "ne me dérange pas") or a negated trouble ("sin problema"). */
function saysNoTrouble(words: readonly string[], i: number, g: Grammar, used: Set<number>): boolean {
  for (const phrase of g.fine) {
    const at = phraseAt(words, i, phrase, g);
    if (at) {
      for (const k of at) used.add(k);
      return true;
    }
  }
  if (!g.negator(words[i]!)) return false;
  for (let j = i + 1; j <= i + 3 && j < words.length; j++) {
    if (g.trouble(words[j]!)) {
      used.add(j);
      return true;
    }
    if (g.good(words[j]!) || g.bad(words[j]!)) return false;
  }
  return false;
}

function polarity(context: Context, topicSign: number, wide: boolean): { sign: number; fine: boolean; unwanted: boolean } {
  const { words, evidence, grammar: g } = context;
  let sum = 0;
  let fine = false;
  let unwanted = false;
  const used = new Set<number>();
  /** Where the last negation stood: "ne … pas", "not … no" say it once. */
  let negatedAt = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < words.length; i++) {
    if (evidence.has(i) || used.has(i)) continue;
    if (!(near(i, evidence) || context.attached?.has(i))) {
      // Said as a challenge, "no trouble" anywhere in the clause is about its need ("lo de los husos horarios lo llevo sin problema").
      if (wide && saysNoTrouble(words, i, g, used)) {
        sum += 1;
        fine = true;
      }
      continue;
    }
    if (g.more(words[i]!)) {
      sum += topicSign;
      continue;
    }
    if (g.less(words[i]!)) {
      sum -= topicSign;
      continue;
    }
    for (const phrase of g.fine) {
      const at = phraseAt(words, i, phrase, g);
      if (at) {
        sum += 1;
        fine = true;
        for (const k of at) used.add(k);
      }
    }
    for (const phrase of g.unsure) {
      if (!used.has(i) && startsAt(words, i, phrase) && phrase.every((_, k) => !evidence.has(i + k))) {
        sum -= 1;
        for (let k = 0; k < phrase.length; k++) used.add(i + k);
      }
    }
    if (used.has(i)) continue;
    const word = words[i]!;
    if (g.negator(word) && !(word === "little" && words[i - 1] === "a")) {
      if (i - negatedAt <= NEGATION_PAIR) continue;
      negatedAt = i;
      // A negation turns the next judging word ("not good", "not a problem"), or else the need itself ("no raises").
      let turned = false;
      for (let j = i + 1; j <= i + 3 && j < words.length; j++) {
        if (evidence.has(j)) break;
        const next = words[j]!;
        // "I don't want to", "aucune envie de", "keine Lust auf": a wish said not to be one.
        if (g.desire(next)) {
          unwanted = true;
          used.add(j);
          turned = true;
          break;
        }
        if (g.good(next) || g.bad(next) || g.trouble(next)) {
          const s = g.good(next) ? -1 : 1;
          sum += s;
          if (g.trouble(next)) fine = true;
          used.add(j);
          turned = true;
          break;
        }
      }
      if (!turned && nearEvidence(i, evidence, 3)) sum -= topicSign;
      // Where a negation may follow what it negates ("Feedback bekomme ich nie"), a need said just before it.
      // Not inside a comment on a topic: "zu viele Meetings, ich komme zu nichts" negates the getting done, not the meetings.
      else if (!turned && g.negationAfter && nearBefore(i, evidence) && !context.attached?.has(i)) sum -= topicSign;
      continue;
    }
    if (g.good(word)) sum += 1;
    else if (g.bad(word) || g.trouble(word)) sum -= 1;
  }
  return { sign: Math.sign(sum), fine, unwanted };
}

/** Judging words count for the need they stand beside, not for one at the other end of a long clause. */
const CUE_WINDOW = 4;

function near(at: number, evidence: ReadonlySet<number>): boolean {
  for (const e of evidence) if (Math.abs(e - at) <= CUE_WINDOW) return true;
  return false;
}

/** A second negation this close after the first completes it ("ne … pas", "kein … nicht"): it is not another turn. */
const NEGATION_PAIR = 3;

function nearBefore(at: number, evidence: ReadonlySet<number>): boolean {
  for (const e of evidence) if (e < at && at - e <= CUE_WINDOW) return true;
  return false;
}

function nearEvidence(at: number, evidence: ReadonlySet<number>, within: number): boolean {
  for (const e of evidence) if (e > at && e - at <= within) return true;
  return false;
}

/** Whether the clause's subject is someone other than the employee, on a word the match does not rest on. */
function othersSubject(context: Context): boolean {
  for (let i = 0; i < context.words.length; i++) {
    const word = context.words[i]!;
    if (context.grammar.determiner(word)) continue;
    return context.grammar.others(word) && !context.evidence.has(i);
  }
  return false;
}

/** Whether a sense word without its context is all the match rests on. */
function wrongSense(context: Context, senses: ReadonlyMap<string, ReadonlySet<string>> | undefined): boolean {
  if (!senses) return false;
  let ambiguous = 0;
  for (const i of context.evidence) {
    const contexts = senses.get(senseOf(context.words[i]!));
    if (!contexts) return false;
    if ([...contexts].some((c) => context.statementStems.has(c))) return false;
    ambiguous++;
  }
  return ambiguous > 0;
}

/**
 * A word as a sense is listed: "programs" and "driving" as "program" and
 * "drive". Only plain inflections: "programming" is its own, unambiguous word.
 */
function senseOf(word: string): string {
  if (word.endsWith("ing") && word.length > 5) return `${word.slice(0, -3)}e`;
  if (word.endsWith("es") && word.length > 4) return word.slice(0, -1);
  if (word.endsWith("s") && word.length > 3) return word.slice(0, -1);
  return word;
}

/** A taxonomy's word senses by key, stemmed once. */
export function indexSenses(entries: readonly TaxonomyEntry[]): Map<string, Map<string, Set<string>>> {
  const byKey = new Map<string, Map<string, Set<string>>>();
  for (const entry of entries) {
    if (!entry.senses) continue;
    const map = new Map<string, Set<string>>();
    for (const [word, contexts] of Object.entries(entry.senses)) map.set(word.toLowerCase(), new Set(contexts.map((c) => ENGLISH.stem(c.toLowerCase()))));
    byKey.set(entry.key, map);
  }
  return byKey;
}

/** +1 for what moves people, -1 for what holds them back, 0 for skills and topics read both ways. */
function orientation(entry: TaxonomyEntry): number {
  if (entry.neutral === true || entry.kind === "competency") return 0;
  return entry.kind === "motivation" ? 1 : -1;
}

/**
 * Judges one match in its clause. `prefer` is the statement's kind: a
 * motivation leans good, a challenge bad, a goal is a wish; a competency
 * (a 360° rating's name) is read as it is.
 */
export function judge(
  entry: TaxonomyEntry,
  context: Context,
  prefer: NeedKind | undefined,
  senses: ReadonlyMap<string, ReadonlySet<string>> | undefined,
): Verdict {
  if (prefer === "competency") return { kind: "keep", explicit: false };
  if (context.words.some((_, i) => context.grammar.indifferent.some((phrase) => startsAt(context.words, i, phrase)))) return { kind: "drop", why: "fine" };
  if (wrongSense(context, senses)) return { kind: "drop", why: "sense" };
  const personal = entry.personal === true || entry.kind === "competency";
  if (personal && othersSubject(context)) return { kind: "drop", why: "not-theirs" };
  if (entry.kind === "competency" && prefer !== undefined && !context.statementSelf && !context.words.some((w) => context.grammar.learning(w))) {
    return { kind: "drop", why: "not-theirs" };
  }
  const o = orientation(entry);
  // A need that is itself an absence ("no feedback") is confirmed, not turned, by a "never".
  const topicSign = context.absence || o === 0 ? 1 : o;
  const { sign, fine, unwanted } = polarity(context, topicSign, prefer === "challenge");
  // Not wanting what moves others, or a skill ("I don't want to manage people"), is no need; not wanting a trouble is that trouble.
  if (unwanted && o >= 0) return { kind: "drop", why: "fine" };
  if (o === 0) return fine && prefer === "challenge" ? { kind: "drop", why: "fine" } : { kind: "keep", explicit: sign !== 0 };
  if (sign === 0) {
    // The words say nothing: the statement's kind decides between a pair ("salary" as a challenge is pay dissatisfaction).
    const prior = prefer === "challenge" ? -1 : prefer === "motivation" ? 1 : 0;
    if (prior !== 0 && prior !== o && entry.opposite !== undefined) return { kind: "flip", key: entry.opposite, explicit: false };
    // A phrasing that judges by itself ("friendly people", "toxic culture") says which way it goes.
    return { kind: "keep", explicit: [...context.evidence].some((i) => context.grammar.good(context.words[i]!) || context.grammar.bad(context.words[i]!)) };
  }
  if (sign === o) return { kind: "keep", explicit: true };
  // "No micromanagement" said as a challenge is a trouble said to be none, not a wish for autonomy.
  if (o < 0 && prefer === "challenge") return { kind: "drop", why: "fine" };
  if (entry.opposite !== undefined) return { kind: "flip", key: entry.opposite, explicit: true };
  // A trouble said to be none is no need; a missing good thing is still that need.
  return o < 0 ? { kind: "drop", why: "fine" } : { kind: "keep", explicit: true };
}
