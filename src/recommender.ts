import { compose } from "./compose/select";
import { explain } from "./explain";
import { findNeeds } from "./needs";
import { applyAnswers } from "./needs/answers";
import type { TypoLookup } from "./needs/fuzzy";
import type { LearnedReading } from "./needs/learned";
import { createMatcher, type Matcher } from "./needs/matcher";
import type { Catalog } from "./schema/catalog";
import type { RecommendOptions, TeamOptions } from "./schema/options";
import type { Plan } from "./schema/plan";
import type { Profile } from "./schema/profile";
import type { Taxonomy } from "./schema/taxonomy";
import { indexCatalog, scoreItems, type CatalogIndex } from "./score";
import type { CheckIn, Revised, RevisionStep } from "./revise";
import { ValidationError } from "./errors";
import { baseLanguage } from "./i18n/locale";
import { resolveSettings } from "./settings";
import type { TeamContext } from "./team";
import type { TeamPlan } from "./team/schema";
import type { LanguagePack } from "./schema/language";
import { parseCatalog, parseLanguages, parseOptions, parseProfile, parseTaxonomy, safely, type SafeResult } from "./validate/parse";
import { readBag } from "./validate/read";

/** What {@link createRecommender} is built from. */
export interface RecommenderConfig {
  readonly catalog: unknown;
  readonly taxonomy: unknown;
  /** Defaults for every plan this recommender makes; a call's options win. */
  readonly options?: RecommendOptions;
  /**
   * The revision step (`revision` from `tailorplan`), for plans revised at a
   * check-in with `options.previous` and `progress`. The `tailorplan`
   * entry's recommenders have it; without it such options are refused.
   */
  readonly revision?: RevisionStep;
  /**
   * The team step (`team` from `tailorplan`), for `recommendForTeam`. The
   * `tailorplan` entry's recommenders have it; without it team plans are
   * refused, so screens that plan one person at a time do not carry it.
   */
  readonly team?: TeamStep;
  /**
   * How words are met despite typos (`typos` from `tailorplan`, fuse.js over
   * the taxonomy's words). The `tailorplan` entry's recommenders have it;
   * without it words are met as written, by stem or by word family.
   */
  readonly typos?: TypoLookup;
  /**
   * Language packs (`es` from `tailorplan/lang/es`…, or your own): the
   * languages statements are read in and plans speak, besides the
   * taxonomy's own and its `languages`. The `tailorplan` entry's
   * recommenders load English, Spanish, French and German.
   */
  readonly languages?: readonly LanguagePack[];
  /**
   * Readings learned from labelled statements (`createLearnedReading` over
   * `tailorplan/data/model/en.json`, `…/de.json`…, or your own model), one
   * or a list with one per language: what words the phrasings only
   * half-recognise, or do not know, most likely mean, asked about before a
   * plan acts on it. The `tailorplan` entry's recommenders have the
   * English, Spanish, French and German ones; without them only the
   * phrasings read.
   */
  readonly learned?: LearnedReading | readonly LearnedReading[];
}

/** The learned readings given, as a list; anything but `createLearnedReading`'s results is refused by its path. */
function parseLearned(input: unknown): readonly LearnedReading[] {
  if (input === undefined) return [];
  const list: readonly unknown[] = Array.isArray(input) ? input : [input];
  list.forEach((item, index) => {
    const reading = item as Partial<LearnedReading> | null;
    if (typeof reading !== "object" || reading === null || typeof reading.read !== "function" || typeof reading.amend !== "function" || typeof reading.language !== "string") {
      const path = Array.isArray(input) ? ["learned", index] : ["learned"];
      throw new ValidationError("config", [{ path, message: "must be a learned reading: createLearnedReading(model)" }]);
    }
  });
  return list as readonly LearnedReading[];
}

/** Plans a whole team on a prepared recommender: `team` from `tailorplan`. */
export type TeamStep = (context: TeamContext, profiles: unknown, options: unknown) => TeamPlan;

/** One item's standing for one profile, for screens that show "why not this?". */
export interface RankedItem {
  readonly id: string;
  readonly kind: Plan["items"][number]["kind"];
  readonly title: string;
  readonly score: number;
  readonly relevance: number;
  readonly fit: number;
  /** The needs it serves, by id. */
  readonly needs: readonly string[];
}

/** A validated, indexed catalog and taxonomy, ready to make plans. */
export interface Recommender {
  readonly catalog: Catalog;
  readonly taxonomy: Taxonomy;
  /** Makes one plan. Throws {@link ValidationError} on bad input, never a partial plan. */
  recommend(profile: unknown, options?: RecommendOptions): Plan;
  /** {@link Recommender.recommend} that returns `{ success, output | issues }` instead of throwing. */
  safeRecommend(profile: unknown, options?: RecommendOptions): SafeResult<Plan>;
  /** Every item that serves one of the profile's needs and passes its hard limits, best first. */
  rank(profile: unknown, options?: RecommendOptions): RankedItem[];
  /**
   * Plans for a whole team: one plan per profile id, internal mentoring
   * pairs from the strengths colleagues see, the people to thank for them,
   * and catalog seats and `teamBudget` shared
   * so the largest uncovered needs choose first. Every profile needs its
   * own `id`. Throws {@link ValidationError} on bad input.
   */
  recommendForTeam(profiles: unknown, options?: TeamOptions): TeamPlan;
  /** {@link Recommender.recommendForTeam} that returns `{ success, output | issues }` instead of throwing. */
  safeRecommendForTeam(profiles: unknown, options?: TeamOptions): SafeResult<TeamPlan>;
}

interface Prepared {
  readonly revision?: RevisionStep;
  readonly team?: TeamStep;
  readonly catalog: Catalog;
  readonly taxonomy: Taxonomy;
  readonly index: CatalogIndex;
  readonly matcher: Matcher;
  readonly defaults: RecommendOptions;
}

/** Merges a call's options over the recommender's; undefined never erases a default. */
function mergeOptions(defaults: RecommendOptions, options: RecommendOptions): RecommendOptions {
  const merged: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(options)) if (value !== undefined) merged[key] = value;
  return merged as RecommendOptions;
}

/**
 * The matcher one plan reads and speaks with: statements expected in the
 * profile's `language`, sentences and labels in `options.locale`, else the
 * profile's language when the recommender reads it, else the taxonomy's.
 */
export function speakerFor(matcher: Matcher, profile: Profile, options: RecommendOptions): Matcher {
  if (options.locale !== undefined && !matcher.languages.includes(baseLanguage(options.locale))) {
    throw new ValidationError("options", [
      { path: ["locale"], message: `"${options.locale}" is not a language this recommender speaks (${matcher.languages.join(", ")}): pass its language pack in \`languages\`` },
    ]);
  }
  // A language the matcher does not read leaves its own in place: the profile's is then only a preference.
  const locale = options.locale ?? profile.language;
  return matcher.localized({ ...(locale ? { locale } : {}), ...(profile.language ? { language: profile.language } : {}) });
}

/** Step 1: the options merged over the recommender's, the profile checked, every setting resolved, the plan's language chosen. */
function validate(prepared: Prepared, profileInput: unknown, optionsInput: unknown) {
  const options = mergeOptions(prepared.defaults, parseOptions(optionsInput));
  const profile = parseProfile(profileInput, options);
  const matcher = speakerFor(prepared.matcher, profile, options);
  return { profile, settings: { ...resolveSettings(profile, options), locale: matcher.locale }, options, matcher };
}

/** Step 1b, the check-in: what the revision step reads from `previous` and `progress`; a plan that starts over without one. */
export function readCheckIn(step: RevisionStep | undefined, ...args: Parameters<RevisionStep["readCheckIn"]>): CheckIn {
  if (step) return step.readCheckIn(...args);
  const [, profile, settings, options, at] = args;
  const given = (["previous", "progress"] as const).filter((key) => options[key] !== undefined);
  if (given.length > 0) {
    throw new ValidationError(
      "options",
      given.map((key) => ({
        path: at?.[key] ?? [key],
        message: 'needs the revision step: use createRecommender from "tailorplan", or pass { revision } from "tailorplan" to the one from "tailorplan/core"',
      })),
    );
  }
  return { profile, settings, standings: new Map(), lowerings: [], completed: [], dropped: [] };
}

/** Step 3b: scores as the check-in changes them, and what stays from the earlier plan. */
function revise(step: RevisionStep | undefined, ...args: Parameters<RevisionStep["reviseScores"]>): Revised {
  return step ? step.reviseScores(...args) : { scored: args[3], lowered: new Map(), notKept: new Map() };
}

/** Runs validate → check-in → needs → answers → score → compose → explain on one profile; a check-in adds the changes. */
export function runPipeline(prepared: Prepared, profileInput: unknown, optionsInput: unknown): Plan {
  const { revision, index } = prepared;
  const valid = validate(prepared, profileInput, optionsInput);
  const { matcher } = valid;
  const checkIn = readCheckIn(revision, index, valid.profile, valid.settings, valid.options);
  const { profile, settings } = checkIn;
  const read = findNeeds(profile, matcher, settings);
  const found = applyAnswers(read, profile, matcher, settings);
  const revised = revise(revision, checkIn, index, found.needs, scoreItems(index, found.needs, profile, settings));
  const composition = compose(index, revised.scored, found.needs, profile, settings, [], revised.kept);
  const plan = explain({ profile, settings, index, ...found, scored: revised.scored, composition });
  return revision ? revision.describeChanges(plan, checkIn, revised, composition, index) : plan;
}

/** Validates and indexes a catalog and taxonomy once. */
export function prepare(input: RecommenderConfig): Prepared {
  const config = readBag("config", input);
  const taxonomy = parseTaxonomy(config.taxonomy);
  const catalog = parseCatalog(config.catalog, taxonomy);
  const defaults = parseOptions(config.options);
  const revision = config.revision as RevisionStep | undefined;
  const team = config.team as TeamStep | undefined;
  const typos = config.typos as TypoLookup | undefined;
  const languages = parseLanguages(config.languages, taxonomy);
  const learned = parseLearned(config.learned);
  const matcher = createMatcher(taxonomy, { ...(typos ? { typos } : {}), languages, ...(learned.length > 0 ? { learned } : {}) });
  return { catalog, taxonomy, index: indexCatalog(catalog), matcher, defaults, ...(revision ? { revision } : {}), ...(team ? { team } : {}) };
}

/** Team plans, by the team step the recommender was given. */
function runTeamStep(prepared: Prepared, profiles: unknown, options: unknown): TeamPlan {
  if (!prepared.team) {
    throw new ValidationError("config", [
      { path: ["team"], message: 'needs the team step: use createRecommender from "tailorplan", or pass { team } from "tailorplan" to the one from "tailorplan/core"' },
    ]);
  }
  return prepared.team(prepared, profiles, options);
}

/**
 * Builds a recommender from an explicit catalog and taxonomy: they are
 * validated and indexed once, so each plan does only per-profile work.
 * The `tailorplan` entry's `createRecommender` fills in the built-in data.
 *
 * @example
 * ```ts
 * import { createRecommender } from "tailorplan/core";
 * const r = createRecommender({ catalog: myCatalog, taxonomy: myTaxonomy });
 * const plan = r.recommend({ challenges: ["I freeze when I present"] }, { asOf: "2026-01-05" });
 * ```
 */
export function createRecommender(config: RecommenderConfig): Recommender {
  const prepared = prepare(config);
  return {
    catalog: prepared.catalog,
    taxonomy: prepared.taxonomy,
    recommend: (profile, options) => runPipeline(prepared, profile, options),
    safeRecommend: (profile, options) => safely(() => runPipeline(prepared, profile, options)),
    recommendForTeam: (profiles, options) => runTeamStep(prepared, profiles, options),
    safeRecommendForTeam: (profiles, options) => safely(() => runTeamStep(prepared, profiles, options)),
    rank(profileInput, options) {
      // Every usable item, not only the strongest per need a plan looks at.
      const valid = validate(prepared, profileInput, options);
      const checkIn = readCheckIn(prepared.revision, prepared.index, valid.profile, valid.settings, valid.options);
      const { profile, settings } = checkIn;
      const found = applyAnswers(findNeeds(profile, valid.matcher, settings), profile, valid.matcher, settings);
      const all = scoreItems(prepared.index, found.needs, profile, settings, Number.POSITIVE_INFINITY);
      const { scored } = revise(prepared.revision, checkIn, prepared.index, found.needs, all);
      return scored.candidates.map((c) => {
        const item = prepared.index.items[c.position]!.item;
        return {
          id: item.id,
          kind: item.kind,
          title: item.title,
          score: Math.round(c.score * 1000) / 1000,
          relevance: Math.round(c.relevance * 1000) / 1000,
          fit: Math.round(c.fit * 1000) / 1000,
          needs: c.contributions.map(({ need }) => found.needs[need]!.id),
        };
      });
    },
  };
}

