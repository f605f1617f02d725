import Fuse from "fuse.js/basic";

/** A vocabulary word close to the query, with our confidence (1 = same word). */
export interface FuzzyHit {
  readonly word: string;
  readonly confidence: number;
}

/**
 * How a matcher meets typos: given the vocabulary once, it returns the words
 * a misspelt word may stand for. {@link createFuzzyWords} (fuse.js) is the
 * one `tailorplan` uses; a matcher without one meets words only as written,
 * by stem or by word family.
 */
export type TypoLookup = (vocabulary: readonly string[]) => (query: string) => readonly FuzzyHit[];

/**
 * The one place fuse.js is used: typo-tolerant lookup of a single word in a
 * small vocabulary (the words of the taxonomy's labels and synonyms). Fuse
 * scores 0 as best; we return confidence, 1 as best.
 */
export function createFuzzyWords(vocabulary: readonly string[]): (query: string) => FuzzyHit[] {
  // A typo keeps its first letter (a different first letter is another word), so each
  // query is searched only among the words that start like it: a twentieth of the work.
  const byInitial = new Map<string, string[]>();
  for (const word of vocabulary) {
    const list = byInitial.get(word[0]!);
    if (list) list.push(word);
    else byInitial.set(word[0]!, [word]);
  }
  const indexes = new Map<string, Fuse<string>>();
  const fuseFor = (initial: string): Fuse<string> | undefined => {
    let fuse = indexes.get(initial);
    const words = byInitial.get(initial);
    if (!fuse && words) {
      fuse = new Fuse(words, { includeScore: true, ignoreLocation: true, threshold: 0.25, minMatchCharLength: 3, shouldSort: true });
      indexes.set(initial, fuse);
    }
    return fuse;
  };
  return (query) => {
    // Short words have too many neighbours to guess a typo from.
    if (query.length < 5) return [];
    const allowed = query.length < 12 ? 1 : 2;
    // Most words met are no typo of any: when no word of the vocabulary is near enough by edit distance, fuse would
    // find none that passes the filter below, and is not asked: the same answer, without its search.
    if (!byInitial.get(query[0]!)?.some((word) => editDistance(query, word, allowed) <= allowed)) return [];
    const fuse = fuseFor(query[0]!);
    if (!fuse) return [];
    return (
      fuse
        .search(query, { limit: 5 })
        // Fuse proposes, edit distance disposes: "purple" is not a typo of "purpose".
        .filter((hit) => editDistance(query, hit.item, allowed) <= allowed)
        .map((hit) => ({ word: hit.item, confidence: 1 - (hit.score ?? 1) }))
    );
  };
}

/** Damerau–Levenshtein distance (adjacent swaps count one), or `limit + 1` once it is exceeded. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Three rows of the table are all it needs: the one before last (for swaps), the last and this one.
  let before = new Int32Array(b.length + 1);
  let last = Int32Array.from({ length: b.length + 1 }, (_, j) => j);
  let row = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(last[j]! + 1, row[j - 1]! + 1, last[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row[j] = d;
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    [before, last, row] = [last, row, before];
  }
  return last[b.length]!;
}
