import { defaultCatalog, defaultTaxonomy } from "./data";
import { importCatalog as importCore, type ImportResult } from "./import";
import type { ImportOptions } from "./schema/import";
import { createRecommender as createCore, type Recommender } from "./recommender";
import { revision } from "./revise";
import { runTeam as team } from "./team";
import { createFuzzyWords as typos } from "./needs/fuzzy";
import { createLearnedReading, type LearnedModel, type LearnedReading } from "./needs/learned";
import englishModel from "../data/model/en.json";
import spanishModel from "../data/model/es.json";
import frenchModel from "../data/model/fr.json";
import germanModel from "../data/model/de.json";
import courseModel from "../data/model/courses.json";
import { de } from "./lang/de";
import { es } from "./lang/es";
import { fr } from "./lang/fr";
import type { LanguagePack } from "./schema/language";

/** The languages the `tailorplan` entry reads and speaks besides English. */
const LANGUAGES: readonly LanguagePack[] = [es, fr, de];

/** A built-in model's reading, checked the first time a statement in its language is read: a screen that only ever reads English never parses the others. */
function whenRead(language: string, model: unknown): LearnedReading {
  let reading: LearnedReading | undefined;
  const ready = () => (reading ??= createLearnedReading(model as LearnedModel));
  return { language, amend: (...args) => ready().amend(...args), read: (...args) => ready().read(...args) };
}

/**
 * The learned readings (`data/model/<language>.json`): English from labelled
 * review statements and statements written and labelled by hand, Spanish,
 * French and German from statements written and labelled by hand in each.
 */
const LEARNED: readonly LearnedReading[] = [
  whenRead("en", englishModel),
  whenRead("es", spanishModel),
  whenRead("fr", frenchModel),
  whenRead("de", germanModel),
];

const fitted = new WeakMap<object, readonly LanguagePack[]>();
/** The packs fitted to each set of keys (a taxonomy's keys as JSON), the last few kept. */
const fittedByKeys = new Map<string, readonly LanguagePack[]>();
const KEY_SETS_KEPT = 8;

/**
 * The built-in languages for a taxonomy: all of them for the built-in one;
 * for your own, the phrasings of the keys it shares with the built-in one
 * (a key of yours the packs do not know is read in its own language only).
 * A taxonomy that is not an object is left to the core to refuse.
 */
function languagesFor(taxonomy: unknown): readonly LanguagePack[] {
  if (taxonomy === defaultTaxonomy) return LANGUAGES;
  const entries = typeof taxonomy === "object" && taxonomy !== null ? (taxonomy as { entries?: unknown }).entries : undefined;
  if (!Array.isArray(entries)) return [];
  const known = fitted.get(taxonomy as object);
  if (known) return known;
  const keys = new Set(entries.map((entry: unknown) => (typeof entry === "object" && entry !== null ? (entry as { key?: unknown }).key : undefined)));
  // By the keys the taxonomy holds, so a copy of one gets the same packs, and each pack as it is when it keeps every
  // key: readers are built once per pack, and a copy of the built-in taxonomy is read by the built-in readers.
  const named = JSON.stringify([...keys].filter((key) => typeof key === "string").sort());
  let packs = fittedByKeys.get(named);
  if (!packs) {
    packs = LANGUAGES.map((pack) => (Object.keys(pack.needs).every((key) => keys.has(key)) ? pack : { ...pack, needs: Object.fromEntries(Object.entries(pack.needs).filter(([key]) => keys.has(key))) }));
    if (fittedByKeys.size >= KEY_SETS_KEPT) fittedByKeys.delete(fittedByKeys.keys().next().value!);
    fittedByKeys.set(named, packs);
  }
  fitted.set(taxonomy as object, packs);
  return packs;
}
import type { RecommendOptions, TeamOptions } from "./schema/options";
import type { Plan } from "./schema/plan";
import type { TeamPlan } from "./team/schema";
import { safely, type SafeResult } from "./validate/parse";
import { readBag } from "./validate/read";

/** What {@link createRecommender} takes; the built-in catalog and taxonomy fill what is left out. */
export interface CreateRecommenderConfig {
  readonly catalog?: unknown;
  readonly taxonomy?: unknown;
  readonly options?: RecommendOptions;
}

/**
 * Validates and indexes a catalog and taxonomy once (the built-in ones by
 * default), so each plan does only per-profile work.
 *
 * @example
 * ```ts
 * const r = createRecommender();
 * const plan = r.recommend(
 *   { challenges: ["burnt out from overtime and the commute"] },
 *   { asOf: "2026-01-05" },
 * );
 * plan.items[0].kind; // "working-condition"
 * ```
 */
export function createRecommender(config: CreateRecommenderConfig = {}): Recommender {
  const bag = readBag("config", config);
  return createCore({
    catalog: bag.catalog ?? defaultCatalog,
    taxonomy: bag.taxonomy ?? defaultTaxonomy,
    revision,
    team,
    typos,
    learned: LEARNED,
    languages: languagesFor(bag.taxonomy ?? defaultTaxonomy),
    // Checked by the core, like every option.
    ...(bag.options ? { options: bag.options as RecommendOptions } : {}),
  });
}

/** Options of the one-shot {@link recommend}: a plan's options plus the data to use. */
export interface OneShotOptions extends RecommendOptions {
  readonly catalog?: unknown;
  readonly taxonomy?: unknown;
}

// Recommenders built by the one-shot call, per catalog and taxonomy object,
// so typing in a screen does not re-validate the catalog on every keystroke.
const built = new WeakMap<object, WeakMap<object, Recommender>>();

function recommenderFor(catalog: unknown, taxonomy: unknown): Recommender {
  if (typeof catalog !== "object" || catalog === null || typeof taxonomy !== "object" || taxonomy === null) {
    return createCore({ catalog, taxonomy, revision, team, typos, learned: LEARNED, languages: languagesFor(taxonomy) });
  }
  let byTaxonomy = built.get(catalog);
  if (!byTaxonomy) built.set(catalog, (byTaxonomy = new WeakMap()));
  let recommender = byTaxonomy.get(taxonomy);
  if (!recommender) byTaxonomy.set(taxonomy, (recommender = createCore({ catalog, taxonomy, revision, team, typos, learned: LEARNED, languages: languagesFor(taxonomy) })));
  return recommender;
}

/**
 * One plan in one call, on the built-in data unless `catalog`/`taxonomy`
 * are given. Throws `ValidationError` on bad input.
 *
 * @example
 * ```ts
 * const plan = recommend(
 *   { motivations: ["I want to grow into a lead role"], challenges: ["I freeze when I present"] },
 *   { asOf: "2026-01-05" },
 * );
 * ```
 */
export function recommend(profile: unknown, options: OneShotOptions = {}): Plan {
  const { catalog, taxonomy, ...rest } = readBag("options", options);
  return recommenderFor(catalog ?? defaultCatalog, taxonomy ?? defaultTaxonomy).recommend(profile, rest);
}

/** {@link recommend} that returns `{ success, output | issues }` instead of throwing. */
export function safeRecommend(profile: unknown, options: OneShotOptions = {}): SafeResult<Plan> {
  return safely(() => recommend(profile, options));
}

/** Options of the one-shot {@link recommendForTeam}: a team plan's options plus the data to use. */
export interface OneShotTeamOptions extends TeamOptions {
  readonly catalog?: unknown;
  readonly taxonomy?: unknown;
}

/**
 * Plans for a whole team in one call, on the built-in data unless
 * `catalog`/`taxonomy` are given: one plan per profile id, internal
 * mentoring pairs (people with an agreed 360° strength mentor colleagues
 * who need it, at most `mentorCapacity` each), and catalog seats and an
 * optional `teamBudget` shared so the largest uncovered needs choose first.
 * Every profile needs its own `id`. Throws `ValidationError` on bad input.
 *
 * @example
 * ```ts
 * const team = recommendForTeam(
 *   [
 *     { id: "ana", feedback: [
 *       { competency: "negotiation", rater: "self", score: 5 },
 *       { competency: "negotiation", rater: "manager", score: 5 },
 *       { competency: "negotiation", rater: "peer", score: 4.5 },
 *     ] },
 *     { id: "ben", goals: ["negotiate bigger enterprise contracts"] },
 *   ],
 *   { asOf: "2026-01-05", teamBudget: { amount: 5000, currency: "EUR" } },
 * );
 * team.pairs[0]; // { mentorId: "ana", menteeId: "ben", need: "negotiation", … }
 * ```
 */
export function recommendForTeam(profiles: unknown, options: OneShotTeamOptions = {}): TeamPlan {
  const { catalog, taxonomy, ...rest } = readBag("options", options);
  return recommenderFor(catalog ?? defaultCatalog, taxonomy ?? defaultTaxonomy).recommendForTeam(profiles, rest);
}

/** {@link recommendForTeam} that returns `{ success, output | issues }` instead of throwing. */
export function safeRecommendForTeam(profiles: unknown, options: OneShotTeamOptions = {}): SafeResult<TeamPlan> {
  return safely(() => recommendForTeam(profiles, options));
}

/** Options of {@link importCatalog}: the taxonomy defaults to the built-in one. */
export interface ImportCatalogDefaultsOptions extends ImportOptions {
  readonly taxonomy?: unknown;
  /** Language packs to tag courses in other languages with; default Spanish, French and German. */
  readonly languages?: readonly LanguagePack[];
  /**
   * The learned course tagging (`CourseModelSchema`): default the built-in
   * one (`tailorplan/data/model/courses.json`, learned from hand-labelled
   * courses); `false` tags by the taxonomy's phrasings alone.
   */
  readonly learned?: unknown;
}

/**
 * Imports a course export (rows from a CSV or JSON file) as catalog items
 * tagged with the taxonomy's keys (the built-in taxonomy unless one is
 * given), with a report of every row: imported with its tags, left out and
 * why, values misread and what was used. See the README, "Import your
 * catalog".
 *
 * @example
 * ```ts
 * const { catalog, report } = importCatalog([
 *   { title: "Python for Data Analysis", skills: "Python, Pandas, Data Analysis", duration: "6 Weeks", level: "Beginner" },
 *   { title: "Medieval Castles", skills: "History" },
 * ]);
 * catalog.length; // 1
 * report.leftOut[0].reason; // "no-key"
 * const r = createRecommender({ catalog: [...catalog, ...defaultCatalog.filter((item) => item.kind !== "training")] });
 * ```
 */
export function importCatalog(rows: unknown, options: ImportCatalogDefaultsOptions = {}): ImportResult {
  const bag = readBag("options", options);
  return importCore(rows, { languages: languagesFor(bag.taxonomy ?? defaultTaxonomy), ...bag, learned: bag.learned === undefined ? courseModel : bag.learned, taxonomy: bag.taxonomy ?? defaultTaxonomy } as ImportOptions & { taxonomy: unknown });
}

/**
 * {@link importCatalog} that returns `{ success, output | issues }` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeImportCatalog(rows, { columns: { title: "Course" } });
 * if (!result.success) console.log(result.issues);
 * ```
 */
export function safeImportCatalog(rows: unknown, options?: ImportCatalogDefaultsOptions): SafeResult<ImportResult> {
  return safely(() => importCatalog(rows, options));
}
