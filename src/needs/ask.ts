/**
 * Ask instead of assuming. A statement read unsure (two keys about as
 * likely, or the best one only fairly likely) spends no hours and no budget:
 * its needs are listed unconfirmed and a question offers the candidate keys
 * (`./answers` reads the replies). This module owns when a reading counts
 * as unsure and how its question is named.
 */
import type { NeedType } from "../schema/plan";
import type { NeedKind } from "../schema/taxonomy";
import type { Settings } from "../settings";
import { selectKeys, type KeyMatch, type Matcher } from "./matcher";

/**
 * Below this best confidence a reading is a guess worth asking about rather
 * than acting on; `minConfidence` (below which words are unmatched) is the
 * floor of this middle band. Retuned from the reliability table.
 */
export const UNSURE_BELOW = 0.75;
/**
 * Two keys resting on the same words within this much confidence are a
 * coin toss: the matcher's own preference for the statement's kind moves a
 * score by 3%, so a closer gap says nothing about which was meant.
 */
export const AMBIGUITY_MARGIN = 0.05;
/** Candidate keys a question offers before "something else": more is a form, not a question. */
export const MAX_OPTIONS = 4;
/** The option that means "none of these" (labelled by the message `question.other`): its key is never a taxonomy key an answer confirms. */
export const OTHER_KEY = "other";
/** Share of a rival's evidence that must lie on the best key's words for the two to compete for them. */
const SHARED_EVIDENCE = 0.5;

/** How a statement was read: what we would act on, what to ask about first, and what to offer. */
export interface StatementReading {
  /** Every key the matcher kept, best first. */
  readonly matches: readonly KeyMatch[];
  /** The kept keys read surely enough to act on. */
  readonly sure: readonly KeyMatch[];
  /** The keys to ask about before acting: kept ones in the middle band or with a rival on the same words, and further needs only fairly likely. */
  readonly doubtful: readonly KeyMatch[];
  /** Whether anything in the statement is to be asked about. */
  readonly unsure: boolean;
  /** Candidate keys for the question, best first (without "something else"). */
  readonly options: readonly string[];
}

/**
 * Whether `rival` competes with `best` for the same words: most of its
 * evidence lies on them, and it is not read from fewer of them alone ("learn
 * SQL" is SQL, not learning: SQL explains every word learning does, and more).
 */
function competes(rival: KeyMatch, best: KeyMatch): boolean {
  const words = new Set(best.evidence.map((e) => e.word));
  let shared = 0;
  let all = 0;
  let inside = 0;
  for (const { word, weight } of rival.evidence) {
    all += weight;
    if (words.has(word)) {
      shared += weight;
      inside++;
    }
  }
  const narrower = inside === rival.evidence.length && rival.evidence.length < words.size;
  return all > 0 && shared >= all * SHARED_EVIDENCE && !narrower;
}

/**
 * Reads one statement and judges each key it names: doubtful when it is in
 * the middle band or another key competes for the same words within
 * {@link AMBIGUITY_MARGIN}. "I freeze up when I present to leadership" is
 * surely public speaking; whether "leadership" is a skill or the senior
 * leaders is asked, and only that part waits for the answer.
 *
 * @example
 * ```ts
 * const reading = readStatement(matcher, "Deadlines worry me", settings, "challenge");
 * reading.unsure;  // true when two keys tie on "deadlines"
 * reading.options; // ["planning", "time-pressure"]
 * ```
 */
export function readStatement(matcher: Pick<Matcher, "match" | "candidates">, text: string, settings: Pick<Settings, "minConfidence">, prefer: NeedKind | undefined): StatementReading {
  const matches = matcher.match(text, settings.minConfidence, prefer);
  const candidates = matcher.candidates(text, prefer).filter((c) => c.key !== OTHER_KEY && c.confidence > 0);
  if (matches.length === 0) {
    const best = candidates[0];
    const options = best ? candidates.filter((c) => c.confidence >= best.confidence - AMBIGUITY_MARGIN) : [];
    return { matches, sure: [], doubtful: [], unsure: false, options: options.slice(0, MAX_OPTIONS).map((c) => c.key) };
  }
  // A further need only fairly likely ("…and the commute") is asked about, not dropped unsaid.
  const held = selectKeys(candidates, settings.minConfidence).held.filter((c) => !matches.some((m) => m.key === c.key));
  const kept = new Set([...matches, ...held].map((m) => m.key));
  const sure: KeyMatch[] = [];
  const doubtful: KeyMatch[] = [];
  const offered = new Set<string>();
  for (const match of [...matches, ...held]) {
    const rivals = candidates.filter((c) => !kept.has(c.key) && c.confidence >= match.confidence - AMBIGUITY_MARGIN && competes(c, match));
    if (rivals.length === 0 && match.confidence >= UNSURE_BELOW) {
      sure.push(match);
      continue;
    }
    doubtful.push(match);
    offered.add(match.key);
    for (const rival of rivals) offered.add(rival.key);
  }
  // The doubtful keys stay offered even past the cap: they are what the plan would have acted on.
  const ordered = candidates.filter((c) => offered.has(c.key)).map((c) => c.key);
  const doubted = new Set(doubtful.map((m) => m.key));
  const capped = new Set([...ordered.filter((key) => doubted.has(key)), ...ordered.filter((key) => !doubted.has(key))].slice(0, Math.max(MAX_OPTIONS, doubted.size)));
  return { matches, sure, doubtful, unsure: doubtful.length > 0, options: ordered.filter((key) => capped.has(key)) };
}

/** Lowercase, one space between words, no punctuation around them: "Deadlines  worry me." is "deadlines worry me". */
function normalise(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, "");
}

/** FNV-1a, 32 bits, as 8 hex digits: short, stable across platforms, no crypto needed in a browser. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/**
 * The id of a question about one statement: its kind and a hash of the
 * statement's type and normalised words, so the id survives reordering the
 * statements and re-planning, and changes when the words do.
 *
 * @example
 * ```ts
 * questionId("unsure", "challenge", "Deadlines worry me."); // "unsure-" + 8 hex digits
 * ```
 */
export function questionId(kind: string, type: NeedType, text: string): string {
  return `${kind}-${hash(`${type}\n${normalise(text)}`)}`;
}

/** The question id asking what a list of statements is, when the profile gives none. */
export function missingId(type: Exclude<NeedType, "feedback">): "motivations" | "challenges" | "goals" {
  return `${type}s` as "motivations" | "challenges" | "goals";
}

