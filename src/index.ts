export * from "./core";
export { createRecommender, recommend, safeRecommend, type CreateRecommenderConfig, type OneShotOptions } from "./defaults";
export { defaultCatalog, defaultTaxonomy } from "./data";
