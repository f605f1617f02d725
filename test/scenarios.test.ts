import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createRecommender, defaultCatalog, recommend, ValidationError, type Plan, type Profile } from "../src/index";
import { coveredKeys, deepFreeze, hoursByWeek } from "./helpers";

const asOf = "2026-01-05";
const r = createRecommender();
const plan = (profile: Profile, options: Parameters<typeof r.recommend>[1] = {}) => r.recommend(profile, { asOf, ...options });
const kinds = (p: Plan) => new Set(p.items.map((i) => i.kind));
const byId = new Map(defaultCatalog.map((item) => [item.id, item] as const));

/** Limits every plan must keep, whoever it is for. */
function expectWithinLimits(p: Plan): void {
  for (const hours of hoursByWeek(p)) expect(hours).toBeLessThanOrEqual(p.totals.hoursPerWeekLimit + 1e-9);
  if (p.totals.budget) expect(p.totals.cost.amount).toBeLessThanOrEqual(p.totals.budget.amount);
  for (const item of p.items) {
    expect(item.start >= p.start && item.end <= p.end, `${item.id} ${item.start}..${item.end}`).toBe(true);
    for (const reason of item.reasons) {
      expect(p.needs.find((n) => n.id === reason.needId)?.coveredBy).toContain(item.id);
    }
  }
}

describe("Ana, a burnt-out engineer with a long commute", () => {
  const ana: Profile = {
    id: "ana",
    role: "Software Engineer",
    level: "mid",
    // "…and the commute" or "…and my long commute" alone name the commute too faintly for a second need (log-odds just
    // under the 0 a further need must reach since the English model weighs statements people write about themselves
    // three times); a commute said with its length does not.
    challenges: ["burnt out from the overtime, and my commute is two hours each way"],
    constraints: { hoursPerWeek: 4 },
  };
  const p = plan(ana);

  it("hears two needs in one sentence, both quoted in her words", () => {
    const keys = p.needs.map((n) => n.key);
    expect(keys).toEqual(expect.arrayContaining(["workload", "commute"]));
    expect(new Set(p.needs.map((n) => n.source))).toEqual(new Set(["burnt out from the overtime, and my commute is two hours each way"]));
  });

  it("answers the demands by changing the work, not with another course", () => {
    expect(p.items[0]!.kind).toBe("working-condition");
    const ranking = r.rank(ana, { asOf });
    const firstTraining = ranking.findIndex((x) => x.kind === "training");
    const firstChange = ranking.findIndex((x) => x.kind === "working-condition");
    expect(firstChange).toBe(0);
    expect(firstTraining === -1 || firstTraining > 2).toBe(true);
    for (const need of p.needs.filter((n) => n.key === "workload" || n.key === "commute")) {
      expect(need.coveredBy.some((id) => byId.get(id)!.kind === "working-condition")).toBe(true);
    }
  });

  it("explains each item with her own words", () => {
    for (const item of p.items) {
      expect(item.reasons.length).toBeGreaterThan(0);
      expect(item.explanation).toContain("burnt out from the overtime, and my commute is two hours each way");
    }
    expectWithinLimits(p);
  });
});

describe("Bilal, a junior analyst who freezes when presenting and wants SQL", () => {
  const p = plan({
    role: "Data Analyst",
    level: "junior",
    motivations: ["I love learning new things"],
    challenges: ["I freeze up when I present to leadership"],
    goals: [{ text: "learn SQL for our reports", horizon: "short", successMeasure: "builds the weekly report alone" }],
    constraints: { hoursPerWeek: 6, budget: { amount: 1200, currency: "EUR" } },
  });

  it("covers both the fear and the skill", () => {
    expect(coveredKeys(p)).toEqual(expect.arrayContaining(["public-speaking", "sql"]));
  });

  it("chooses items pitched at his level", () => {
    for (const item of p.items) {
      const level = byId.get(item.id)!.level;
      if (level) expect(["junior", "mid"]).toContain(level.min);
    }
  });

  it("keeps the budget and weekly hours", () => {
    expect(p.totals.cost.amount).toBeLessThanOrEqual(1200);
    expect(p.totals.peakHoursPerWeek).toBeLessThanOrEqual(6);
    expectWithinLimits(p);
  });

  it("asks nothing about a goal that already has a measure and a horizon", () => {
    expect(p.questions.some((q) => q.about === "learn SQL for our reports")).toBe(false);
  });
});

describe("Carmen, in sales with no training budget", () => {
  const p = plan({
    role: "Sales Representative",
    level: "senior",
    motivations: ["recognition for the deals I close"],
    challenges: ["I feel stuck, no promotion in four years"],
    goals: ["negotiate bigger enterprise contracts"],
    constraints: { hoursPerWeek: 3, budget: { amount: 0, currency: "EUR" } },
  });

  it("gets only free items", () => {
    expect(p.items.length).toBeGreaterThan(0);
    for (const item of p.items) expect(item.cost.amount).toBe(0);
    expect(p.totals.cost.amount).toBe(0);
  });

  it("is told which need the budget left uncovered, by name", () => {
    for (const warning of p.warnings.filter((w) => w.code === "budget")) {
      expect(warning.message).toMatch(/budget of 0 EUR left .+ uncovered/);
      expect(p.needs.find((n) => n.key === warning.need)?.coveredBy).toEqual([]);
    }
  });

  it("is asked how success will look, and by when", () => {
    expect(p.questions.find((q) => q.about === "negotiate bigger enterprise contracts")?.text).toMatch(/How will you know .* and by when/);
  });
});

describe("Dev, a night-shift technician with no spare hours", () => {
  const p = plan({
    role: "Maintenance Technician",
    challenges: ["working late every night", "my back hurts from sitting all day"],
    constraints: { hoursPerWeek: 0 },
  });
  it("gets only changes that cost no time", () => {
    expect(p.items.length).toBeGreaterThan(0);
    for (const item of p.items) {
      expect(item.hoursPerWeek).toBe(0);
      expect(item.kind).toBe("working-condition");
    }
    expect(p.totals.peakHoursPerWeek).toBe(0);
  });
});

describe("Eve, who has said nothing yet", () => {
  const p = plan({ id: "eve" });
  it("gets no items but the questions to ask first", () => {
    expect(p.items).toEqual([]);
    expect(p.needs).toEqual([]);
    expect(p.questions.map((q) => q.about)).toEqual(
      expect.arrayContaining(["motivations", "challenges", "goals", "constraints.hoursPerWeek", "level"]),
    );
    expect(p.checkIns).toHaveLength(1);
  });
});

describe("Farid, whose words match nothing we know", () => {
  const p = plan({ motivations: ["purple elephants dance"], challenges: ["I'm stressed all the time"] });
  it("keeps the unmatched words and asks about them instead of guessing", () => {
    expect(p.unmatched).toEqual([expect.objectContaining({ type: "motivation", source: "purple elephants dance" })]);
    expect(p.needs.every((n) => n.source !== "purple elephants dance")).toBe(true);
    const question = p.questions.find((q) => q.about === "purple elephants dance");
    expect(question?.text).toContain("“purple elephants dance”");
    expect(question?.why).toMatch(/rather ask than assume/);
  });
});

describe("Grace, whose answers are a year old", () => {
  it("is asked whether they still hold", () => {
    const stale = plan({ motivations: ["autonomy"], askedAt: "2024-12-01" });
    expect(stale.questions.find((q) => q.about === "askedAt")?.text).toContain("2024-12-01");
    const fresh = plan({ motivations: ["autonomy"], askedAt: "2025-11-20" });
    expect(fresh.questions.some((q) => q.about === "askedAt")).toBe(false);
  });
  it("can set how old is too old", () => {
    const p = plan({ motivations: ["autonomy"], askedAt: "2025-11-01" }, { staleAfterMonths: 1 });
    expect(p.questions.some((q) => q.about === "askedAt")).toBe(true);
  });
});

describe("Hiro, with a near goal and a far one", () => {
  const p = plan({
    goals: [
      { text: "improve my Excel skills", targetDate: "2026-02-15" },
      { text: "become a people manager", targetDate: "2028-01-01" },
      { text: "get better at negotiation", horizon: "short" },
    ],
  });
  it("gives each goal its horizon from the date, or as told", () => {
    const horizon = (key: string) => p.needs.find((n) => n.key === key)?.horizon;
    expect(horizon("excel")).toBe("short");
    expect(horizon("negotiation")).toBe("short");
    expect(p.needs.filter((n) => n.source === "become a people manager").every((n) => n.horizon === "long")).toBe(true);
  });
  it("can treat a longer span as short term", () => {
    const q = plan({ goals: [{ text: "become a people manager", targetDate: "2026-09-01" }] }, { shortGoalWeeks: 52 });
    expect(q.needs.every((n) => n.horizon === "short")).toBe(true);
  });
});

describe("Ines, who already took the SQL basics and wants more", () => {
  const advanced = defaultCatalog.find((item) => (item.prerequisites ?? []).length > 0 && item.addresses.some((a) => (typeof a === "string" ? a : a.key) === "sql"));
  it("skips what she completed and what she excluded", () => {
    expect(advanced).toBeDefined();
    const prerequisite = advanced!.prerequisites![0]!;
    const p = plan({
      goals: ["learn SQL for reporting"],
      constraints: { hoursPerWeek: 10, completed: [prerequisite], budget: { amount: 5000, currency: "EUR" } },
    });
    expect(p.items.map((i) => i.id)).not.toContain(prerequisite);
    const excluded = p.items[0]!.id;
    const q = plan({ goals: ["learn SQL for reporting"], constraints: { hoursPerWeek: 10, completed: [prerequisite], exclude: [excluded] } });
    expect(q.items.map((i) => i.id)).not.toContain(excluded);
    expect(q.items.map((i) => i.id)).not.toContain(prerequisite);
  });
});

describe("Jon, who needs a course that has a prerequisite", () => {
  it("gets the prerequisite first, ending before the dependant starts", () => {
    const withPrereq = defaultCatalog.filter((item) => (item.prerequisites ?? []).length > 0);
    let checked = 0;
    for (const dependant of withPrereq) {
      const key = dependant.addresses.map((a) => (typeof a === "string" ? a : a.key))[0]!;
      const p = plan(
        { level: "senior", goals: [key.replace(/-/g, " ")], constraints: { hoursPerWeek: 20, horizonWeeks: 52 } },
        { maxItems: 10 },
      );
      const placed = new Map(p.items.map((i) => [i.id, i] as const));
      for (const item of p.items) {
        for (const id of item.prerequisites) {
          checked++;
          expect(placed.get(id)!.end < item.start, `${id} before ${item.id}`).toBe(true);
        }
        for (const id of byId.get(item.id)!.prerequisites ?? []) expect(placed.has(id), `${item.id} needs ${id}`).toBe(true);
      }
      expectWithinLimits(p);
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe("Klara, who learns only in German", () => {
  const p = plan({ goals: ["improve my presentation skills", "learn Excel"], constraints: { languages: ["de"] } });
  it("gets nothing taught in another language", () => {
    for (const item of p.items) {
      const language = byId.get(item.id)!.language;
      expect(language === undefined || language === "de").toBe(true);
    }
  });
});

describe("Liam, who only wants online learning", () => {
  it("gets preferred formats ranked first", () => {
    const ranking = r.rank({ goals: ["get better at project management"], constraints: { formats: ["online"] } }, { asOf });
    expect(byId.get(ranking[0]!.id)!.format).toBe("online");
  });
});

describe("Maya, with many needs and room for two items", () => {
  const p = plan(
    {
      motivations: ["I want to grow in my career", "recognition"],
      challenges: ["too many meetings", "I can't delegate", "imposter syndrome"],
      goals: ["learn project management"],
    },
    { maxItems: 2 },
  );
  it("gets two items and, for each need left out, a warning (or, for one read unsure, a question first)", () => {
    expect(p.items).toHaveLength(2);
    const uncovered = p.needs.filter((n) => n.coveredBy.length === 0);
    expect(uncovered.length).toBeGreaterThan(0);
    for (const need of uncovered) {
      const said = need.confirmed === false ? p.questions.some((q) => q.options?.some((o) => o.key === need.key)) : p.warnings.some((w) => w.need === need.key);
      expect(said, need.key).toBe(true);
    }
  });
  it("spreads the two items over different needs", () => {
    const served = p.items.map((i) => i.reasons.map((r) => r.needId).sort().join());
    expect(new Set(served).size).toBe(2);
  });
});

describe("Noor, whose needs span kinds", () => {
  const profile: Profile = {
    motivations: ["flexibility", "I like helping my colleagues"],
    challenges: ["constant interruptions", "I never get feedback"],
    goals: ["learn SQL", "become a team lead"],
    constraints: { hoursPerWeek: 8, budget: { amount: 3000, currency: "EUR" } },
  };
  it("gets a plan that spans kinds, and reports the mix", () => {
    const p = plan(profile);
    expect(kinds(p).size).toBeGreaterThanOrEqual(2);
    const total = Object.values(p.mix).reduce((sum, m) => sum + m.count, 0);
    expect(total).toBe(p.items.length);
    expect(p.mix.training.target + p.mix.mentoring.target + p.mix["working-condition"].target).toBeCloseTo(1);
  });
  it("follows the target mix it is given", () => {
    const experiential = plan(profile, { mix: { "working-condition": 70, mentoring: 20, training: 10 } });
    const formal = plan(profile, { mix: { "working-condition": 10, mentoring: 20, training: 70 } });
    expect(experiential.mix["working-condition"].count).toBeGreaterThan(formal.mix["working-condition"].count);
    expect(formal.mix.training.count).toBeGreaterThan(experiential.mix.training.count);
  });
});

describe("Oscar, with a four-week horizon", () => {
  const p = plan({ goals: ["learn SQL", "get AWS certified"], constraints: { horizonWeeks: 4, hoursPerWeek: 10 } });
  it("gets only what fits in four weeks, and check-ins within them", () => {
    expect(p.end).toBe("2026-02-01");
    expectWithinLimits(p);
    for (const date of p.checkIns) expect(date <= p.end).toBe(true);
  });
});

describe("Priya, a new manager with a busy diary", () => {
  const p = plan({
    role: "Engineering Manager",
    level: "manager",
    motivations: [{ text: "helping my people grow", weight: 3 }],
    challenges: ["I just became a manager", "back to back meetings all day"],
    goals: [{ text: "get better at giving feedback to my team", horizon: "short" }],
    constraints: { hoursPerWeek: 5, startDate: "2026-02-02" },
  });
  it("starts on her start date and schedules check-ins every four weeks", () => {
    expect(p.start).toBe("2026-02-02");
    expect(p.items.every((i) => i.start >= "2026-02-02")).toBe(true);
    expect(p.checkIns[0]).toBe("2026-03-02");
  });
  it("covers the transition and the meeting load", () => {
    expect(coveredKeys(p)).toEqual(expect.arrayContaining(["new-manager-transition", "meeting-overload"]));
    expectWithinLimits(p);
  });
});

describe("two contrasting employees", () => {
  it("get different plans", () => {
    const a = plan({ challenges: ["burnt out", "long commute"], motivations: ["flexibility"] });
    const b = plan({ goals: ["learn SQL", "build dashboards in Power BI"], motivations: ["mastery"] });
    const shared = a.items.filter((x) => b.items.some((y) => y.id === x.id));
    expect(shared).toEqual([]);
  });
});

describe("determinism and purity", () => {
  const profile: Profile = {
    id: "q",
    motivations: ["growth", { text: "recognition", weight: 2 }],
    challenges: ["too many meetings", "I freeze when presenting"],
    goals: [{ text: "learn SQL", targetDate: "2026-03-01" }],
    feedback: [
      { competency: "communication", rater: "self", score: 5 },
      { competency: "communication", rater: "peer", score: 2 },
      { competency: "communication", rater: "manager", score: 2 },
    ],
    constraints: { hoursPerWeek: 5, budget: { amount: 800, currency: "EUR" }, exclude: ["wc-sabbatical"] },
    askedAt: "2025-06-01",
  };

  it("gives the same plan, byte for byte, for the same input and asOf", () => {
    expect(JSON.stringify(plan(profile))).toBe(JSON.stringify(plan(structuredClone(profile))));
    expect(JSON.stringify(recommend(profile, { asOf }))).toBe(JSON.stringify(plan(profile)));
  });

  it("does not mutate a deep-frozen profile or options", () => {
    const frozen = deepFreeze(structuredClone(profile));
    const options = deepFreeze({ asOf, mix: { training: 1, mentoring: 1, "working-condition": 1 } });
    expect(() => r.recommend(frozen, options)).not.toThrow();
    expect(frozen).toEqual(profile);
  });

  it("is plain JSON that survives a round trip", () => {
    const p = plan(profile);
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
  });

  it("never reads the clock: asOf is required when the profile gives no date", () => {
    expect(() => r.recommend({ motivations: ["growth"] })).toThrow(ValidationError);
    expect(() => r.recommend({ motivations: ["growth"] })).toThrow(/options\.asOf: is required/);
    expect(() => r.recommend({ motivations: ["growth"], askedAt: "2026-01-05" })).not.toThrow();
  });

  it("answers bad input with one ValidationError and no plan", () => {
    const result = r.safeRecommend({ motivations: "growth" }, { asOf });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues).toEqual([{ path: ["motivations"], message: expect.stringMatching(/list/) }]);
  });
});

describe("the core stays browser-safe", () => {
  it("imports nothing from node: and reads no clock or randomness in src/", () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) {
          if (name !== "cli") walk(path);
        } else if (path.endsWith(".ts")) files.push(path);
      }
    };
    walk(new URL("../src", import.meta.url).pathname);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(/from "node:|require\(|Date\.now\(|new Date\(\)|Math\.random\(/);
    }
  });
});
