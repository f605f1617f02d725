import * as z from "zod/mini";
import { IdSchema, text } from "./common";

/** Where an item of an earlier plan stands at a check-in. */
export const PROGRESS_STATUSES = ["done", "in-progress", "dropped", "not-started"] as const;
export const ProgressStatusSchema = z.enum(PROGRESS_STATUSES);
export type ProgressStatus = z.infer<typeof ProgressStatusSchema>;

/**
 * What the employee says about one item at a check-in: its status, how much
 * it helped (1 not at all to 5 a lot) and a note in their own words.
 */
export const ItemProgressSchema = z.strictObject({
  status: ProgressStatusSchema,
  helped: z.optional(z.int().check(z.gte(1), z.lte(5))),
  note: z.optional(text(1000)),
});
export type ItemProgress = z.infer<typeof ItemProgressSchema>;

/** Item id (of the earlier plan) to where it stands. */
export const ProgressSchema = z.record(IdSchema, ItemProgressSchema);
export type Progress = z.infer<typeof ProgressSchema>;

/** What a revision did to one item. */
export const CHANGE_KINDS = ["kept", "added", "removed", "rescheduled"] as const;
export const ChangeKindSchema = z.enum(CHANGE_KINDS);
export type ChangeKind = z.infer<typeof ChangeKindSchema>;

/** One line of a revision: an item of the earlier or the new plan, what happened to it and why, in plain words. */
export const ChangeSchema = z.object({
  itemId: z.string(),
  change: ChangeKindSchema,
  reason: z.string(),
});
export type Change = z.infer<typeof ChangeSchema>;
