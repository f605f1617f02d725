/**
 * The language a plan speaks: its messages (explanations, questions,
 * warnings) and the taxonomy's labels in that language. English is built in;
 * other languages come from language packs (`tailorplan/lang/de`…).
 */
/** A language code's language, without its region and in lower case: "de-AT" and "DE" are "de". */
export function baseLanguage(code: string): string {
  return code.toLowerCase().split("-")[0]!;
}

export interface Locale {
  /** ISO 639-1 code: "en", "es", "fr", "de". */
  readonly code: string;
  /** A message template by id; English when the language lacks it. */
  readonly messages: Readonly<Record<string, string>>;
  /** A taxonomy key's label in this language; the taxonomy's own label when the language has none. */
  label(key: string): string | undefined;
}
