import * as z from "zod/mini";

/** Career levels, lowest first; a catalog item's `level` range is read in this order. */
export const LEVELS = ["junior", "mid", "senior", "lead", "manager"] as const;
export const LevelSchema = z.enum(LEVELS);
export type Level = z.infer<typeof LevelSchema>;

/** The three kinds of development action a plan mixes. */
export const ITEM_KINDS = ["training", "mentoring", "working-condition"] as const;
export const ItemKindSchema = z.enum(ITEM_KINDS);
export type ItemKind = z.infer<typeof ItemKindSchema>;

/** How an item is delivered; employees may prefer some formats. */
export const FORMATS = ["in-person", "online", "self-paced", "cohort", "one-to-one", "on-the-job"] as const;
export const FormatSchema = z.enum(FORMATS);
export type Format = z.infer<typeof FormatSchema>;

/**
 * How demanding a course is, which is not a career level: a senior may need
 * beginner material in a skill new to them. Scoring reads it against 360°
 * patterns: an agreed-low competency wants beginner material, a strength
 * advanced material.
 */
export const DIFFICULTIES = ["beginner", "intermediate", "advanced"] as const;
export const DifficultySchema = z.enum(DIFFICULTIES);
export type Difficulty = z.infer<typeof DifficultySchema>;

/** Longest free-text statement we accept: enough for a paragraph, not a document. */
export const MAX_TEXT = 2000;


/** Free text written by a person (statements, comments, descriptions). */
export const text = (max = MAX_TEXT) =>
  z.string().check(z.minLength(1), z.maxLength(max), z.refine((s) => s.trim().length > 0, { message: "must not be blank" }));

/** Identifiers of profiles and catalog items: letters, digits and `._:/@+-`, no spaces. */
export const IdSchema = z.string().check(
  z.minLength(1),
  z.maxLength(200),
  z.regex(/^[\p{L}\p{N}][\p{L}\p{N}._:/@+-]*$/u, {
    message: "must be an id: letters, digits and . _ : / @ + - only, no spaces",
  }),
);

/** Taxonomy keys are lowercase kebab-case (`public-speaking`). */
export const KeySchema = z.string().check(
  z.maxLength(100),
  z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "must be a lowercase-kebab-case key such as public-speaking" }),
);

/** A calendar date, `YYYY-MM-DD`; times and zones are deliberately not accepted. */
export const IsoDateSchema = z.iso.date({ message: "must be a real calendar date written YYYY-MM-DD" });

/** BCP 47 primary language subtag, optionally with a region (`en`, `de`, `pt-BR`). */
export const LanguageSchema = z.string().check(
  z.regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, { message: "must be a language code such as en, de or pt-BR" }),
);

/** An amount of money; amounts are never negative. */
export const MoneySchema = z.strictObject({
  amount: z.number().check(z.gte(0), z.lte(1e9)),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/, { message: "must be a three-letter currency code such as EUR" })),
});
export type Money = z.infer<typeof MoneySchema>;

export const hours = () => z.number().check(z.gte(0), z.lte(80));
