import Fuse from "fuse.js/basic";

/** A vocabulary word close to the query, with our confidence (1 = same word). */
export interface FuzzyHit {
  readonly word: string;
  readonly confidence: number;
}

/**
 * The one place fuse.js is used: typo-tolerant lookup of a single word in a
 * small vocabulary (the words of the taxonomy's labels and synonyms). Fuse
 * scores 0 as best; we return confidence, 1 as best.
 */
export function createFuzzyWords(vocabulary: readonly string[]): (query: string) => FuzzyHit[] {
  const fuse = new Fuse(vocabulary, {
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.34,
    minMatchCharLength: 3,
    shouldSort: true,
  });
  return (query) =>
    fuse
      .search(query, { limit: 5 })
      // A short word inside a long one ("man" in "management") is not a typo of it.
      .filter((hit) => hit.item.length <= query.length * 1.34 && query.length <= hit.item.length * 1.34)
      .map((hit) => ({ word: hit.item, confidence: 1 - (hit.score ?? 1) }));
}
