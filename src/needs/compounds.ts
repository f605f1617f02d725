/**
 * Compound words ("Zeitmanagement", "Gehaltsband") met as their parts, for
 * a language that writes them (`Grammar.compounds`): the phrasings read a
 * compound by the taxonomy's words in it, and a learned reading by the
 * words it learned weights for.
 */

/** Parts of a compound shorter than this are not words of their own. */
export const COMPOUND_PART = 4;
/** A compound met by its parts: nearly as sure as the words themselves, its head alone less so. */
const COMPOUND_CONFIDENCE = 0.9;
const COMPOUND_HEAD_CONFIDENCE = 0.8;
/** Letters that join a compound's parts: "Weiterbildung-s-angebot", "Kunde-n-gespräch". */
const LINKS = ["", "s", "n", "en", "es", "e"];

/**
 * A compound word ("Zeitmanagement", "Weiterbildungsangebote") as known
 * words: its two parts when both are in the vocabulary, else its head (the
 * last part, which names what it is) when that is long enough to tell. A
 * part is known as written or by its stem (`stem`): "Teamleiter-stelle"
 * is "teamleit" and "stell" to a vocabulary of stems.
 */
export function compoundParts(word: string, stem: (word: string) => string, vocabulary: { has(word: string): boolean }): Array<readonly [string, number]> {
  if (word.length < COMPOUND_PART * 2) return [];
  const known = (part: string): string | undefined => {
    if (vocabulary.has(part)) return part;
    const stemmed = stem(part);
    return vocabulary.has(stemmed) ? stemmed : undefined;
  };
  let head: string | undefined;
  // The longest head first: "Arbeitszeit-modell" before "Arbeits-zeitmodell".
  for (let cut = COMPOUND_PART; cut <= word.length - COMPOUND_PART; cut++) {
    const right = known(word.slice(cut));
    if (right === undefined) continue;
    const left = word.slice(0, cut);
    for (const link of LINKS) {
      if (!left.endsWith(link) || left.length - link.length < COMPOUND_PART) continue;
      const first = known(left.slice(0, left.length - link.length));
      if (first !== undefined) return [[first, COMPOUND_CONFIDENCE], [right, COMPOUND_CONFIDENCE]];
    }
    if (head === undefined && word.length - cut >= COMPOUND_PART + 1) head = right;
  }
  return head === undefined ? [] : [[head, COMPOUND_HEAD_CONFIDENCE]];
}
