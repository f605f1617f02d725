/**
 * Words that carry no need on their own: articles, pronouns, auxiliaries and
 * the hedges people put around what they mean ("I really feel that…").
 */
const STOPWORDS = new Set(
  (
    "a about above after again against all also am an and any are as at be been before being below between both but by " +
    "can cannot could did do does doing don down during each even ever every few for from further get gets getting got " +
    "had has have having he her here hers him his how i i'd i'm i've id im ive if in into is it it's its itself just " +
    "let lot lots me mine more most much my myself no nor not now of off on once only or other our ours out over own " +
    "quite rather really same she should so some such than that the their them then there these they this those " +
    "through to too under until up us very was we were what when where which while who whom why will with would " +
    "you your yours yourself thing things something anything kind sort bit still always never often sometimes feel " +
    "feels felt think want wants wanted like sure maybe"
  ).split(" "),
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
  if (w.length <= 3) return w;
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(ss|us|is|ous)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith("ing") && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith("ed") && w.length > 4 && !w.endsWith("eed")) w = undouble(w.slice(0, -2));
  else if (w.endsWith("ly") && w.length > 5) w = w.slice(0, -2);
  return w;
}

function undouble(w: string): string {
  return /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w) ? w.slice(0, -1) : w;
}

/** The meaningful, stemmed words of a text, in order, repeats kept out. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const word of normalizePhrase(text).split(" ")) {
    if (word.length === 0 || STOPWORDS.has(word)) continue;
    const token = stem(word);
    if (token.length > 0 && !STOPWORDS.has(token) && !out.includes(token)) out.push(token);
  }
  return out;
}
