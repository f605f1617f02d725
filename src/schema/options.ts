import * as z from "zod/mini";
import { hours, IsoDateSchema, LanguageSchema, MoneySchema } from "./common";
import type { Plan } from "./plan";
import type { Progress } from "./revision";

// `previous` and `progress` are checked in full by the revision step (`src/revise`), with
// `PlanSchema` and `ProgressSchema`: an app that never revises does not ship those checks.
const previousPlan = () => z.optional(z.custom<Plan>());
const progressOf = () => z.optional(z.custom<Progress>());

const share = () => z.optional(z.number().check(z.gte(0), z.lte(100)));
const weight = () => z.optional(z.number().check(z.gte(0), z.lte(10)));

/**
 * Target shares of the plan's items by kind, in any unit (0.7/0.2/0.1 or
 * 70/20/10); they are normalised. The 70-20-10 model reads as
 * `{ "working-condition": 70, mentoring: 20, training: 10 }`: experience,
 * social, formal.
 */
export const MixSchema = z.strictObject({
  training: share(),
  mentoring: share(),
  "working-condition": share(),
});
export type Mix = z.infer<typeof MixSchema>;

/** Multipliers on how much each kind of need counts. */
export const WeightsSchema = z.strictObject({
  motivation: weight(),
  challenge: weight(),
  goal: weight(),
  feedback: weight(),
  shortGoal: weight(),
  longGoal: weight(),
});

/** When a 360° gap counts and whose voice weighs how much. */
export const FeedbackOptionsSchema = z.strictObject({
  /** Self minus others (or others minus self) at or above this is a blind spot (or hidden strength). */
  gap: z.optional(z.number().check(z.gt(0), z.lte(100))),
  /** Scores at or below this are low. */
  low: z.optional(z.number()),
  /** Scores at or above this are strong. */
  high: z.optional(z.number()),
  /** Other raters (not self) needed before a competency's ratings count. */
  minRaters: z.optional(z.int().check(z.gte(1), z.lte(100))),
  raterWeights: z.optional(
    z.strictObject({ manager: weight(), peer: weight(), report: weight() }),
  ),
});

/** Ends of a rating scale: far beyond any real form, and small enough that averages cannot overflow to Infinity. */
const scaleEnd = () => z.number().check(z.gte(-1_000_000), z.lte(1_000_000));

export const RatingScaleSchema = z
  .strictObject({ min: scaleEnd(), max: scaleEnd() })
  .check(z.refine((s) => s.min < s.max, { message: "min must be below max" }));

/** Options for one plan; every field has a default. */
export const RecommendOptionsSchema = z.strictObject({
  /** Today, for this plan: the start when the profile gives none, and the clock for "when did we last ask?". */
  asOf: z.optional(IsoDateSchema),
  maxItems: z.optional(z.int().check(z.gte(1), z.lte(100))),
  mix: z.optional(MixSchema),
  /** 0 piles items on the strongest need; 1 spreads them across needs. */
  diversity: z.optional(z.number().check(z.gte(0), z.lte(1))),
  horizonWeeks: z.optional(z.int().check(z.gte(1), z.lte(260))),
  /** Weekly hours when the profile says nothing. */
  hoursPerWeek: z.optional(hours()),
  /** Budget when the profile says nothing; without either, money is not limited. */
  budget: z.optional(MoneySchema),
  weights: z.optional(WeightsSchema),
  /** Statements matching below this confidence (0–1) go to `unmatched`. */
  minConfidence: z.optional(z.number().check(z.gte(0), z.lte(1))),
  /** Goals due within this many weeks are short-term. */
  shortGoalWeeks: z.optional(z.int().check(z.gte(1), z.lte(260))),
  checkInEveryWeeks: z.optional(z.int().check(z.gte(1), z.lte(52))),
  /** Answers older than this many months prompt "when did we last ask?". */
  staleAfterMonths: z.optional(z.int().check(z.gte(1), z.lte(120))),
  ratingScale: z.optional(RatingScaleSchema),
  feedback: z.optional(FeedbackOptionsSchema),
  /**
   * The language of the plan's explanations, questions and warnings ("de"):
   * one the recommender reads (English, or a language pack it was given).
   * Default: the profile's `language` when loaded, else the taxonomy's.
   */
  locale: z.optional(LanguageSchema),
  /** An earlier plan for this profile: the new plan revises it instead of starting over. */
  previous: previousPlan(),
  /** Where each item of `previous` stands, by item id; items not named are read from their dates. */
  progress: progressOf(),
});
export type RecommendOptions = z.infer<typeof RecommendOptionsSchema>;

/** Options of a team plan: one plan's options plus the shared limits. */
export const TeamOptionsSchema = z.extend(RecommendOptionsSchema, {
  /** An earlier team plan (or just its `plans`): each person's plan revises theirs. */
  previous: z.optional(z.custom<{ readonly plans: Readonly<Record<string, Plan>> }>()),
  /** Profile id to that person's progress. */
  progress: z.optional(z.custom<Readonly<Record<string, Progress>>>()),
  /** One pot of money for the whole team, on top of each person's own budget. */
  teamBudget: z.optional(MoneySchema),
  /** Mentees one internal mentor takes at most. */
  mentorCapacity: z.optional(z.int().check(z.gte(0), z.lte(50))),
});
export type TeamOptions = z.infer<typeof TeamOptionsSchema>;
