import * as z from "zod/mini";
import {
  DifficultySchema,
  FormatSchema,
  hours,
  IdSchema,
  IsoDateSchema,
  ItemKindSchema,
  KeySchema,
  LanguageSchema,
  LEVELS,
  LevelSchema,
  MoneySchema,
  text,
} from "./common";

/** A taxonomy key an item serves, with how strongly (0–1, default 1). */
export const AddressSchema = z.union([
  KeySchema,
  z.strictObject({ key: KeySchema, strength: z.optional(z.number().check(z.gt(0), z.lte(1))) }),
]);
export type Address = z.infer<typeof AddressSchema>;

export const LevelRangeSchema = z
  .strictObject({ min: LevelSchema, max: LevelSchema })
  .check(
    z.refine((r) => LEVELS.indexOf(r.min) <= LEVELS.indexOf(r.max), {
      message: "min must not be above max (junior < mid < senior < lead < manager)",
    }),
  );

export const AvailabilitySchema = z.strictObject({
  starts: z.optional(z.array(IsoDateSchema).check(z.maxLength(1000))),
  seats: z.optional(z.int().check(z.gte(0), z.lte(1_000_000))),
});

/** Longest description an item may carry; an import trims longer ones and says so. */
export const MAX_DESCRIPTION = 5000;

/** A link to the item's page: http or https only, so a screen can render it as a link safely. */
export const UrlSchema = z.string().check(
  z.maxLength(2000),
  z.regex(/^https?:\/\/[^\s]+$/i, { message: "must be a web address starting with http:// or https://, without spaces" }),
);

/** One thing a plan can contain: a training, a mentoring option or a working-condition change. */
export const CatalogItemSchema = z.strictObject({
  id: IdSchema,
  kind: ItemKindSchema,
  title: text(300),
  description: z.optional(text(MAX_DESCRIPTION)),
  addresses: z.array(AddressSchema).check(z.minLength(1), z.maxLength(50)),
  hoursPerWeek: hours(),
  weeks: z.int().check(z.gte(1), z.lte(260)),
  cost: MoneySchema,
  format: FormatSchema,
  /** Who offers or runs it (a course provider, a university, a team); an item that did not help makes others by the same provider count less for that need. */
  provider: z.optional(text(200)),
  level: z.optional(LevelRangeSchema),
  roles: z.optional(z.array(text(100)).check(z.maxLength(50))),
  language: z.optional(LanguageSchema),
  prerequisites: z.optional(z.array(IdSchema).check(z.maxLength(50))),
  availability: z.optional(AvailabilitySchema),
  /** Where the item is described or booked, carried into the plan so a screen can link to it. */
  url: z.optional(UrlSchema),
  /** How demanding the material is, apart from the career levels it suits (`level`). */
  difficulty: z.optional(DifficultySchema),
});
export type CatalogItem = z.infer<typeof CatalogItemSchema>;

export const CatalogSchema = z.array(CatalogItemSchema).check(z.maxLength(200_000));
export type Catalog = z.infer<typeof CatalogSchema>;
