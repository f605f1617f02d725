/**
 * The language a plan speaks: its messages (explanations, questions,
 * warnings) and the taxonomy's labels in that language. English is built in;
 * other languages come from language packs (`tailorplan/lang/de`…).
 */
export interface Locale {
  /** ISO 639-1 code: "en", "es", "fr", "de". */
  readonly code: string;
  /** A message template by id; English when the language lacks it. */
  readonly messages: Readonly<Record<string, string>>;
  /** A taxonomy key's label in this language; the taxonomy's own label when the language has none. */
  label(key: string): string | undefined;
}
