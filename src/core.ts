export { TailorplanError, ValidationError, type Issue, type IssuePath } from "./errors";
export { createRecommender, type Recommender, type RecommenderConfig, type RankedItem, type TeamStep } from "./recommender";
export * from "./schema/common";
export * from "./schema/profile";
export * from "./schema/catalog";
export * from "./schema/taxonomy";
export * from "./schema/language";
export * from "./schema/options";
export * from "./schema/plan";
export * from "./schema/revision";
export { DEFAULTS } from "./settings";
export { TEAM_DEFAULTS } from "./team";
export * from "./team/schema";
export {
  parseCatalog,
  parseOptions,
  parseProfile,
  parseTaxonomy,
  safeParseCatalog,
  safeParseProfile,
  safeParseTaxonomy,
  type SafeResult,
} from "./validate/parse";
export { importCatalog, safeImportCatalog, type ImportCatalogOptions, type ImportResult } from "./import";
export { CourseModelSchema, createCourseModel, type CourseModel, type CourseModelReading } from "./import/learned";
export * from "./schema/import";
export { createLearnedReading, LearnedModelSchema, type LearnedModel, type LearnedReading, type LearnedKey, type PhrasingsReading } from "./needs/learned";
export { packWeights, unpackWeights, type Weights } from "./needs/packed";
