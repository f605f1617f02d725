import * as z from "zod/mini";
import { IsoDateSchema, MoneySchema } from "../schema/common";
import { PlanSchema } from "../schema/plan";

/** One internal mentoring pair: a person colleagues rate strong in a competency and a colleague who needs it. */
export const MentorPairSchema = z.object({
  mentorId: z.string(),
  menteeId: z.string(),
  /** The taxonomy key of the strength the mentor passes on and the mentee needs. */
  need: z.string(),
  label: z.string(),
  /** Why these two, for the person who runs the team's plans. */
  reason: z.string(),
  start: IsoDateSchema,
  end: IsoDateSchema,
  hoursPerWeek: z.number(),
});
export type MentorPair = z.infer<typeof MentorPairSchema>;

/** Something about the team as a whole: shared limits that ran out, mentors who were all taken. */
export const TeamWarningSchema = z.object({
  code: z.enum(["seats", "team-budget", "currency", "mentor-capacity", "mentor-time"]),
  message: z.string(),
  /** The people it concerns, by profile id. */
  profileIds: z.array(z.string()),
  need: z.optional(z.string()),
  itemId: z.optional(z.string()),
});
export type TeamWarning = z.infer<typeof TeamWarningSchema>;

/** How a shared limit was used across the team. */
export const SharedUseSchema = z.object({
  budget: z.nullable(z.object({ limit: MoneySchema, spent: z.number() })),
  /** Every catalog item with a seat limit that served someone in the team. */
  seats: z.array(z.object({ id: z.string(), title: z.string(), seats: z.int(), taken: z.int() })),
});
export type SharedUse = z.infer<typeof SharedUseSchema>;

/**
 * Someone colleagues rate strong in a competency, or who mentors it: for an
 * HR screen that thanks them. Comments are colleagues' words; who wrote
 * them, and who rated, is never shown.
 */
export const RecognitionSchema = z.object({
  profileId: z.string(),
  name: z.optional(z.string()),
  /** The taxonomy key of the competency. */
  need: z.string(),
  /** The competency's label, as a skill is named (never a complaint's wording). */
  label: z.string(),
  /** Colleagues' mean rating, to one decimal, on the rating scale. */
  rating: z.number(),
  /** How many colleagues (not the person) rated it. */
  raters: z.int(),
  /** The colleagues they mentor in it, by profile id. */
  mentees: z.array(z.string()),
  comments: z.array(z.string()),
  /** One sentence to show: "3 colleagues rate Ana's Negotiation 5.0/5 on average, and Ana mentors Ben in it." */
  text: z.string(),
});
export type Recognition = z.infer<typeof RecognitionSchema>;

/** The result of a team plan: one plan per person, the mentoring pairs and the shared limits. */
export const TeamPlanSchema = z.object({
  /** Profile id to that person's plan, in the order the profiles were given. */
  plans: z.record(z.string(), PlanSchema),
  pairs: z.array(MentorPairSchema),
  shared: SharedUseSchema,
  warnings: z.array(TeamWarningSchema),
  /** People whose colleagues rate them strong, and whom they mentor: see {@link RecognitionSchema}. */
  recognition: z.array(RecognitionSchema),
});
export type TeamPlan = z.infer<typeof TeamPlanSchema>;
