export * from "./core";
export {
  createRecommender,
  importCatalog,
  safeImportCatalog,
  type ImportCatalogDefaultsOptions,
  recommend,
  recommendForTeam,
  safeRecommend,
  safeRecommendForTeam,
  type CreateRecommenderConfig,
  type OneShotOptions,
  type OneShotTeamOptions,
} from "./defaults";
export { defaultCatalog, defaultTaxonomy } from "./data";
export { feedbackRequests, MAX_PER_RATER, safeFeedbackRequests, type FeedbackRequestsOptions } from "./requests";
export * from "./requests/schema";
export { toICalendar, type ICalendarOptions } from "./calendar/ics";
export { timelineSvg, KIND_COLOURS, type TimelineOptions } from "./calendar/timeline";
export { planToHtml, type HtmlOptions } from "./calendar/html";
export { revision, type RevisionStep, type CheckIn, type Revised } from "./revise";
export { runTeam as team, type TeamContext } from "./team";
export { createFuzzyWords as typos, type TypoLookup, type FuzzyHit } from "./needs/fuzzy";
export { es } from "./lang/es";
export { fr } from "./lang/fr";
export { de } from "./lang/de";
