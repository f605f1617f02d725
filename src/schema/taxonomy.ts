import * as z from "zod/mini";
import { KeySchema, text } from "./common";

/** What a taxonomy key describes: what moves people, what holds them back, what they can do. */
export const NEED_KINDS = ["motivation", "challenge", "competency"] as const;
export const NeedKindSchema = z.enum(NEED_KINDS);
export type NeedKind = z.infer<typeof NeedKindSchema>;

export const TaxonomyEntrySchema = z.strictObject({
  key: KeySchema,
  kind: NeedKindSchema,
  label: text(100),
  synonyms: z.array(text(200)).check(z.maxLength(200)),
  /** Other keys close to this one; items serving them count a little. */
  related: z.optional(z.array(KeySchema).check(z.maxLength(20))),
  /**
   * A high job demand (workload, commute, micromanagement…): best answered by
   * changing the working conditions, not by another course.
   */
  demand: z.optional(z.boolean()),
});
export type TaxonomyEntry = z.infer<typeof TaxonomyEntrySchema>;

export const TaxonomySchema = z.strictObject({
  version: z.optional(z.string().check(z.maxLength(50))),
  entries: z.array(TaxonomyEntrySchema).check(z.minLength(1), z.maxLength(20_000)),
});
export type Taxonomy = z.infer<typeof TaxonomySchema>;
