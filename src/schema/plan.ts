import * as z from "zod/mini";
import { DifficultySchema, FormatSchema, IsoDateSchema, ItemKindSchema, MoneySchema } from "./common";
import { HorizonSchema } from "./profile";
import { ChangeSchema } from "./revision";

export const NEED_TYPES = ["motivation", "challenge", "goal", "feedback"] as const;
export const NeedTypeSchema = z.enum(NEED_TYPES);
export type NeedType = z.infer<typeof NeedTypeSchema>;

const finite = () => z.number();

export const ReasonSchema = z.object({
  /** The taxonomy key of the need served. */
  need: z.string(),
  /** The id of the need in `plan.needs`. */
  needId: z.string(),
  /** The employee's own words (or the 360° summary) behind that need. */
  quote: z.string(),
});
export type Reason = z.infer<typeof ReasonSchema>;

export const PlanItemSchema = z.object({
  id: z.string(),
  kind: ItemKindSchema,
  title: z.string(),
  format: FormatSchema,
  score: finite(),
  breakdown: z.object({ relevance: finite(), fit: finite(), gain: finite() }),
  reasons: z.array(ReasonSchema),
  explanation: z.string(),
  start: IsoDateSchema,
  end: IsoDateSchema,
  weeks: z.int(),
  hoursPerWeek: finite(),
  cost: MoneySchema,
  prerequisites: z.array(z.string()),
  /** The catalog item's link, provider and difficulty, when it has them. */
  url: z.optional(z.string()),
  provider: z.optional(z.string()),
  difficulty: z.optional(DifficultySchema),
  /**
   * On self-paced items: `as-listed` when taken at the catalog's hours per
   * week, `stretched` when spread over more weeks to fit the person's weekly
   * hours (the same total hours; `listed` keeps the catalog's pace).
   */
  pace: z.optional(
    z.object({
      mode: z.enum(["as-listed", "stretched"]),
      listed: z.object({ hoursPerWeek: finite(), weeks: z.int() }),
    }),
  ),
  /** Set on items a team plan adds: the other side of an internal mentoring pair. */
  pair: z.optional(z.object({ role: z.enum(["mentor", "mentee"]), partnerId: z.string(), need: z.string() })),
});
export type PlanItem = z.infer<typeof PlanItemSchema>;

export const NeedSchema = z.object({
  id: z.string(),
  key: z.string(),
  label: z.string(),
  type: NeedTypeSchema,
  /** The original statement, word for word, or a readable 360° summary. */
  source: z.string(),
  confidence: finite(),
  weight: finite(),
  horizon: z.optional(HorizonSchema),
  /** For feedback needs: which 360° pattern produced it. */
  pattern: z.optional(z.enum(["blind-spot", "agreed-low", "hidden-strength", "agreed-strength"])),
  /**
   * `false` while the words behind it were read unsure and a question (with
   * `options`) asks what was meant: such a need gets no items and spends
   * nothing until it is answered. Left out on every need the plan acts on.
   */
  confirmed: z.optional(z.literal(false)),
  coveredBy: z.array(z.string()),
});
export type Need = z.infer<typeof NeedSchema>;

/** A need a statement named only to say it is no trouble or does not matter: noted, never planned for. */
export const FineSchema = z.object({
  key: z.string(),
  label: z.string(),
  type: z.enum(["motivation", "challenge", "goal"]),
  /** The statement, word for word. */
  source: z.string(),
});
export type Fine = z.infer<typeof FineSchema>;

export const UnmatchedSchema = z.object({
  type: NeedTypeSchema,
  source: z.string(),
  /** The closest key we considered and rejected, if any, to help phrase the follow-up. */
  closest: z.optional(z.object({ key: z.string(), label: z.string(), confidence: finite() })),
});
export type Unmatched = z.infer<typeof UnmatchedSchema>;

/** One answer a question offers: a taxonomy key and its label, or `other` for "something else". */
export const QuestionOptionSchema = z.object({
  key: z.string(),
  label: z.string(),
});
export type QuestionOption = z.infer<typeof QuestionOptionSchema>;

export const QuestionSchema = z.object({
  /**
   * Stable across calls and across reordering of the statements: the key of
   * the profile's `answers` that answers it.
   */
  id: z.string(),
  /** What the question is about: a field, a need key or a statement. */
  about: z.string(),
  text: z.string(),
  why: z.string(),
  /**
   * For words we read unsure: the keys they may mean, best first, then
   * `{ key: "other", label: "Something else" }`. Answer with the chosen keys.
   */
  options: z.optional(z.array(QuestionOptionSchema)),
});
export type Question = z.infer<typeof QuestionSchema>;

export const WarningSchema = z.object({
  code: z.enum([
    "budget",
    "hours",
    "horizon",
    "max-items",
    "language",
    "excluded",
    "no-item",
    "currency",
    "seats",
    "prerequisite",
    "answer",
  ]),
  message: z.string(),
  need: z.optional(z.string()),
  /** For `answer` warnings: the id of the answer that was not read. */
  question: z.optional(z.string()),
});
export type Warning = z.infer<typeof WarningSchema>;

const KindTotalsSchema = z.object({ count: z.int(), hours: finite(), share: finite(), target: finite() });

export const PlanSchema = z.object({
  profileId: z.optional(z.string()),
  /** The language the plan's sentences are written in ("en", "de"): `options.locale`, else the profile's language, else the taxonomy's. */
  locale: z.optional(z.string()),
  asOf: IsoDateSchema,
  start: IsoDateSchema,
  end: IsoDateSchema,
  items: z.array(PlanItemSchema),
  needs: z.array(NeedSchema),
  unmatched: z.array(UnmatchedSchema),
  /** What the employee said is fine ("public speaking is not a problem for me"): a note, never a gap. */
  fine: z.array(FineSchema),
  questions: z.array(QuestionSchema),
  mix: z.object({
    training: KindTotalsSchema,
    mentoring: KindTotalsSchema,
    "working-condition": KindTotalsSchema,
  }),
  totals: z.object({
    items: z.int(),
    /** The most hours any one week of the plan asks for. */
    peakHoursPerWeek: finite(),
    hours: finite(),
    cost: MoneySchema,
    hoursPerWeekLimit: finite(),
    budget: z.nullable(MoneySchema),
  }),
  checkIns: z.array(IsoDateSchema),
  warnings: z.array(WarningSchema),
  /**
   * Set on a revision (`options.previous`): every item of the earlier plan
   * and of this one, once each, as kept, added, removed or rescheduled.
   */
  changes: z.optional(z.array(ChangeSchema)),
  /** Set on a revision: item ids finished so far, this check-in's and earlier ones', never offered again. */
  completed: z.optional(z.array(z.string())),
  /** Set on a revision: item ids dropped so far, never offered again. */
  dropped: z.optional(z.array(z.string())),
});
export type Plan = z.infer<typeof PlanSchema>;
