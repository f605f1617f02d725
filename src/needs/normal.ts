/** Plain ASCII with no apostrophe or backtick: nothing to decompose, fold or keep but letters and digits. */
const PLAIN_ASCII = /^[^\u0080-\uffff'`]*$/;

/** Lowercase, compatibility-normalised, accents and punctuation removed ("ß" as "ss"), spaces collapsed. */
export function normalizePhrase(text: string): string {
  // Most course titles and skills are plain ASCII: the same result without Unicode normalisation (a reading calls this once per language).
  if (PLAIN_ASCII.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  return normalizeAnyText(text);
}

/** {@link normalizePhrase} for any text, by the whole Unicode path: what its plain-ASCII path must agree with. */
export function normalizeAnyText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[’`´]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, " ")
    .replace(/(^|\s)'+|'+(\s|$)/g, " ")
    .trim()
    .replace(/\s+/g, " ");
}
