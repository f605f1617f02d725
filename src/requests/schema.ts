import * as z from "zod/mini";
import { RecommendOptionsSchema } from "../schema/options";

/** The groups of colleagues a 360° request goes to; the employee's own rating is never asked for here. */
export const RaterGroupSchema = z.enum(["manager", "peer", "report"]);
export type RaterGroup = z.infer<typeof RaterGroupSchema>;

/** Options of {@link feedbackRequests}: a plan's options (for `asOf`, `feedback.minRaters`, `staleAfterMonths`) plus the team cap. */
export const FeedbackRequestOptionsSchema = z.extend(RecommendOptionsSchema, {
  /** In a team, no colleague is asked to rate more people than this. */
  maxPerRater: z.optional(z.int().check(z.gte(1), z.lte(100))),
});
export type FeedbackRequestOptions = z.infer<typeof FeedbackRequestOptionsSchema>;

/** Who to ask, and what. */
export const FeedbackAskSchema = z.object({
  group: RaterGroupSchema,
  /** How many people of the group to ask. */
  count: z.int(),
  /** In a team: the colleagues (profile ids) asked as peers, spread so nobody rates more than `maxPerRater` people. */
  colleagues: z.optional(z.array(z.string())),
  /** The short question to send them. */
  question: z.string(),
});
export type FeedbackAsk = z.infer<typeof FeedbackAskSchema>;

/** One competency of one person that needs (fresh) ratings before it can shape a plan. */
export const FeedbackRequestSchema = z.object({
  profileId: z.optional(z.string()),
  /** The taxonomy key. */
  competency: z.string(),
  /** The competency's label, as a skill is named. */
  label: z.string(),
  /** No other rater, fewer than `minRaters`, or enough but older than `staleAfterMonths`. */
  reason: z.enum(["no-ratings", "few-raters", "stale"]),
  /** Other raters whose ratings are recent enough to count. */
  raters: z.int(),
  /** Why it matters to this person, and why we ask. */
  why: z.string(),
  asks: z.array(FeedbackAskSchema),
});
export type FeedbackRequest = z.infer<typeof FeedbackRequestSchema>;
