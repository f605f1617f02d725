/**
 * A text as reading sees it: normalised words, clauses, stems. Each
 * function reads in one language's grammar (`./grammar`), English unless
 * told otherwise.
 */
import { ENGLISH } from "./english";
import { unelide, type Grammar } from "./grammar";
import { normalizePhrase } from "./normal";

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
 * weighs apart from it.
 */
export function judgedTokens(read: ReadWords, grammar: Grammar = ENGLISH): string[] {
  const judged = grammar.judgedAt(read.words);
  return judged.size === 0 ? read.tokens : read.tokens.map((token, i) => (judged.has(read.at[i]!) ? JUDGED + token : token));
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
