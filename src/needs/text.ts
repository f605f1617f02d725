/**
 * A text as reading sees it: normalised words, clauses, stems. Each
 * function reads in one language's grammar (`./grammar`), English unless
 * told otherwise.
 */
import { ENGLISH } from "./english";
import { unelide, type Grammar } from "./grammar";
import { normalizePhrase } from "./normal";
import type { TaxonomyEntry } from "../schema/taxonomy";

export { normalizePhrase };

/** The meaningful, stemmed words of a text, in order, repeats kept out. */
export function tokenize(text: string, grammar: Grammar = ENGLISH): string[] {
  return readWords(text, grammar).tokens;
}

/** A text as read: its normalised words (stop words kept) and its meaningful stemmed tokens with their word's place. */
export interface ReadWords {
  readonly words: readonly string[];
  /** Words written as names (capitalised inside the text, "Delta", "Chicago") or numbers: they say who and how much, not what. */
  readonly names: ReadonlySet<string>;
  readonly tokens: string[];
  /** `at[i]` is the index in `words` of the word that gave `tokens[i]`. */
  readonly at: number[];
}

/** Normalises a text, rewrites idioms and stems its meaningful words, keeping where each came from. */
export function readWords(text: string, grammar: Grammar = ENGLISH): ReadWords {
  const normal = grammar.rewrite(normalizePhrase(text));
  const words = normal.length === 0 ? [] : unelide(normal.split(" "), grammar.elisions);
  const tokens: string[] = [];
  const at: number[] = [];
  words.forEach((word, index) => {
    if (grammar.stopword(word)) return;
    const token = grammar.stem(word);
    if (token.length > 0 && !grammar.stopword(token) && !tokens.includes(token)) {
      tokens.push(token);
      at.push(index);
    }
  });
  const names = new Set<string>();
  if (grammar.capitalisedNames) for (const match of text.matchAll(/(?<=\S\s+)\p{Lu}\p{Ll}+/gu)) names.add(normalizePhrase(match[0]));
  for (const word of words) if (/^\p{N}/u.test(word)) names.add(word);
  return { words, tokens, at, names };
}

/** How a learned reading's features mark a stem the words say is no trouble (see {@link judgedTokens}). */
export const JUDGED = "~";

/**
 * A clause's stems for a learned reading: each one among the words saying
 * something is no trouble ("no me molestan", "kein Problem") marked with
 * {@link JUDGED}, so the same word said as a complaint ("me molestan")
 * weighs apart from it; with `terms`, a model's terms read as one (see
 * {@link joinTerms}).
 */
export function judgedTokens(read: ReadWords, grammar: Grammar = ENGLISH, terms?: ReadonlySet<string>): string[] {
  const judged = grammar.judgedAt(read.words);
  const tokens = judged.size === 0 ? read.tokens : read.tokens.map((token, i) => (judged.has(read.at[i]!) ? JUDGED + token : token));
  return terms && terms.size > 0 ? joinTerms(tokens, read.at, terms) : tokens;
}

/** How a learned reading's features join the two stems of a term ("time+management"). */
export const TERM_JOIN = "+";

/**
 * Stems written side by side that make a term (`terms`, "time+management")
 * read as that term: the second stem, the term's head, gives way to the
 * whole, so "time management" does not weigh as "management" alone (the
 * company's managers, in what people write about work). The first stem
 * stays a word of its own; the head's mark of no trouble stays on the term.
 */
function joinTerms(tokens: readonly string[], at: readonly number[], terms: ReadonlySet<string>): string[] {
  const joined = tokens.slice();
  for (let i = 1; i < tokens.length; i++) {
    if (at[i] !== at[i - 1]! + 1) continue;
    const head = unjudged(tokens[i]!);
    const term = unjudged(tokens[i - 1]!) + TERM_JOIN + head;
    if (terms.has(term)) joined[i] = head === tokens[i] ? term : JUDGED + term;
  }
  return joined;
}

/** A token without its mark of no trouble ({@link JUDGED}), as written when it has none. */
export const unjudged = (token: string): string => (token.startsWith(JUDGED) ? token.slice(JUDGED.length) : token);

/**
 * The terms of a taxonomy (`modifier+head` stems): the names of its needs
 * that are two words side by side whose second word alone names another
 * need. "Time management", "people management" and "change management"
 * end in "management", which alone, in what people write about work, is
 * the company's managers (senior-leadership): read word by word, "I
 * struggle with time management" was a complaint about them. Where a term
 * is written, its head counts for another need only with the word before
 * it (the phrasings, `./matcher`), and a learned reading weighs the term
 * as one word (`LearnedModel.terms`). A name whose last word alone names
 * the same need ("Long commute") is read well word by word.
 */
export function taxonomyTerms(
  entries: ReadonlyArray<Pick<TaxonomyEntry, "key" | "label" | "synonyms">>,
  grammar: Grammar = ENGLISH,
  /** A phrasing's stems, when the caller has read them already. */
  tokensOf: (phrase: string) => readonly string[] = (phrase) => readWords(phrase, grammar).tokens,
): string[] {
  const alone = new Map<string, Set<string>>();
  for (const entry of entries) {
    for (const phrase of [entry.label, ...entry.synonyms]) {
      const tokens = tokensOf(phrase);
      if (tokens.length === 1) (alone.get(tokens[0]!) ?? alone.set(tokens[0]!, new Set()).get(tokens[0]!)!).add(entry.key);
    }
  }
  const terms = new Set<string>();
  for (const entry of entries) {
    const { tokens, at } = readWords(entry.label, grammar);
    if (tokens.length !== 2 || at[1] !== at[0]! + 1) continue;
    for (const key of alone.get(tokens[1]!) ?? []) if (key !== entry.key) terms.add(tokens.join(TERM_JOIN));
  }
  return [...terms].sort();
}

/**
 * A statement's clauses: split at punctuation and at words that turn the
 * sense ("good pay, but no growth"), so the words around one need do not
 * colour another and a phrase is never assembled from two clauses.
 */
export function splitClauses(text: string, grammar: Grammar = ENGLISH): string[] {
  return text
    .split(grammar.clauseBreak)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
