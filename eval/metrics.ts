import { daysBetween } from "./dates";
import { ITEM_KINDS, type ItemKind, type Money, type Plan } from "../src/index";

/** What every method's plan is judged on: which items, when, how many hours, what cost. */
export interface PlannedItem {
  readonly id: string;
  readonly kind: ItemKind;
  /** First and last day, `YYYY-MM-DD`, both included. */
  readonly start: string;
  readonly end: string;
  readonly hoursPerWeek: number;
  readonly cost: Money;
}

/** The limits a plan must keep, read from the profile (or the defaults), not from the plan. */
export interface Limits {
  readonly start: string;
  readonly hoursPerWeek: number;
  readonly horizonWeeks: number;
  readonly budget: Money | null;
}

/** `part` of `whole` as a share; 1 when there was nothing to count (no keys found: none was wrong). */
export function share(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

/** A need as the needs step found it: its taxonomy key. */
export interface JudgedNeed {
  readonly key: string;
}

/**
 * How many needs at least one item serves, where an item serves a need when
 * its catalog `addresses` name the need's key. One rule for every method.
 *
 * @example
 * ```ts
 * needCoverage([{ key: "sql" }, { key: "commute" }], ["trn-sql"], new Map([["trn-sql", new Set(["sql"])]]));
 * // { covered: 1, total: 2 }
 * ```
 */
export function needCoverage(
  needs: readonly JudgedNeed[],
  itemIds: readonly string[],
  addresses: ReadonlyMap<string, ReadonlySet<string>>,
): { covered: number; total: number } {
  let covered = 0;
  for (const need of needs) {
    if (itemIds.some((id) => addresses.get(id)?.has(need.key) === true)) covered++;
  }
  return { covered, total: needs.length };
}

/**
 * Jaccard similarity of two item sets. Two empty plans count as identical
 * (1): telling two people "nothing" is the same answer.
 *
 * @example
 * ```ts
 * jaccard(new Set(["a", "b"]), new Set(["b", "c"])); // 1 / 3
 * ```
 */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const id of a) if (b.has(id)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Mean Jaccard similarity over every pair of plans: 1 when everyone gets
 * the same list, near 0 when plans are personal.
 *
 * @example
 * ```ts
 * meanPairwiseJaccard([new Set(["a"]), new Set(["a"]), new Set(["b"])]); // (1 + 0 + 0) / 3
 * ```
 */
export function meanPairwiseJaccard(sets: readonly ReadonlySet<string>[]): number {
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      sum += jaccard(sets[i]!, sets[j]!);
      pairs++;
    }
  }
  return pairs === 0 ? 0 : sum / pairs;
}

/**
 * Share of a plan's items by kind; all zeros for an empty plan.
 *
 * @example
 * ```ts
 * kindShares(["training", "mentoring"]); // { training: 0.5, mentoring: 0.5, "working-condition": 0 }
 * ```
 */
export function kindShares(kinds: readonly ItemKind[]): Record<ItemKind, number> {
  const shares = { training: 0, mentoring: 0, "working-condition": 0 };
  for (const kind of kinds) shares[kind] += 1 / kinds.length;
  return shares;
}

/**
 * Kullback-Leibler divergence KL(achieved ‖ target) in nats: 0 when a plan's
 * mix of kinds is the target mix. A kind the plan lacks adds nothing; the
 * target must give every kind a share above 0.
 *
 * @example
 * ```ts
 * klDivergence({ training: 1, mentoring: 0, "working-condition": 0 }, { training: 0.5, mentoring: 0.25, "working-condition": 0.25 });
 * // Math.log(2)
 * ```
 */
export function klDivergence(achieved: Readonly<Record<ItemKind, number>>, target: Readonly<Record<ItemKind, number>>): number {
  let sum = 0;
  for (const kind of ITEM_KINDS) {
    const p = achieved[kind];
    if (p > 0) sum += p * Math.log(p / target[kind]);
  }
  return sum;
}

/**
 * Hours booked in each week of the plan, counted from `limits.start`, from
 * each item's own dates: an item counts in every week it touches.
 *
 * @example
 * ```ts
 * weeklyHours([{ id: "a", kind: "training", start: "2026-01-05", end: "2026-01-18", hoursPerWeek: 3, cost: { amount: 0, currency: "EUR" } }], "2026-01-05");
 * // [3, 3]
 * ```
 */
export function weeklyHours(items: readonly PlannedItem[], start: string): number[] {
  const load: number[] = [];
  for (const item of items) {
    const first = Math.floor(daysBetween(start, item.start) / 7);
    const last = Math.floor(daysBetween(start, item.end) / 7);
    for (let week = first; week <= last; week++) load[week] = (load[week] ?? 0) + item.hoursPerWeek;
  }
  return Array.from(load, (hours) => hours ?? 0);
}

/** What one plan breaks, re-checked from its items alone. */
export interface Violations {
  /** Weeks whose booked hours exceed the weekly limit. */
  readonly hourWeeks: number;
  /** Items that start before the plan or end after its horizon. */
  readonly outsideHorizon: number;
  /** True when the items cost more than the budget (or are priced in another currency). */
  readonly overBudget: boolean;
}

/**
 * Re-checks a plan's items week by week against the limits, without
 * trusting anything the plan says about itself.
 *
 * @example
 * ```ts
 * const limits = { start: "2026-01-05", hoursPerWeek: 2, horizonWeeks: 26, budget: { amount: 0, currency: "EUR" } };
 * violations([{ id: "a", kind: "training", start: "2026-01-05", end: "2026-01-11", hoursPerWeek: 3, cost: { amount: 10, currency: "EUR" } }], limits);
 * // { hourWeeks: 1, outsideHorizon: 0, overBudget: true }
 * ```
 */
export function violations(items: readonly PlannedItem[], limits: Limits): Violations {
  const hourWeeks = weeklyHours(items, limits.start).filter((hours) => hours > limits.hoursPerWeek + 1e-9).length;
  const lastDay = limits.horizonWeeks * 7 - 1;
  const outsideHorizon = items.filter((i) => daysBetween(limits.start, i.start) < 0 || daysBetween(limits.start, i.end) > lastDay).length;
  let overBudget = false;
  if (limits.budget) {
    const budget = limits.budget;
    const paid = items.filter((i) => i.cost.amount > 0);
    const spent = paid.reduce((sum, i) => sum + i.cost.amount, 0);
    overBudget = spent > budget.amount + 1e-9 || paid.some((i) => i.cost.currency !== budget.currency);
  }
  return { hourWeeks, outsideHorizon, overBudget };
}

/** How well a plan's explanations hold up. */
export interface Fidelity {
  readonly reasons: number;
  /** Reasons whose need exists, has the same key and lists the item in `coveredBy`. */
  readonly faithful: number;
  /** `coveredBy` entries whose item is in the plan and gives a reason back to that need. */
  readonly backLinks: number;
  readonly backLinksFaithful: number;
  /** Items with no reason at all (only prerequisites of another item may be so). */
  readonly itemsWithoutReason: number;
}

/**
 * Checks that every reason an item gives points at a need of the plan that
 * lists the item, and that every need's `coveredBy` points back.
 *
 * @example
 * ```ts
 * explanationFidelity(plan).faithful === explanationFidelity(plan).reasons; // true for a sound plan
 * ```
 */
export function explanationFidelity(plan: Pick<Plan, "items" | "needs">): Fidelity {
  const needs = new Map(plan.needs.map((n) => [n.id, n] as const));
  const items = new Map(plan.items.map((i) => [i.id, i] as const));
  let reasons = 0;
  let faithful = 0;
  let itemsWithoutReason = 0;
  for (const item of plan.items) {
    if (item.reasons.length === 0) itemsWithoutReason++;
    for (const reason of item.reasons) {
      reasons++;
      const need = needs.get(reason.needId);
      if (need && need.key === reason.need && need.coveredBy.includes(item.id) && need.source === reason.quote) faithful++;
    }
  }
  let backLinks = 0;
  let backLinksFaithful = 0;
  for (const need of plan.needs) {
    for (const id of need.coveredBy) {
      backLinks++;
      if (items.get(id)?.reasons.some((r) => r.needId === need.id) === true) backLinksFaithful++;
    }
  }
  return { reasons, faithful, backLinks, backLinksFaithful, itemsWithoutReason };
}

/**
 * Statements a profile makes (motivations, challenges, goals), the unit of
 * the unmatched rate.
 *
 * @example
 * ```ts
 * statementCount({ motivations: ["money"], goals: [{ text: "learn SQL" }] }); // 2
 * ```
 */
export function statementCount(profile: { readonly motivations?: readonly unknown[]; readonly challenges?: readonly unknown[]; readonly goals?: readonly unknown[] }): number {
  return (profile.motivations?.length ?? 0) + (profile.challenges?.length ?? 0) + (profile.goals?.length ?? 0);
}
