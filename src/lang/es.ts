import pack from "../../data/lang/es.json";
import type { LanguagePack } from "../schema/language";

/**
 * Spanish: the taxonomy's labels and phrasings, the reading rules (stop words,
 * negation, a light stemmer) and every message of a plan. Pass it to a
 * recommender from `tailorplan/core` to read and speak Spanish; the
 * `tailorplan` entry loads it already.
 *
 * @example
 * ```ts
 * import { createRecommender } from "tailorplan/core";
 * import { es } from "tailorplan/lang/es";
 * const r = createRecommender({ catalog, taxonomy, languages: [es] });
 * ```
 */
export const es: LanguagePack = pack as unknown as LanguagePack;
export default es;
