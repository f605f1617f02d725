/**
 * Revisions under generated input: one new statement changes only the items
 * that serve it or that it displaces; any progress, three check-ins in a
 * row, keeps the plan valid and its changes adding up.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRecommender, type Plan, type Profile, type Progress } from "../../src/index";
import { expectValidRevision } from "../revision-checks";
import { CHALLENGES, GOALS, MOTIVATIONS, PARAMS, TIMEOUT } from "./arbitraries";

const r = createRecommender();
const statements = fc.constantFrom(...MOTIVATIONS, ...CHALLENGES, ...GOALS);

/** People as a form collects them: a few statements and the limits they have, on the built-in catalog. */
const personArbitrary: fc.Arbitrary<Profile> = fc.record({
  id: fc.constant("p"),
  level: fc.constantFrom("junior", "mid", "senior", "lead", "manager"),
  motivations: fc.uniqueArray(fc.constantFrom(...MOTIVATIONS), { maxLength: 3 }),
  challenges: fc.uniqueArray(fc.constantFrom(...CHALLENGES), { maxLength: 3 }),
  goals: fc.uniqueArray(fc.constantFrom(...GOALS), { maxLength: 2 }),
  constraints: fc.record(
    {
      hoursPerWeek: fc.integer({ min: 1, max: 8 }),
      budget: fc.record({ amount: fc.integer({ min: 0, max: 3000 }), currency: fc.constant("EUR") }),
      horizonWeeks: fc.integer({ min: 8, max: 52 }),
    },
    { requiredKeys: [] },
  ),
});

const said = (profile: Profile) => new Set([...(profile.motivations ?? []), ...(profile.challenges ?? []), ...(profile.goals ?? [])].map(String));

describe("a new statement at a check-in", () => {
  it(
    "changes only items that serve it or that it displaces",
    () => {
      fc.assert(
        fc.property(personArbitrary, statements, fc.constantFrom("motivations", "challenges", "goals") as fc.Arbitrary<"motivations" | "challenges" | "goals">, (profile, statement, field) => {
          fc.pre(!said(profile).has(statement));
          const asOf = "2026-01-05";
          const before = r.recommend(profile, { asOf });
          const more = { ...profile, [field]: [...(profile[field] ?? []), statement] };
          const after = r.recommend(more, { asOf, previous: before });
          const changes = after.changes!;
          const added = changes.filter((c) => c.change === "added");
          const removed = changes.filter((c) => c.change === "removed");
          expect(changes.filter((c) => c.change === "rescheduled")).toEqual([]);
          for (const c of added) {
            const item = after.items.find((i) => i.id === c.itemId)!;
            const needed = after.items.some((other) => other.prerequisites.includes(item.id) && other.reasons.some((reason) => reason.quote === statement));
            expect(item.reasons.some((reason) => reason.quote === statement) || needed, `${item.id} serves "${statement}"`).toBe(true);
          }
          for (const c of removed) expect(c.reason).toMatch(/^Made room for “/);
          expect(removed.length).toBeLessThanOrEqual(added.length);
          expectValidRevision(after, before);
        }),
        PARAMS,
      );
    },
    TIMEOUT,
  );
});

const progressFor = (plan: Plan, asOf: string, picks: readonly number[]): Progress => {
  const statuses = ["done", "in-progress", "dropped", "not-started"] as const;
  const progress: Progress = {};
  plan.items.forEach((item, i) => {
    const pick = picks[i % picks.length] ?? 0;
    if (pick >= 8 || item.start >= asOf) return; // nothing said: read from the dates
    progress[item.id] = { status: statuses[pick % 4]!, ...(pick >= 4 ? { helped: (pick % 5) + 1 } : {}) };
  });
  return progress;
};

describe("three check-ins in a row", () => {
  it(
    "keep hours, budget, horizon and prerequisites, with changes that add up",
    () => {
      fc.assert(
        fc.property(personArbitrary, fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 8 }), fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 3, maxLength: 3 }), (profile, picks, gaps) => {
          let plan = r.recommend(profile, { asOf: "2026-01-05" });
          let asOf = "2026-01-05";
          for (const weeks of gaps) {
            asOf = new Date(Date.parse(`${asOf}T00:00:00Z`) + weeks * 7 * 86_400_000).toISOString().slice(0, 10);
            const progress = progressFor(plan, asOf, picks);
            const next = r.recommend(profile, { asOf, previous: plan, progress });
            expectValidRevision(next, plan, progress);
            for (const [id, entry] of Object.entries(progress)) {
              if (entry.status === "dropped") expect(next.dropped).toContain(id);
              if (entry.status === "done") expect(next.completed).toContain(id);
            }
            plan = next;
          }
        }),
        { ...PARAMS, numRuns: Math.max(20, Math.floor((PARAMS.numRuns ?? 100) / 2)) },
      );
    },
    TIMEOUT,
  );
});
