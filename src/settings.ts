import type { ItemKind, Money } from "./schema/common";
import { ITEM_KINDS } from "./schema/common";
import type { RecommendOptions } from "./schema/options";
import type { Profile } from "./schema/profile";
import { ValidationError } from "./errors";
import { daysBetween, LAST_DAY } from "./compose/calendar";
import type { Locale } from "./i18n/locale";
import { ENGLISH } from "./i18n/say";

/** Every option resolved to a value: merged once, `??` so that a 0 stays a 0. */
export interface Settings {
  readonly asOf: string;
  readonly start: string;
  readonly horizonWeeks: number;
  readonly hoursPerWeek: number;
  readonly budget: Money | null;
  readonly maxItems: number;
  readonly mix: Readonly<Record<ItemKind, number>>;
  readonly diversity: number;
  readonly weights: {
    readonly motivation: number;
    readonly challenge: number;
    readonly goal: number;
    readonly feedback: number;
    readonly shortGoal: number;
    readonly longGoal: number;
  };
  readonly minConfidence: number;
  readonly shortGoalWeeks: number;
  readonly checkInEveryWeeks: number;
  readonly staleAfterMonths: number;
  readonly ratingScale: { readonly min: number; readonly max: number };
  readonly feedback: {
    readonly gap: number;
    readonly low: number;
    readonly high: number;
    readonly minRaters: number;
    readonly raterWeights: { readonly manager: number; readonly peer: number; readonly report: number };
  };
  /** The language every sentence of the plan is written in (explanations, questions, warnings). */
  readonly locale: Locale;
}

/** The defaults, frozen; documented in the README's options table. */
export const DEFAULTS = Object.freeze({
  horizonWeeks: 26,
  hoursPerWeek: 4,
  maxItems: 6,
  mix: Object.freeze({ training: 0.4, mentoring: 0.3, "working-condition": 0.3 }),
  diversity: 0.6,
  weights: Object.freeze({ motivation: 0.8, challenge: 1, goal: 1, feedback: 0.9, shortGoal: 1.1, longGoal: 0.9 }),
  minConfidence: 0.62,
  shortGoalWeeks: 13,
  checkInEveryWeeks: 4,
  staleAfterMonths: 6,
  ratingScale: Object.freeze({ min: 1, max: 5 }),
  feedback: Object.freeze({
    gap: 1,
    low: 2.5,
    high: 4,
    minRaters: 2,
    raterWeights: Object.freeze({ manager: 1, peer: 1, report: 1 }),
  }),
});

export function resolveSettings(profile: Profile, options: RecommendOptions): Settings {
  const constraints = profile.constraints ?? {};
  const asOf = options.asOf ?? constraints.startDate ?? profile.askedAt;
  if (asOf === undefined) {
    throw new ValidationError("options", [
      {
        path: ["asOf"],
        message:
          "is required when the profile has no constraints.startDate or askedAt: pass today's date as YYYY-MM-DD (plans never read the clock, so the same input always gives the same plan)",
      },
    ]);
  }
  const start = constraints.startDate ?? asOf;
  const horizonWeeks = constraints.horizonWeeks ?? options.horizonWeeks ?? DEFAULTS.horizonWeeks;
  if (daysBetween(start, LAST_DAY) < horizonWeeks * 7 - 1) {
    const [subject, path] =
      constraints.startDate !== undefined ? ["profile", ["constraints", "startDate"]] : options.asOf !== undefined ? ["options", ["asOf"]] : ["profile", ["askedAt"]];
    throw new ValidationError(subject, [
      { path, message: `is too late: a ${horizonWeeks}-week plan from ${start} would end after ${LAST_DAY}, the last date a plan can name` },
    ]);
  }
  const mixInput = options.mix ?? DEFAULTS.mix;
  const mixRaw = ITEM_KINDS.map((kind) => mixInput[kind] ?? 0);
  const mixSum = mixRaw.reduce((a, b) => a + b, 0);
  if (mixSum <= 0) {
    throw new ValidationError("options", [{ path: ["mix"], message: "needs at least one share above 0" }]);
  }
  const mix = Object.fromEntries(ITEM_KINDS.map((kind, i) => [kind, mixRaw[i]! / mixSum])) as Record<ItemKind, number>;
  const scale = options.ratingScale ?? DEFAULTS.ratingScale;
  const feedback = options.feedback ?? {};
  const span = scale.max - scale.min;
  // Thresholds are given on 1–5; other scales get them stretched to fit.
  const onScale = (value: number) => scale.min + ((value - 1) / 4) * span;
  return {
    asOf,
    start,
    horizonWeeks,
    hoursPerWeek: constraints.hoursPerWeek ?? options.hoursPerWeek ?? DEFAULTS.hoursPerWeek,
    budget: constraints.budget ?? options.budget ?? null,
    maxItems: options.maxItems ?? DEFAULTS.maxItems,
    mix,
    diversity: options.diversity ?? DEFAULTS.diversity,
    weights: { ...DEFAULTS.weights, ...definedOnly(options.weights ?? {}) },
    minConfidence: options.minConfidence ?? DEFAULTS.minConfidence,
    shortGoalWeeks: options.shortGoalWeeks ?? DEFAULTS.shortGoalWeeks,
    checkInEveryWeeks: options.checkInEveryWeeks ?? DEFAULTS.checkInEveryWeeks,
    staleAfterMonths: options.staleAfterMonths ?? DEFAULTS.staleAfterMonths,
    ratingScale: scale,
    feedback: {
      gap: feedback.gap ?? (DEFAULTS.feedback.gap * span) / 4,
      low: feedback.low ?? onScale(DEFAULTS.feedback.low),
      high: feedback.high ?? onScale(DEFAULTS.feedback.high),
      minRaters: feedback.minRaters ?? DEFAULTS.feedback.minRaters,
      raterWeights: { ...DEFAULTS.feedback.raterWeights, ...definedOnly(feedback.raterWeights ?? {}) },
    },
    locale: ENGLISH,
  };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
