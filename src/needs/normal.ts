/** Lowercase, compatibility-normalised, accents and punctuation removed ("ß" as "ss"), spaces collapsed. */
export function normalizePhrase(text: string): string {
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
