import * as z from "zod/mini";
import {
  FormatSchema,
  hours,
  IdSchema,
  IsoDateSchema,
  LanguageSchema,
  KeySchema,
  LevelSchema,
  MoneySchema,
  text,
} from "./common";

/** A statement in the employee's own words, optionally weighted (default weight 1). */
export const StatementSchema = z.union([
  text(),
  z.strictObject({
    text: text(),
    weight: z.optional(z.number().check(z.gt(0), z.lte(10))),
  }),
]);
export type Statement = z.infer<typeof StatementSchema>;

export const HorizonSchema = z.enum(["short", "long"]);
export type Horizon = z.infer<typeof HorizonSchema>;

/** A goal; `targetDate` decides the horizon when given, then `horizon`, then the default. */
export const GoalSchema = z.union([
  text(),
  z.strictObject({
    text: text(),
    weight: z.optional(z.number().check(z.gt(0), z.lte(10))),
    horizon: z.optional(HorizonSchema),
    targetDate: z.optional(IsoDateSchema),
    successMeasure: z.optional(text(500)),
  }),
]);
export type Goal = z.infer<typeof GoalSchema>;

/** Who gave a 360° rating. Their identity is never asked for and never shown. */
export const RaterSchema = z.enum(["self", "manager", "peer", "report"]);
export type Rater = z.infer<typeof RaterSchema>;

/** One 360° rating of one competency. The scale is `options.ratingScale` (1–5 by default). */
export const RatingSchema = z.strictObject({
  competency: text(200),
  rater: RaterSchema,
  /**
   * Who rated, so that two ratings by one person count once. Used only to
   * count raters: it never appears in a plan.
   */
  raterId: z.optional(IdSchema),
  score: z.number(),
  comment: z.optional(text(1000)),
  /** When the rating was given; without it, the profile's `askedAt`. Older than `staleAfterMonths`, it is asked for again. */
  ratedAt: z.optional(IsoDateSchema),
});
export type Rating = z.infer<typeof RatingSchema>;

export const ConstraintsSchema = z.strictObject({
  hoursPerWeek: z.optional(hours()),
  budget: z.optional(MoneySchema),
  horizonWeeks: z.optional(z.int().check(z.gte(1), z.lte(260))),
  startDate: z.optional(IsoDateSchema),
  formats: z.optional(z.array(FormatSchema).check(z.maxLength(20))),
  languages: z.optional(z.array(LanguageSchema).check(z.maxLength(20))),
  exclude: z.optional(z.array(IdSchema).check(z.maxLength(10_000))),
  completed: z.optional(z.array(IdSchema).check(z.maxLength(10_000))),
});
export type Constraints = z.infer<typeof ConstraintsSchema>;

/**
 * An answer to one of a plan's questions: the chosen option keys (taxonomy
 * keys, or `other` for "something else"), or the employee's own words,
 * read like the statement the question asked about.
 */
export const AnswerSchema = z.union([z.array(KeySchema).check(z.minLength(1), z.maxLength(20)), text()]);
export type Answer = z.infer<typeof AnswerSchema>;

/** Question ids as plans give them (`unsure-1a2b3c4d`, `goals`…). */
export const QuestionIdSchema = z.string().check(
  z.minLength(1),
  z.maxLength(200),
  z.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, { message: "must be a question id from a plan, such as unsure-1a2b3c4d" }),
);

/**
 * One employee, in their own words. Every field is optional: a profile with
 * nothing in it gets a plan made only of questions, because we ask rather
 * than assume.
 */
export const ProfileSchema = z.strictObject({
  id: z.optional(IdSchema),
  name: z.optional(text(200)),
  role: z.optional(text(200)),
  level: z.optional(LevelSchema),
  /**
   * The language the employee writes in ("es", "de-AT"): statements are read
   * in it unless their own words are plainly another language's, and the
   * plan speaks it unless `options.locale` says otherwise.
   */
  language: z.optional(LanguageSchema),
  motivations: z.optional(z.array(StatementSchema).check(z.maxLength(50))),
  challenges: z.optional(z.array(StatementSchema).check(z.maxLength(50))),
  goals: z.optional(z.array(GoalSchema).check(z.maxLength(50))),
  feedback: z.optional(z.array(RatingSchema).check(z.maxLength(1000))),
  constraints: z.optional(ConstraintsSchema),
  askedAt: z.optional(IsoDateSchema),
  /**
   * Answers to an earlier plan's questions, by question id: the chosen keys
   * (`["time-pressure"]`, `["other"]`) or free text. Read on the next call;
   * an answered question does not come back.
   */
  answers: z.optional(
    z.record(QuestionIdSchema, AnswerSchema).check(
      z.refine((answers) => Object.keys(answers).length <= 500, { message: "must hold at most 500 answers" }),
      z.describe(
        "Answers to an earlier plan's questions, by question id: the chosen option keys (taxonomy keys, or \"other\" for something else) or free text, read like the statement the question asked about. An answered question does not come back; an answer no open question has is ignored with a warning.",
      ),
    ),
  ),
});
export type Profile = z.infer<typeof ProfileSchema>;
