import { describe, expect, it } from "vitest";
import { parseProfile, type CatalogItem, type Plan } from "../src/index";
import { fitWithinLimits, oneSizeFitsAllRanking } from "../eval/baselines";
import { parseCsv, recordToPersona } from "../eval/ibm";
import {
  explanationFidelity,
  jaccard,
  kindShares,
  klDivergence,
  meanPairwiseJaccard,
  needCoverage,
  statementCount,
  violations,
  weeklyHours,
  type Limits,
  type PlannedItem,
} from "../eval/metrics";
import { generatePersonas } from "../eval/personas";
import { createRandom } from "../eval/random";
import { distinctTitles } from "../bench/import";

const EUR = (amount: number) => ({ amount, currency: "EUR" });
const item = (id: string, start: string, end: string, hoursPerWeek: number, cost = 0, kind: PlannedItem["kind"] = "training"): PlannedItem => ({
  id,
  kind,
  start,
  end,
  hoursPerWeek,
  cost: EUR(cost),
});
const limits = (over: Partial<Limits> = {}): Limits => ({ start: "2026-01-05", hoursPerWeek: 4, horizonWeeks: 4, budget: null, ...over });

describe("seeded random", () => {
  it("repeats itself for a seed and stays in range", () => {
    const a = createRandom(9);
    const b = createRandom(9);
    const rolls = Array.from({ length: 200 }, () => a.int(1, 6));
    expect(Array.from({ length: 200 }, () => b.int(1, 6))).toEqual(rolls);
    expect(new Set(rolls)).toEqual(new Set([1, 2, 3, 4, 5, 6]));
  });

  it("samples without repeats", () => {
    const drawn = createRandom(3).sample(["a", "b", "c", "d"], 3);
    expect(new Set(drawn).size).toBe(3);
    expect(createRandom(3).sample(["a"], 5)).toEqual(["a"]);
  });
});

describe("generatePersonas", () => {
  const personas = generatePersonas({ seed: 11, count: 200 });

  it("gives the same personas for the same seed and others for another seed", () => {
    expect(generatePersonas({ seed: 11, count: 200 }).map((p) => p.profile)).toEqual(personas.map((p) => p.profile));
    expect(generatePersonas({ seed: 12, count: 200 }).map((p) => p.profile)).not.toEqual(personas.map((p) => p.profile));
  });

  it("makes valid, distinct profiles that each say something", () => {
    expect(personas).toHaveLength(200);
    expect(new Set(personas.map((p) => p.profile.id)).size).toBe(200);
    for (const { profile } of personas) {
      expect(() => parseProfile(profile)).not.toThrow();
      expect(statementCount(profile)).toBeGreaterThan(0);
    }
  });

  it("varies roles, levels and constraints, and includes words that match nothing", () => {
    expect(new Set(personas.map((p) => p.profile.role)).size).toBeGreaterThan(10);
    expect(new Set(personas.map((p) => p.profile.level)).size).toBe(6); // five levels and "not given"
    expect(personas.some((p) => p.profile.constraints?.budget?.amount === 0)).toBe(true);
    expect(personas.some((p) => (p.profile.feedback ?? []).length > 0)).toBe(true);
    expect(personas.some((p) => [...p.intended.values()].includes(null))).toBe(true);
  });

  it("records what every statement was meant to say", () => {
    for (const { profile, intended } of personas) {
      const texts = [...(profile.motivations ?? []), ...(profile.challenges ?? []), ...(profile.goals ?? [])].map((s) => (typeof s === "string" ? s : s.text));
      for (const text of texts) expect(intended.has(text)).toBe(true);
    }
  });
});

describe("needCoverage", () => {
  const addresses = new Map([
    ["trn-sql", new Set(["sql", "data-analysis"])],
    ["wc-remote", new Set(["commute", "flexibility"])],
  ]);

  it("counts a need as served when an item's addresses name its key", () => {
    expect(needCoverage([{ key: "sql" }, { key: "commute" }, { key: "stress" }], ["trn-sql", "wc-remote"], addresses)).toEqual({ covered: 2, total: 3 });
    expect(needCoverage([{ key: "sql" }], [], addresses)).toEqual({ covered: 0, total: 1 });
    expect(needCoverage([], ["trn-sql"], addresses)).toEqual({ covered: 0, total: 0 });
  });
});

describe("overlap", () => {
  it("is the Jaccard index of two item sets", () => {
    expect(jaccard(new Set(["a", "b"]), new Set(["b", "c"]))).toBeCloseTo(1 / 3);
    expect(jaccard(new Set(["a"]), new Set(["b"]))).toBe(0);
    expect(jaccard(new Set(["a"]), new Set(["a"]))).toBe(1);
    expect(jaccard(new Set(), new Set())).toBe(1);
  });

  it("averages over every pair", () => {
    expect(meanPairwiseJaccard([new Set(["a"]), new Set(["a"]), new Set(["b"])])).toBeCloseTo(1 / 3);
    expect(meanPairwiseJaccard([new Set(["a", "b"]), new Set(["a", "b"])])).toBe(1);
    expect(meanPairwiseJaccard([new Set(["a"])])).toBe(0);
  });
});

describe("mix", () => {
  const target = { training: 0.5, mentoring: 0.25, "working-condition": 0.25 };

  it("reads shares of kinds", () => {
    expect(kindShares(["training", "training", "mentoring", "working-condition"])).toEqual(target);
    expect(kindShares([])).toEqual({ training: 0, mentoring: 0, "working-condition": 0 });
  });

  it("is 0 at the target and grows as the plan drifts from it", () => {
    expect(klDivergence(target, target)).toBe(0);
    expect(klDivergence({ training: 1, mentoring: 0, "working-condition": 0 }, target)).toBeCloseTo(Math.log(2));
    const near = klDivergence({ training: 0.6, mentoring: 0.2, "working-condition": 0.2 }, target);
    const far = klDivergence({ training: 0, mentoring: 0, "working-condition": 1 }, target);
    expect(near).toBeGreaterThan(0);
    expect(far).toBeGreaterThan(near);
  });
});

describe("violations", () => {
  it("books hours in every week an item touches", () => {
    expect(weeklyHours([item("a", "2026-01-05", "2026-01-18", 3)], "2026-01-05")).toEqual([3, 3]);
    // Starting mid-week, one week of work touches two plan weeks.
    expect(weeklyHours([item("a", "2026-01-08", "2026-01-14", 2)], "2026-01-05")).toEqual([2, 2]);
    expect(weeklyHours([item("a", "2026-01-12", "2026-01-18", 2), item("b", "2026-01-05", "2026-01-18", 1)], "2026-01-05")).toEqual([1, 3]);
  });

  it("finds weeks over the limit, items past the horizon and spending over budget", () => {
    const plan = [item("a", "2026-01-05", "2026-01-18", 3, 400), item("b", "2026-01-12", "2026-01-25", 2, 200)];
    expect(violations(plan, limits({ budget: EUR(1000) }))).toEqual({ hourWeeks: 1, outsideHorizon: 0, overBudget: false });
    expect(violations(plan, limits({ hoursPerWeek: 5, budget: EUR(500) }))).toEqual({ hourWeeks: 0, outsideHorizon: 0, overBudget: true });
    expect(violations(plan, limits({ hoursPerWeek: 5, horizonWeeks: 2 })).outsideHorizon).toBe(1);
    expect(violations([item("a", "2026-01-05", "2026-01-11", 0, 0)], limits({ budget: EUR(0) })).overBudget).toBe(false);
    expect(violations([{ ...item("a", "2026-01-05", "2026-01-11", 1), cost: { amount: 10, currency: "USD" } }], limits({ budget: EUR(100) })).overBudget).toBe(true);
  });
});

describe("explanationFidelity", () => {
  const need = (id: string, key: string, coveredBy: string[]) => ({ id, key, label: key, type: "challenge" as const, source: `about ${key}`, confidence: 1, weight: 1, coveredBy });
  const planItem = (id: string, reasons: Array<{ need: string; needId: string; quote: string }>) => ({ id, reasons }) as unknown as Plan["items"][number];

  it("accepts reasons that point at a need listing the item, and back", () => {
    const plan = { needs: [need("c-0:sql", "sql", ["trn-sql"])], items: [planItem("trn-sql", [{ need: "sql", needId: "c-0:sql", quote: "about sql" }])] };
    expect(explanationFidelity(plan)).toEqual({ reasons: 1, faithful: 1, backLinks: 1, backLinksFaithful: 1, itemsWithoutReason: 0 });
  });

  it("flags a reason whose need does not list the item, a wrong key, a dangling need id and a one-way coveredBy", () => {
    const plan = {
      needs: [need("c-0:sql", "sql", []), need("c-1:commute", "commute", ["wc-remote", "trn-sql"])],
      items: [
        planItem("trn-sql", [
          { need: "sql", needId: "c-0:sql", quote: "about sql" },
          { need: "sql", needId: "c-1:commute", quote: "about commute" },
          { need: "stress", needId: "c-9:stress", quote: "about stress" },
        ]),
        planItem("wc-remote", []),
      ],
    };
    const f = explanationFidelity(plan);
    expect(f).toEqual({ reasons: 3, faithful: 0, backLinks: 2, backLinksFaithful: 1, itemsWithoutReason: 1 });
  });
});

describe("baselines", () => {
  const catalogItem = (id: string, hoursPerWeek: number, weeks: number, cost: number, keys: string[]): CatalogItem => ({
    id,
    kind: "training",
    title: id,
    addresses: keys,
    hoursPerWeek,
    weeks,
    cost: EUR(cost),
    format: "online",
  });

  it("keeps only what fits the budget, the weekly hours and the horizon", () => {
    const ranked = [catalogItem("big", 3, 2, 900, ["sql"]), catalogItem("long", 1, 10, 0, ["sql"]), catalogItem("a", 3, 2, 100, ["sql"]), catalogItem("b", 2, 2, 100, ["sql"])];
    const chosen = fitWithinLimits(ranked, limits({ budget: EUR(500) }), 6);
    expect(chosen.map((i) => i.id)).toEqual(["a", "b"]);
    const v = violations(chosen, limits({ budget: EUR(500) }));
    expect(v).toEqual({ hourWeeks: 0, outsideHorizon: 0, overBudget: false });
    expect(chosen[1]!.start).toBe("2026-01-19"); // b waits until a's two weeks are over
  });

  it("ranks the single list by what most people need", () => {
    const catalog = [catalogItem("rare", 1, 1, 0, ["hiring"]), catalogItem("common", 1, 1, 0, ["sql"]), catalogItem("second", 1, 1, 0, ["stress"])];
    const ranking = oneSizeFitsAllRanking(catalog, [["sql", "stress"], ["sql"], ["stress", "hiring"], ["sql"]]);
    expect(ranking.map((i) => i.id)).toEqual(["common", "second", "rare"]);
  });
});

describe("HR records as profiles", () => {
  it("reads CSV with quoted fields", () => {
    expect(parseCsv('a,b\n1,"x, ""y"""\r\n2,z\n')).toEqual([
      { a: "1", b: 'x, "y"' },
      { a: "2", b: "z" },
    ]);
  });

  it("turns overtime, a long commute and no promotion into statements, and says nothing for a content employee", () => {
    const base = { EmployeeNumber: "7", JobRole: "Sales Executive", JobLevel: "2", WorkLifeBalance: "3", OverTime: "No", DistanceFromHome: "3", YearsSinceLastPromotion: "1", JobSatisfaction: "3", EnvironmentSatisfaction: "3", RelationshipSatisfaction: "3", TrainingTimesLastYear: "2", BusinessTravel: "Travel_Rarely" };
    expect(recordToPersona(base)).toBeUndefined();
    const persona = recordToPersona({ ...base, OverTime: "Yes", DistanceFromHome: "25", YearsSinceLastPromotion: "7" })!;
    expect(persona.profile).toMatchObject({ role: "Sales Executive", level: "mid", constraints: { hoursPerWeek: 2 } });
    expect([...persona.intended.values()].sort()).toEqual(["commute", "overtime", "stagnation"]);
    expect(() => parseProfile(persona.profile)).not.toThrow();
  });
});

describe("bench exports", () => {
  it("makes rows of a real export with every title new, the other columns as they were", () => {
    const file = [
      { course: "SQL Basics", skills: "SQL", level: "Beginner" },
      { course: "Team Leadership", skills: "Leadership", level: "" },
      { course: "Medieval History", skills: "History", level: "Mixed" },
    ];
    const rows = distinctTitles(file, 20);
    expect(rows).toHaveLength(20);
    expect(new Set(rows.map((row) => row.course)).size).toBe(20);
    expect(rows[0]).toEqual(file[0]);
    expect(rows[4]).toMatchObject({ skills: "Leadership", level: "" });
    expect(rows[4]!.course).toMatch(/^Team Leadership \S/);
    expect(rows.every((row, i) => row.course!.startsWith(file[i % 3]!.course))).toBe(true);
  });

  it("makes the columns asked for new as well, with the title's qualifier", () => {
    const file = [
      { title: "SQL Basics", description: "Queries for reports.", skills: "SQL" },
      { title: "Team Leadership", description: "Lead a team.", skills: "Leadership" },
    ];
    const rows = distinctTitles(file, 6, "title", ["description"]);
    expect(new Set(rows.map((row) => row.description)).size).toBe(6);
    expect(rows[0]).toEqual(file[0]);
    expect(rows[2]!.description!.slice("Queries for reports.".length)).toBe(rows[2]!.title!.slice("SQL Basics".length));
    expect(rows.map((row) => row.skills)).toEqual(["SQL", "Leadership", "SQL", "Leadership", "SQL", "Leadership"]);
  });
});
