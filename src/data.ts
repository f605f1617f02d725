import catalogJson from "../data/catalog.json";
import taxonomyJson from "../data/taxonomy.json";
import type { Catalog } from "./schema/catalog";
import type { Taxonomy } from "./schema/taxonomy";

/**
 * The built-in catalog: trainings, mentoring options and working-condition
 * changes with realistic effort, cost, format, level and prerequisites.
 * Checked against {@link CatalogSchema} by the test suite.
 *
 * @example
 * ```ts
 * const remote = defaultCatalog.filter((item) => item.format === "online");
 * ```
 */
export const defaultCatalog: Catalog = catalogJson as Catalog;

/**
 * The built-in taxonomy of motivations, challenges and competencies, each
 * with the phrasings people actually use.
 *
 * @example
 * ```ts
 * const challenges = defaultTaxonomy.entries.filter((entry) => entry.kind === "challenge");
 * ```
 */
export const defaultTaxonomy: Taxonomy = taxonomyJson as Taxonomy;
