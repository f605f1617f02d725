import pack from "../../data/lang/fr.json";
import type { LanguagePack } from "../schema/language";

/**
 * French: the taxonomy's labels and phrasings, the reading rules (stop words,
 * negation, a light stemmer) and every message of a plan. Pass it to a
 * recommender from `tailorplan/core` to read and speak French; the
 * `tailorplan` entry loads it already.
 *
 * @example
 * ```ts
 * import { createRecommender } from "tailorplan/core";
 * import { fr } from "tailorplan/lang/fr";
 * const r = createRecommender({ catalog, taxonomy, languages: [fr] });
 * ```
 */
export const fr: LanguagePack = pack as unknown as LanguagePack;
export default fr;
