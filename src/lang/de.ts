import pack from "../../data/lang/de.json";
import type { LanguagePack } from "../schema/language";

/**
 * German: the taxonomy's labels and phrasings, the reading rules (stop words,
 * negation, a light stemmer) and every message of a plan. Pass it to a
 * recommender from `tailorplan/core` to read and speak German; the
 * `tailorplan` entry loads it already.
 *
 * @example
 * ```ts
 * import { createRecommender } from "tailorplan/core";
 * import { de } from "tailorplan/lang/de";
 * const r = createRecommender({ catalog, taxonomy, languages: [de] });
 * ```
 */
export const de: LanguagePack = pack as unknown as LanguagePack;
export default de;
