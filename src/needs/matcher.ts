import type { NeedKind, Taxonomy, TaxonomyEntry } from "../schema/taxonomy";
import { createFuzzyWords } from "./fuzzy";
import { tokenize } from "./text";

/** A taxonomy key a text was matched to, with how sure we are (0–1). */
export interface KeyMatch {
  readonly key: string;
  readonly confidence: number;
  /** Indexes of the text's words that led here. */
  readonly evidence: readonly number[];
}

interface Phrase {
  readonly key: string;
  readonly tokens: readonly string[];
  readonly weight: number; // sum of the tokens' idf
}

/** Confidence of a word met by its first letters only ("delegat…" for "delegation" and "delegate"). */
const PREFIX_CONFIDENCE = 0.85;
const PREFIX_LENGTH = 5;
/** Keys one statement may yield: a sentence rarely says more than three things. */
const MAX_KEYS_PER_TEXT = 3;

/** Matches free text to taxonomy keys; built once per taxonomy. */
export interface Matcher {
  readonly entries: ReadonlyMap<string, TaxonomyEntry>;
  /** Every key the text names with at least `minConfidence`, best first. */
  match(text: string, minConfidence: number, prefer?: NeedKind): KeyMatch[];
  /** The best key whatever its confidence, to say what we nearly matched. */
  closest(text: string, prefer?: NeedKind): KeyMatch | undefined;
}

/**
 * Indexes a taxonomy's labels and synonyms. A text's words are met to the
 * vocabulary exactly, by a shared stem prefix or, for typos, through fuse.js;
 * a phrase scores the idf-weighted share of its words that the text has, so
 * word order, first person and filler words do not matter.
 */
export function createMatcher(taxonomy: Taxonomy): Matcher {
  const entries = new Map(taxonomy.entries.map((entry) => [entry.key, entry] as const));
  const phrases: Phrase[] = [];
  const keysWithToken = new Map<string, Set<string>>();
  const raw: Array<{ key: string; tokens: string[] }> = [];
  for (const entry of taxonomy.entries) {
    for (const text of [entry.label, ...entry.synonyms, entry.key.replace(/-/g, " ")]) {
      const tokens = tokenize(text);
      if (tokens.length === 0) continue;
      raw.push({ key: entry.key, tokens });
      for (const token of tokens) {
        let keys = keysWithToken.get(token);
        if (!keys) keysWithToken.set(token, (keys = new Set()));
        keys.add(entry.key);
      }
    }
  }
  const total = entries.size;
  const idf = new Map<string, number>();
  for (const [token, keys] of keysWithToken) idf.set(token, Math.log(1 + total / keys.size));
  const phrasesByToken = new Map<string, number[]>();
  for (const { key, tokens } of raw) {
    const index = phrases.length;
    phrases.push({ key, tokens, weight: tokens.reduce((sum, t) => sum + idf.get(t)!, 0) });
    for (const token of tokens) {
      const list = phrasesByToken.get(token);
      if (list) list.push(index);
      else phrasesByToken.set(token, [index]);
    }
  }
  const vocabulary = [...keysWithToken.keys()].sort();
  const byPrefix = new Map<string, string[]>();
  for (const word of vocabulary) {
    if (word.length < PREFIX_LENGTH) continue;
    const prefix = word.slice(0, PREFIX_LENGTH);
    const list = byPrefix.get(prefix);
    if (list) list.push(word);
    else byPrefix.set(prefix, [word]);
  }
  const fuzzy = createFuzzyWords(vocabulary);
  const lookups = new Map<string, ReadonlyArray<readonly [string, number]>>();

  /** Vocabulary words a text word may stand for, with confidence; memoised, as words repeat. */
  function lookup(word: string): ReadonlyArray<readonly [string, number]> {
    const known = lookups.get(word);
    if (known) return known;
    const found = new Map<string, number>();
    if (keysWithToken.has(word)) found.set(word, 1);
    if (word.length >= PREFIX_LENGTH) {
      for (const other of byPrefix.get(word.slice(0, PREFIX_LENGTH)) ?? []) {
        if (other !== word && sharedPrefix(word, other) >= Math.max(PREFIX_LENGTH, Math.min(word.length, other.length) - 3)) {
          found.set(other, Math.max(found.get(other) ?? 0, PREFIX_CONFIDENCE));
        }
      }
    }
    if (!found.has(word) && word.length >= 4) {
      for (const hit of fuzzy(word)) {
        if (hit.confidence > (found.get(hit.word) ?? 0)) found.set(hit.word, hit.confidence * 0.95);
      }
    }
    const result = [...found].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (lookups.size > 50_000) lookups.clear();
    lookups.set(word, result);
    return result;
  }

  function score(text: string, prefer: NeedKind | undefined): KeyMatch[] {
    const words = tokenize(text);
    // For each vocabulary word, the best confidence and which text word gave it.
    const met = new Map<string, { confidence: number; word: number }>();
    words.forEach((word, position) => {
      for (const [token, confidence] of lookup(word)) {
        const seen = met.get(token);
        if (!seen || confidence > seen.confidence) met.set(token, { confidence, word: position });
      }
    });
    const best = new Map<string, KeyMatch>();
    const visited = new Set<number>();
    for (const token of met.keys()) {
      for (const index of phrasesByToken.get(token) ?? []) {
        if (visited.has(index)) continue;
        visited.add(index);
        const phrase = phrases[index]!;
        let gained = 0;
        const evidence: number[] = [];
        for (const t of phrase.tokens) {
          const hit = met.get(t);
          if (!hit) continue;
          gained += idf.get(t)! * hit.confidence;
          if (!evidence.includes(hit.word)) evidence.push(hit.word);
        }
        let confidence = phrase.weight > 0 ? gained / phrase.weight : 0;
        const kind = entries.get(phrase.key)!.kind;
        if (prefer && kind !== prefer) confidence *= 0.97;
        const previous = best.get(phrase.key);
        if (!previous || confidence > previous.confidence || (confidence === previous.confidence && evidence.length > previous.evidence.length)) {
          best.set(phrase.key, { key: phrase.key, confidence: round(confidence), evidence: evidence.sort((a, b) => a - b) });
        }
      }
    }
    return [...best.values()].sort((a, b) => b.confidence - a.confidence || b.evidence.length - a.evidence.length || (a.key < b.key ? -1 : 1));
  }

  return {
    entries,
    match(text, minConfidence, prefer) {
      const kept: KeyMatch[] = [];
      for (const candidate of score(text, prefer)) {
        if (candidate.confidence < minConfidence || kept.length >= MAX_KEYS_PER_TEXT) break;
        // Words already explained by a stronger key do not make a second need on their own.
        const claimed = candidate.evidence.every((word) => kept.some((k) => k.evidence.includes(word)));
        if (!claimed) kept.push(candidate);
      }
      return kept;
    },
    closest(text, prefer) {
      return score(text, prefer)[0];
    },
  };
}

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
