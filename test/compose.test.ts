import { describe, expect, it } from "vitest";
import { createRecommender, type CatalogItem, type Plan, type Taxonomy } from "../src/index";
import { hoursByWeek } from "./helpers";

const taxonomy: Taxonomy = {
  entries: [
    { key: "sql", kind: "competency", label: "SQL", synonyms: ["database queries", "writing queries", "relational databases", "learn sql"] },
    { key: "excel", kind: "competency", label: "Excel", synonyms: ["spreadsheets", "pivot tables", "formulas", "vlookup"] },
    { key: "commute", kind: "challenge", label: "Long commute", synonyms: ["traffic", "the drive to work", "hours on the train", "commuting"], demand: true },
    { key: "writing", kind: "competency", label: "Writing", synonyms: ["clear emails", "business writing", "reports that read well", "write better"] },
  ],
};

const base = { cost: { amount: 0, currency: "EUR" }, format: "online", weeks: 4, hoursPerWeek: 2 } as const;
const item = (id: string, kind: CatalogItem["kind"], keys: string[], over: Partial<CatalogItem> = {}): CatalogItem => ({
  ...base,
  id,
  kind,
  title: id,
  addresses: keys.map((key) => ({ key, strength: 1 })),
  ...over,
});

const asOf = "2026-01-05";
const ids = (plan: Plan) => plan.items.map((i) => i.id);

describe("composing a plan from a small catalog", () => {
  it("takes one of two near-identical items, not both", () => {
    const r = createRecommender({ taxonomy, catalog: [item("sql-a", "training", ["sql"]), item("sql-b", "training", ["sql"])] });
    const plan = r.recommend({ goals: ["learn SQL"], constraints: { hoursPerWeek: 10 } }, { asOf });
    expect(ids(plan)).toEqual(["sql-a"]);
  });

  it("spreads over needs instead of piling on one (diminishing returns), unless told not to", () => {
    const catalog = [
      item("sql-1", "training", ["sql"], { format: "online" }),
      item("sql-2", "mentoring", ["sql"], { format: "one-to-one" }),
      item("sql-3", "working-condition", ["sql"], { format: "on-the-job" }),
      item("excel-1", "working-condition", ["excel"], { format: "on-the-job" }),
    ];
    const r = createRecommender({ taxonomy, catalog });
    const profile = { goals: [{ text: "learn SQL", weight: 1.5 }, "pivot tables"], constraints: { hoursPerWeek: 20 } };
    expect(ids(r.recommend(profile, { asOf, maxItems: 2 }))).toContain("excel-1");
    expect(ids(r.recommend(profile, { asOf, maxItems: 2, diversity: 0 }))).not.toContain("excel-1");
  });

  it("staggers items so no week goes over the hours, and runs 0-hour changes beside them", () => {
    const catalog = [
      item("sql-course", "training", ["sql"], { hoursPerWeek: 3, weeks: 4 }),
      item("sql-mentor", "mentoring", ["sql"], { hoursPerWeek: 3, weeks: 2, format: "one-to-one" }),
      item("excel-course", "training", ["excel"], { hoursPerWeek: 3, weeks: 3 }),
      item("remote-days", "working-condition", ["commute"], { hoursPerWeek: 0, weeks: 12, format: "on-the-job" }),
    ];
    const plan = createRecommender({ taxonomy, catalog }).recommend(
      { goals: ["learn SQL", "pivot tables"], challenges: ["hours on the train every day"], constraints: { hoursPerWeek: 4 } },
      { asOf },
    );
    expect(ids(plan).sort()).toEqual(["excel-course", "remote-days", "sql-course", "sql-mentor"]);
    expect(Math.max(...hoursByWeek(plan))).toBe(3);
    expect(plan.totals.peakHoursPerWeek).toBe(3);
    expect(plan.items.find((i) => i.id === "remote-days")!.start).toBe(asOf);
  });

  it("starts an item with fixed cohort dates on one of them", () => {
    const catalog = [item("sql-cohort", "training", ["sql"], { format: "cohort", availability: { starts: ["2026-01-21", "2026-03-04"], seats: 10 } })];
    const plan = createRecommender({ taxonomy, catalog }).recommend({ goals: ["learn SQL"] }, { asOf });
    expect(plan.items[0]).toMatchObject({ id: "sql-cohort", start: "2026-01-21", end: "2026-02-17" });
    expect(Math.max(...hoursByWeek(plan))).toBeLessThanOrEqual(4);
  });

  it("brings a prerequisite along and schedules it first", () => {
    const catalog = [
      item("sql-basics", "training", ["excel"], { weeks: 3 }),
      item("sql-advanced", "training", ["sql"], { weeks: 3, prerequisites: ["sql-basics"] }),
    ];
    const plan = createRecommender({ taxonomy, catalog }).recommend({ goals: ["learn SQL"] }, { asOf });
    const [first, second] = plan.items;
    expect([first!.id, second!.id]).toEqual(["sql-basics", "sql-advanced"]);
    expect(first!.end < second!.start).toBe(true);
    expect(second!.prerequisites).toEqual(["sql-basics"]);
    expect(first!.explanation).toBe("Needed before “sql-advanced”.");
  });

  const WARNINGS: Array<[string, Record<string, unknown>, CatalogItem[], RegExp]> = [
    ["budget", { constraints: { budget: { amount: 100, currency: "EUR" } } }, [item("sql", "training", ["sql"], { cost: { amount: 450, currency: "EUR" } })], /budget of 100 EUR left SQL .* costs 450 EUR/],
    ["hours", { constraints: { hoursPerWeek: 1 } }, [item("sql", "training", ["sql"], { hoursPerWeek: 3 })], /1 hour a week left SQL .* needs 3 hours a week/],
    ["horizon", { constraints: { horizonWeeks: 2 } }, [item("sql", "training", ["sql"], { weeks: 6 })], /2-week horizon left SQL .* takes 6 weeks/],
    ["seats", {}, [item("sql", "training", ["sql"], { availability: { seats: 0 } })], /No seats left/],
    ["currency", { constraints: { budget: { amount: 900, currency: "EUR" } } }, [item("sql", "training", ["sql"], { cost: { amount: 90, currency: "USD" } })], /priced in USD, not EUR/],
    ["language", { constraints: { languages: ["fr"] } }, [item("sql", "training", ["sql"], { language: "de" })], /taught in de/],
    ["excluded", { constraints: { exclude: ["sql"] } }, [item("sql", "training", ["sql"])], /is excluded/],
    ["no-item", {}, [item("excel", "training", ["excel"])], /Nothing in the catalog addresses SQL/],
    [
      "prerequisite",
      { constraints: { exclude: ["basics"] } },
      [item("basics", "training", ["excel"]), item("sql", "training", ["sql"], { prerequisites: ["basics"] })],
      /needs an item that cannot be had/,
    ],
  ];
  it.each(WARNINGS)("says when %s left a need uncovered, naming the need", (code, extra, catalog, message) => {
    const plan = createRecommender({ taxonomy, catalog }).recommend({ goals: ["learn SQL"], ...extra }, { asOf });
    expect(plan.needs.find((n) => n.key === "sql")!.coveredBy).toEqual([]);
    expect(plan.warnings).toEqual([{ code, need: "sql", message: expect.stringMatching(message) }]);
  });

  it("asks what would help when nothing in the catalog addresses a need", () => {
    const plan = createRecommender({ taxonomy, catalog: [item("excel", "training", ["excel"])] }).recommend({ goals: ["learn SQL"] }, { asOf });
    expect(plan.questions.some((q) => q.about === "goal-0:sql" && /What kind of support would help you with SQL/.test(q.text))).toBe(true);
  });

  it("reuses one recommender across profiles without carrying anything over", () => {
    const r = createRecommender({ taxonomy, catalog: [item("sql", "training", ["sql"]), item("excel", "training", ["excel"])] });
    const first = JSON.stringify(r.recommend({ goals: ["learn SQL"] }, { asOf }));
    r.recommend({ goals: ["pivot tables"], constraints: { exclude: ["sql"] } }, { asOf });
    expect(JSON.stringify(r.recommend({ goals: ["learn SQL"] }, { asOf }))).toBe(first);
  });

  it("lets recommender defaults be overridden per call", () => {
    const r = createRecommender({ taxonomy, catalog: [item("sql", "training", ["sql"]), item("excel", "training", ["excel"])], options: { maxItems: 1, asOf } });
    expect(r.recommend({ goals: ["learn SQL", "pivot tables"] }).items).toHaveLength(1);
    expect(r.recommend({ goals: ["learn SQL", "pivot tables"] }, { maxItems: 2 }).items).toHaveLength(2);
  });
});
