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
  // Whether some word of the vocabulary is within the edits allowed. For one edit, an index of each word and the
  // word with any one letter dropped, built at the first query: two words one edit apart (a letter changed, added,
  // dropped or two swapped) always share one of those forms, so only the few words that do are measured. For two
  // edits (long words), every word of the same initial within two letters of the length.
  let dropped: Map<string, string[]> | undefined;
  const byLength = new Map<string, string[][]>();
  const near = (query: string, allowed: number): boolean => {
    const initial = query[0]!;
    if (allowed === 1) {
      if (!dropped) {
        dropped = new Map();
        for (const word of vocabulary) {
          for (const form of withOneDropped(word)) {
            const list = dropped.get(form);
            if (!list) dropped.set(form, [word]);
            else if (list.at(-1) !== word) list.push(word);
          }
        }
      }
      for (const form of withOneDropped(query)) {
        for (const word of dropped.get(form) ?? []) if (word[0] === initial && editDistance(query, word, 1) <= 1) return true;
      }
      return false;
    }
    let lengths = byLength.get(initial);
    if (!lengths) {
      byLength.set(initial, (lengths = []));
      for (const word of byInitial.get(initial) ?? []) (lengths[word.length] ??= []).push(word);
    }
    for (let length = query.length - allowed; length <= query.length + allowed; length++) {
      for (const word of lengths[length] ?? []) if (editDistance(query, word, allowed) <= allowed) return true;
    }
    return false;
  };
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
    if (!near(query, allowed)) return [];
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

/** A word as written and with each one of its letters dropped ("plan", "lan", "pan", "pln", "pla"). */
function withOneDropped(word: string): string[] {
  const forms = [word];
  for (let i = 0; i < word.length; i++) forms.push(word.slice(0, i) + word.slice(i + 1));
  return forms;
}

/** Damerau–Levenshtein distance (adjacent swaps count one), or `limit + 1` once it is exceeded. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Three rows of the table are all it needs: the one before last (for swaps), the last and this one, kept between calls.
  if (rows[0]!.length <= b.length) rows = [0, 1, 2].map(() => new Int32Array(2 * (b.length + 1))) as [Int32Array, Int32Array, Int32Array];
  let [before, last, row] = rows;
  for (let j = 0; j <= b.length; j++) {
    before[j] = 0;
    last[j] = j;
  }
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
    const done = before;
    before = last;
    last = row;
    row = done;
  }
  return last[b.length]!;
}

/** The rows {@link editDistance} fills, grown for longer words. */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];
