import * as z from "zod/mini";
import { KeySchema, text } from "./common";
import { LanguageCodeSchema, LanguagePackSchema } from "./language";

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
  /**
   * The key the same words mean when said the other way round: "the pay is
   * low" is `pay-dissatisfaction`, not `income`. Read from the words around
   * the match ("low", "no", "not a problem") and, when they say nothing, from
   * whether the statement is a motivation or a challenge.
   */
  opposite: z.optional(KeySchema),
  /**
   * A topic read both ways (benefits, the manager, the culture): good or bad
   * words around it never move it to another key.
   */
  neutral: z.optional(z.boolean()),
  /**
   * A skill or habit of the person (public speaking, delegating): read only
   * when the words are about them. "The leadership team reorganised us" is not
   * a leadership gap of the employee. Competencies are always personal.
   */
  personal: z.optional(z.boolean()),
  /**
   * Words with more than one sense, each with the words of which one must be in
   * the same sentence for it to count for this key: `{ "program": ["code",
   * "python"] }` keeps "the onboarding program" away from programming.
   */
  senses: z.optional(z.record(z.string().check(z.maxLength(50)), z.array(z.string().check(z.maxLength(50))).check(z.maxLength(100)))),
});
export type TaxonomyEntry = z.infer<typeof TaxonomyEntrySchema>;

export const TaxonomySchema = z.strictObject({
  version: z.optional(z.string().check(z.maxLength(50))),
  /** The language of the entries' labels and synonyms (default "en"). */
  language: z.optional(LanguageCodeSchema),
  entries: z.array(TaxonomyEntrySchema).check(z.minLength(1), z.maxLength(20_000)),
  /** More languages the taxonomy is read and spoken in: language packs, as `tailorplan/lang/de` exports them. */
  languages: z.optional(z.array(LanguagePackSchema).check(z.maxLength(50))),
});
export type Taxonomy = z.infer<typeof TaxonomySchema>;
