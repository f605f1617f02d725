/**
 * Words that carry no need on their own: articles, pronouns, auxiliaries and
 * the hedges people put around what they mean ("I really feel that…").
 * Particles such as "out", "no" and "too" stay: "burnt out" and "too much"
 * mean something.
 */
const STOPWORDS = new Set(
  (
    "a am an and are as at be been being but by can could did do does doing for from had has have having he her hers " +
    "him his i i'd i'll i'm i've id ill im ive if in into is it it's its itself me mine my myself of or our ours " +
    "she should so than that the their them then these they this those to us was we were what which who whom will with " +
    "would you your yours yourself just really quite very honestly actually basically maybe probably also"
  ).split(" "),
);

/** Forms the suffix rules cannot reach. */
const IRREGULAR: Readonly<Record<string, string>> = {
  burnt: "burn",
  burnout: "burn",
  spoke: "speak",
  spoken: "speak",
  taught: "teach",
  felt: "feel",
  lonely: "lone",
  loneliness: "lone",
  stuck: "stuck",
  lately: "lately",
};

/**
 * Everyday words that appear in many needs' phrasings ("day", "work",
 * "team", "new"): they count for less than the words that tell needs apart.
 */
export const COMMON = new Set(
  (
    "all always any bit day days do get getting go going good got here how job just keep know lot make more most much " +
    "need new no not never now off on one out over people place put same still take takes taking there thing things " +
    "time too up want way week well when where why work working year years every everything feel like things able " +
    "better really lot lots enough even ever back matter matters thing big bigger small part every love enjoy first last " +
    "one two three four five six seven eight ten hour hours month months challenge challenges problem problems issue " +
    "issues struggle goal goals buy"
  )
    .split(" ")
    .map((word) => stem(word)),
);

/** Lowercase, compatibility-normalised, accents and punctuation removed, spaces collapsed. */
export function normalizePhrase(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’`´]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, " ")
    .replace(/(^|\s)'+|'+(\s|$)/g, " ")
    .trim()
    .replace(/\s+/g, " ");
}

/**
 * A light English stemmer: enough to meet "meetings" and "meeting",
 * "presenting" and "present", "deadlines" and "deadline". Prefix matching
 * and fuzzy matching catch what it leaves apart.
 */
export function stem(word: string): string {
  let w = word.replace(/'s$/, "").replace(/'/g, "");
  const irregular = IRREGULAR[w];
  if (irregular !== undefined) return irregular;
  if (w.length <= 3) return w;
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(ss|us|is|ous)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith("ing") && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith("ed") && w.length > 4 && !w.endsWith("eed")) w = undouble(w.slice(0, -2));
  else if (w.endsWith("ly") && w.length > 5) w = w.slice(0, -2);
  // "argue" and "arguing", "manage" and "managing" meet at "argu" and "manag".
  if (w.endsWith("e") && w.length > 4 && !w.endsWith("ee")) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w) ? w.slice(0, -1) : w;
}

/** The meaningful, stemmed words of a text, in order, repeats kept out. */
export function tokenize(text: string): string[] {
  return readWords(text).tokens;
}

/**
 * Fixed expressions whose words mislead one by one: "at present" is about
 * time, not presenting. Rewritten in normalised text before it is read.
 */
const IDIOMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:at|for the) (?:present|moment)\b/g, "now"],
  [/\bpresently\b/g, "now"],
  [/\bwlb\b/g, "work life balance"],
  [/\bw l b\b/g, "work life balance"],
];

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
export function readWords(text: string): ReadWords {
  let normal = normalizePhrase(text);
  for (const [pattern, replacement] of IDIOMS) normal = normal.replace(pattern, replacement);
  const words = normal.length === 0 ? [] : normal.split(" ");
  const tokens: string[] = [];
  const at: number[] = [];
  words.forEach((word, index) => {
    if (STOPWORDS.has(word)) return;
    const token = stem(word);
    if (token.length > 0 && !STOPWORDS.has(token) && !tokens.includes(token)) {
      tokens.push(token);
      at.push(index);
    }
  });
  const names = new Set<string>();
  for (const match of text.matchAll(/(?<=\S\s+)\p{Lu}\p{Ll}+/gu)) names.add(normalizePhrase(match[0]));
  for (const word of words) if (/^\p{N}/u.test(word)) names.add(word);
  return { words, tokens, at, names };
}

/**
 * A statement's clauses: split at punctuation and at words that turn the
 * sense ("good pay, but no growth"), so the words around one need do not
 * colour another and a phrase is never assembled from two clauses.
 */
export function splitClauses(text: string): string[] {
  return text
    .split(/[,;:!?()[\]{}|/•]+|\.(?:\s|$)|\s[-–—]+\s|\b(?:but|however|although|though|whereas|yet|except|unless)\b/i)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
