export * from "./core";
export {
  createRecommender,
  recommend,
  recommendForTeam,
  safeRecommend,
  safeRecommendForTeam,
  type CreateRecommenderConfig,
  type OneShotOptions,
  type OneShotTeamOptions,
} from "./defaults";
export { defaultCatalog, defaultTaxonomy } from "./data";
