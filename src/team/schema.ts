import * as z from "zod/mini";
import { IsoDateSchema, MoneySchema } from "../schema/common";
import { PlanSchema } from "../schema/plan";

/** One internal mentoring pair: a person with an agreed strength and a colleague who needs it. */
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

/** The result of a team plan: one plan per person, the mentoring pairs and the shared limits. */
export const TeamPlanSchema = z.object({
  /** Profile id to that person's plan, in the order the profiles were given. */
  plans: z.record(z.string(), PlanSchema),
  pairs: z.array(MentorPairSchema),
  shared: SharedUseSchema,
  warnings: z.array(TeamWarningSchema),
});
export type TeamPlan = z.infer<typeof TeamPlanSchema>;
