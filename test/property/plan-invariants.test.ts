/**
 * What every plan must hold, whatever the profile, catalog and options:
 * checked against generated input with fast-check, each rule its own test.
 * The checks recompute from the plan's items and the input instead of
 * trusting the plan's own totals.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRecommender, DEFAULTS, PlanSchema, type Plan, type Recommender } from "../../src/index";
import { PARAMS, scenarioArbitrary, TIMEOUT, type Scenario } from "./arbitraries";

// One recommender per catalog object: the built-in catalog comes back often and is indexed once.
const recommenders = new WeakMap<object, Recommender>();

function planFor(s: Scenario): Plan {
  let recommender = recommenders.get(s.catalog);
  if (!recommender) recommenders.set(s.catalog, (recommender = createRecommender({ catalog: s.catalog })));
  return recommender.recommend(s.profile, s.options);
}

const DAY = 86_400_000;
/** Days since 1970-01-01 of a `YYYY-MM-DD`, counted in UTC so no time zone can shift it. */
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;

const hoursLimit = (s: Scenario) => s.profile.constraints?.hoursPerWeek ?? s.options.hoursPerWeek ?? DEFAULTS.hoursPerWeek;
const budgetOf = (s: Scenario) => s.profile.constraints?.budget ?? s.options.budget ?? null;

/** Every number anywhere in the plan, with where it is. */
function numbersIn(value: unknown, path = "plan"): Array<[string, number]> {
  if (typeof value === "number") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbersIn(v, `${path}[${i}]`));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => numbersIn(v, `${path}.${k}`));
  return [];
}

describe("plan invariants under generated input", () => {
  it("the plan validates against PlanSchema and holds no NaN or Infinity", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        const plan = planFor(s);
        const parsed = PlanSchema.safeParse(plan);
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
        expect(numbersIn(plan).filter(([, n]) => !Number.isFinite(n))).toEqual([]);
      }),
      PARAMS,
    );
  }, TIMEOUT);

  it("weekly hours never exceed the limit in any week", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        const plan = planFor(s);
        const limit = hoursLimit(s);
        const start = dayOf(plan.start);
        const load = new Map<number, number>();
        for (const item of plan.items) {
          // An item occupies every 7-day slot (counted from the plan's start) it overlaps.
          const first = Math.floor((dayOf(item.start) - start) / 7);
          const last = Math.floor((dayOf(item.end) - start) / 7);
          for (let week = first; week <= last; week++) load.set(week, (load.get(week) ?? 0) + item.hoursPerWeek);
        }
        const peak = Math.max(0, ...load.values());
        expect(peak).toBeLessThanOrEqual(limit + 1e-6);
        expect(plan.totals.hoursPerWeekLimit).toBe(limit);
        expect(plan.totals.peakHoursPerWeek).toBeCloseTo(peak, 1);
      }),
      PARAMS,
    );
  }, TIMEOUT);

  it("total cost never exceeds the budget", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        const plan = planFor(s);
        const budget = budgetOf(s);
        const cost = plan.items.reduce((sum, item) => sum + item.cost.amount, 0);
        expect(plan.totals.cost.amount).toBeCloseTo(cost, 1);
        if (budget === null) return;
        expect(cost).toBeLessThanOrEqual(budget.amount + 1e-6);
        // Money in another currency cannot be counted against the budget.
        for (const item of plan.items) if (item.cost.amount > 0) expect(item.cost.currency).toBe(budget.currency);
      }),
      PARAMS,
    );
  }, TIMEOUT);

  it("every date lies within [plan.start, plan.end]", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        const plan = planFor(s);
        const start = dayOf(plan.start);
        const end = dayOf(plan.end);
        const horizon = s.profile.constraints?.horizonWeeks ?? s.options.horizonWeeks ?? DEFAULTS.horizonWeeks;
        expect(plan.start).toBe(s.profile.constraints?.startDate ?? s.options.asOf);
        expect(end - start).toBe(horizon * 7 - 1);
        const dates = [...plan.items.flatMap((item) => [item.start, item.end]), ...plan.checkIns];
        for (const date of dates) {
          expect(dayOf(date)).toBeGreaterThanOrEqual(start);
          expect(dayOf(date)).toBeLessThanOrEqual(end);
        }
        for (const item of plan.items) expect(dayOf(item.end) - dayOf(item.start)).toBe(item.weeks * 7 - 1);
      }),
      PARAMS,
    );
  }, TIMEOUT);

  it("prerequisites in the plan end before their dependants start", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        const plan = planFor(s);
        const byId = new Map(plan.items.map((item) => [item.id, item] as const));
        const completed = new Set(s.profile.constraints?.completed ?? []);
        for (const item of plan.items) {
          const declared = s.catalog.find((c) => c.id === item.id)?.prerequisites ?? [];
          for (const id of declared) {
            const before = byId.get(id);
            // A prerequisite is either done already or in the plan, finished first.
            expect(before !== undefined || completed.has(id), `${item.id} needs ${id}`).toBe(true);
            if (before) expect(dayOf(before.end)).toBeLessThan(dayOf(item.start));
          }
        }
      }),
      PARAMS,
    );
  }, TIMEOUT);

  it("excluded and completed items never appear", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        const plan = planFor(s);
        const barred = new Set([...(s.profile.constraints?.exclude ?? []), ...(s.profile.constraints?.completed ?? [])]);
        expect(plan.items.filter((item) => barred.has(item.id)).map((item) => item.id)).toEqual([]);
      }),
      PARAMS,
    );
  }, TIMEOUT);

  it("no item appears twice", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        const ids = planFor(s).items.map((item) => item.id);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      PARAMS,
    );
  }, TIMEOUT);

  it("every reason names a need whose coveredBy lists the item", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        const plan = planFor(s);
        const needs = new Map(plan.needs.map((need) => [need.id, need] as const));
        expect(needs.size).toBe(plan.needs.length);
        for (const item of plan.items) {
          for (const reason of item.reasons) {
            const need = needs.get(reason.needId);
            expect(need, `${item.id} gives a reason for ${reason.needId}`).toBeDefined();
            expect(need!.key).toBe(reason.need);
            expect(need!.coveredBy).toContain(item.id);
            expect(reason.quote).toBe(need!.source);
          }
        }
        // And the other way round: a need lists only items that give it as a reason.
        for (const need of plan.needs) {
          for (const id of need.coveredBy) {
            expect(plan.items.find((item) => item.id === id)?.reasons.some((r) => r.needId === need.id)).toBe(true);
          }
        }
      }),
      PARAMS,
    );
  }, TIMEOUT);

  it("every need's source is one of the input statements or a feedback summary", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        const plan = planFor(s);
        const texts = (list: ReadonlyArray<string | { text: string }> | undefined) =>
          new Set((list ?? []).map((x) => (typeof x === "string" ? x : x.text)));
        const said = {
          motivation: texts(s.profile.motivations),
          challenge: texts(s.profile.challenges),
          goal: texts(s.profile.goals),
        };
        for (const need of plan.needs) {
          if (need.type === "feedback") {
            // A summary of the ratings of one competency, named by its label.
            expect((s.profile.feedback ?? []).length).toBeGreaterThan(0);
            expect(need.source).toContain(need.label);
          } else {
            expect(said[need.type].has(need.source), `${need.type} "${need.source}"`).toBe(true);
          }
        }
        for (const u of plan.unmatched) {
          if (u.type === "feedback") expect((s.profile.feedback ?? []).some((r) => r.competency === u.source)).toBe(true);
          else expect(said[u.type].has(u.source)).toBe(true);
        }
      }),
      PARAMS,
    );
  }, TIMEOUT);
});
