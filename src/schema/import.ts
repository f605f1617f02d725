import * as z from "zod/mini";
import { DifficultySchema, FormatSchema, hours, ItemKindSchema, LanguageSchema } from "./common";

/** The catalog fields an import reads from a course export's columns. */
export const IMPORT_FIELDS = [
  "id",
  "title",
  "description",
  "skills",
  "duration",
  "price",
  "paid",
  "currency",
  "level",
  "language",
  "url",
  "provider",
  "format",
  "kind",
] as const;
export const ImportFieldSchema = z.enum(IMPORT_FIELDS);
export type ImportField = z.infer<typeof ImportFieldSchema>;

const columnName = () => z.string().check(z.minLength(1), z.maxLength(200));

/**
 * Which column holds which field, when the usual names do not find it:
 * `{ title: "Course" }`. `description`, `skills` and `duration` may name
 * several columns, read together.
 */
export const ImportColumnsSchema = z.strictObject(
  Object.fromEntries(IMPORT_FIELDS.map((field) => [field, z.optional(z.union([columnName(), z.array(columnName()).check(z.minLength(1), z.maxLength(20))]))])) as Record<
    ImportField,
    z.ZodMiniOptional<z.ZodMiniUnion<[z.ZodMiniString, z.ZodMiniArray<z.ZodMiniString>]>>
  >,
);
export type ImportColumns = z.infer<typeof ImportColumnsSchema>;

/** What an import uses where a row says nothing (or nothing readable). */
export const ImportDefaultsSchema = z.strictObject({
  /** Every imported item's kind, unless a `kind` column says otherwise; "training" by default. */
  kind: z.optional(ItemKindSchema),
  /** Delivery, unless a `format` column says; "self-paced" by default, as most exported courses are. */
  format: z.optional(FormatSchema),
  /** Currency of prices that name none; "USD" by default. */
  currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/, { message: "must be a three-letter currency code such as EUR" }))),
  /** Weekly hours when a duration gives only weeks or nothing; 3 by default. */
  hoursPerWeek: z.optional(hours().check(z.gt(0))),
  /** Weeks when a duration gives only weekly hours or nothing; 4 by default. */
  weeks: z.optional(z.int().check(z.gte(1), z.lte(260))),
  language: z.optional(LanguageSchema),
  difficulty: z.optional(DifficultySchema),
  /**
   * Free-to-audit courses with a paid certificate ("FREE-Add a Verified
   * Certificate for $49 USD"): `free` (default) plans them at 0, as the
   * learning itself costs nothing; `certificate` plans the certificate's price.
   */
  audit: z.optional(z.enum(["free", "certificate"])),
  /** Put before ids made from titles ("course-" by default), to keep them apart from other catalogs' ids. */
  idPrefix: z.optional(z.string().check(z.maxLength(50), z.regex(/^(?:[\p{L}\p{N}][\p{L}\p{N}._:/@+-]*)?$/u, { message: "must be usable in an id: letters, digits and . _ : / @ + - only" }))),
});
export type ImportDefaults = z.infer<typeof ImportDefaultsSchema>;

/** The options of `importCatalog`; the taxonomy is checked on its own. */
export const ImportOptionsSchema = z.strictObject({
  columns: z.optional(ImportColumnsSchema),
  defaults: z.optional(ImportDefaultsSchema),
  /**
   * Confidence a tag needs to be kept (0–1). Below it a course serves no
   * key and is left out, named in the report with its closest key.
   */
  minConfidence: z.optional(z.number().check(z.gte(0), z.lte(1))),
  /** Most keys one course is tagged with, its main subject first. */
  maxTags: z.optional(z.int().check(z.gte(1), z.lte(10))),
});
export type ImportOptions = z.infer<typeof ImportOptionsSchema>;

/** Where a tag's words were found. */
export const TAG_SOURCES = ["title", "skills", "description"] as const;

export const ImportTagSchema = z.object({
  key: z.string(),
  label: z.string(),
  /** How sure the reading is (0–1); the item's `strength` for this key. */
  confidence: z.number(),
  /** The course's own words that led to it. */
  words: z.array(z.string()),
  from: z.array(z.enum(TAG_SOURCES)),
});
export type ImportTag = z.infer<typeof ImportTagSchema>;

export const ImportedRowSchema = z.object({
  /** 1-based position of the row in the input (the first record after a CSV's header is 1). */
  row: z.int(),
  id: z.string(),
  title: z.string(),
  tags: z.array(ImportTagSchema),
});
export type ImportedRow = z.infer<typeof ImportedRowSchema>;

export const LEFT_OUT_REASONS = ["no-key", "title-missing"] as const;

export const LeftOutRowSchema = z.object({
  row: z.int(),
  title: z.optional(z.string()),
  /** `no-key`: the course serves no key of the taxonomy sure enough; `title-missing`: nothing to call it. */
  reason: z.enum(LEFT_OUT_REASONS),
  /**
   * For `no-key`: the key it came closest to, which was not enough. With the learned course tagging its `confidence`
   * is the model's chance for the key; without, the phrasings' confidence below the threshold.
   */
  closest: z.optional(z.object({ key: z.string(), label: z.string(), confidence: z.number(), words: z.array(z.string()) })),
});
export type LeftOutRow = z.infer<typeof LeftOutRowSchema>;

export const MisreadSchema = z.object({
  row: z.int(),
  column: z.string(),
  /** The cell as it was (text; other values as JSON). */
  value: z.string(),
  /** What the catalog item has instead. */
  used: z.string(),
  message: z.string(),
});
export type Misread = z.infer<typeof MisreadSchema>;

export const ImportNoteSchema = z.object({
  row: z.int(),
  column: z.string(),
  kind: z.enum(["trimmed", "free-to-audit", "renamed-id"]),
  message: z.string(),
});
export type ImportNote = z.infer<typeof ImportNoteSchema>;

export const ImportReportSchema = z.object({
  summary: z.object({
    rows: z.int(),
    imported: z.int(),
    leftOut: z.object({ "no-key": z.int(), "title-missing": z.int() }),
    misread: z.int(),
    notes: z.int(),
    /** Imported items whose weekly hours or weeks the export did not give, so the defaults were used. */
    assumed: z.object({ hoursPerWeek: z.int(), weeks: z.int() }),
    /** How many imported items carry each key. */
    tags: z.record(z.string(), z.int()),
    /** Which columns were read as which field. */
    columns: z.record(z.string(), z.array(z.string())),
  }),
  imported: z.array(ImportedRowSchema),
  leftOut: z.array(LeftOutRowSchema),
  misread: z.array(MisreadSchema),
  notes: z.array(ImportNoteSchema),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;
