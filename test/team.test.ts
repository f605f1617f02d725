import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { hoursByWeek } from "./helpers";
import { readmeBlock } from "./readme-blocks";
import { createRecommender as createCore } from "../src/core";
import {
  createRecommender,
  defaultCatalog,
  defaultTaxonomy,
  recommend,
  recommendForTeam,
  safeRecommendForTeam,
  team,
  ValidationError,
  type CatalogItem,
  type Plan,
  type Profile,
  type Rating,
  type SafeResult,
  type TeamOptions,
  type TeamPlan,
} from "../src/index";

const asOf = "2026-01-05";

/** Ratings everyone agrees are high: self, the manager and a peer, each a named rater. */
function strongIn(competency: string, level = 5, tag = "x"): Rating[] {
  return [
    { competency, rater: "self", score: 5 },
    { competency, rater: "manager", raterId: `secret-manager-${tag}`, score: level },
    { competency, rater: "peer", raterId: `secret-peer-${tag}`, score: level },
  ];
}

/** Ratings where the person sees a strength others do not. */
function blindSpotIn(competency: string, tag = "x"): Rating[] {
  return [
    { competency, rater: "self", score: 5 },
    { competency, rater: "peer", raterId: `secret-peer-a-${tag}`, score: 2, comment: "talks over people in calls" },
    { competency, rater: "report", raterId: `secret-report-b-${tag}`, score: 2 },
  ];
}

const pairItems = (plan: Plan) => plan.items.filter((item) => item.pair !== undefined);

/** Everything a team plan must never break, whatever the team. */
function expectTeamInvariants(team: TeamPlan, profiles: readonly Profile[], catalog: readonly CatalogItem[], capacity = 2, teamBudget?: number): void {
  const ids = profiles.map((p) => p.id!);
  expect(Object.keys(team.plans)).toEqual(ids);
  const mentees = new Map<string, number>();
  for (const pair of team.pairs) {
    expect(pair.mentorId).not.toBe(pair.menteeId);
    mentees.set(pair.mentorId, (mentees.get(pair.mentorId) ?? 0) + 1);
    const mentorSide = team.plans[pair.mentorId]!.items.find((i) => i.pair?.role === "mentor" && i.pair.partnerId === pair.menteeId && i.pair.need === pair.need);
    const menteeSide = team.plans[pair.menteeId]!.items.find((i) => i.pair?.role === "mentee" && i.pair.partnerId === pair.mentorId && i.pair.need === pair.need);
    expect(mentorSide).toBeDefined();
    expect(menteeSide).toBeDefined();
    for (const side of [mentorSide!, menteeSide!]) {
      expect(side.kind).toBe("mentoring");
      expect(side.cost.amount).toBe(0);
      expect(side.start).toBe(pair.start);
      expect(side.end).toBe(pair.end);
    }
    expect(menteeSide!.reasons.length).toBeGreaterThan(0);
    // The mentor never needs what they teach, is weak in it by no one's account, and colleagues rate them strong in it.
    const mentorNeeds = team.plans[pair.mentorId]!.needs.filter((n) => n.key === pair.need);
    for (const need of mentorNeeds) expect(["agreed-strength", "hidden-strength"]).toContain(need.pattern);
    const thanked = team.recognition.find((r) => r.profileId === pair.mentorId && r.need === pair.need);
    expect(thanked?.rating).toBeGreaterThanOrEqual(4);
    expect(thanked?.raters).toBeGreaterThanOrEqual(2);
    expect(thanked?.mentees).toContain(pair.menteeId);
  }
  for (const count of mentees.values()) expect(count).toBeLessThanOrEqual(capacity);
  const sides = Object.values(team.plans).flatMap(pairItems);
  expect(sides).toHaveLength(team.pairs.length * 2);
  for (const plan of Object.values(team.plans)) {
    for (const hours of hoursByWeek(plan)) expect(hours).toBeLessThanOrEqual(plan.totals.hoursPerWeekLimit + 1e-9);
    expect(plan.totals.peakHoursPerWeek).toBeLessThanOrEqual(plan.totals.hoursPerWeekLimit + 1e-9);
  }
  for (const item of catalog) {
    const seats = item.availability?.seats;
    if (seats === undefined) continue;
    const taken = Object.values(team.plans).filter((plan) => plan.items.some((i) => i.id === item.id)).length;
    expect(taken).toBeLessThanOrEqual(seats);
  }
  const spent = Object.values(team.plans).reduce((sum, plan) => sum + plan.items.reduce((s, i) => s + i.cost.amount, 0), 0);
  if (teamBudget !== undefined) {
    expect(spent).toBeLessThanOrEqual(teamBudget + 1e-9);
    expect(team.shared.budget?.spent).toBeCloseTo(spent, 2);
  }
  expect(JSON.stringify(team)).not.toMatch(/secret-/);
}

describe("the team step", () => {
  const profiles = [{ id: "ana", goals: ["learn SQL"] }, { id: "ben", goals: ["learn SQL"] }];

  it("is part of every recommender from tailorplan", () => {
    expect(Object.keys(createRecommender().recommendForTeam(profiles, { asOf }).plans)).toEqual(["ana", "ben"]);
  });

  it("is passed to a tailorplan/core recommender, which refuses team plans without it", () => {
    const bare = createCore({ catalog: defaultCatalog, taxonomy: defaultTaxonomy });
    expect(() => bare.recommendForTeam(profiles, { asOf })).toThrow(/needs the team step/);
    const refused = bare.safeRecommendForTeam(profiles, { asOf });
    expect(refused.success).toBe(false);
    if (!refused.success) expect(refused.issues[0]!.path).toEqual(["team"]);
    const withTeam = createCore({ catalog: defaultCatalog, taxonomy: defaultTaxonomy, team });
    expect(withTeam.recommendForTeam(profiles, { asOf })).toEqual(createRecommender().recommendForTeam(profiles, { asOf }));
    // One person's plan needs no team step.
    expect(bare.recommend(profiles[0], { asOf })).toEqual(createRecommender().recommend(profiles[0], { asOf }));
  });
});

describe("validation", () => {
  it("wants an array of profiles", () => {
    expect(() => recommendForTeam({ id: "ana" }, { asOf })).toThrow(ValidationError);
    try {
      recommendForTeam("ana", { asOf });
    } catch (error) {
      expect((error as ValidationError).subject).toBe("profiles");
    }
  });

  it("names every profile without an id or with a taken one, by path", () => {
    const result = safeRecommendForTeam([{ id: "ana" }, { name: "No Id" }, { id: "ana" }, { id: "cem", motivations: "growth" }], { asOf });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => i.path)).toEqual([[1, "id"], [2, "id"], [3, "motivations"]]);
    expect(result.error.message).toContain("profiles[1].id");
    expect(result.error.message).toContain("profiles[2].id");
    expect(result.error.message).toMatch(/already the id of profiles\[0\]/);
  });

  it("checks the team options", () => {
    const result = safeRecommendForTeam([{ id: "ana" }], { asOf, mentorCapacity: -1, teamBudget: { amount: -5, currency: "EUR" } });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.subject).toBe("options");
    expect(result.issues.map((i) => i.path[0])).toEqual(expect.arrayContaining(["mentorCapacity", "teamBudget"]));
  });

  it("an empty team has no plans", () => {
    expect(recommendForTeam([], { asOf })).toEqual({ plans: {}, pairs: [], shared: { budget: null, seats: [] }, warnings: [], recognition: [] });
  });
});

describe("internal mentoring", () => {
  const ana: Profile = { id: "ana", name: "Ana", feedback: strongIn("negotiation", 5, "ana") };
  const ben: Profile = { id: "ben", name: "Ben", goals: ["negotiate bigger enterprise contracts"] };

  it("pairs an agreed strength with a colleague who needs it, on both sides", () => {
    const team = recommendForTeam([ana, ben], { asOf });
    expect(team.pairs).toEqual([expect.objectContaining({ mentorId: "ana", menteeId: "ben", need: "negotiation" })]);
    const pair = team.pairs[0]!;
    expect(pair.reason).toContain("Ana");
    expect(pair.reason).toContain("negotiate bigger enterprise contracts");

    const mentorSide = pairItems(team.plans.ana!)[0]!;
    const menteeSide = pairItems(team.plans.ben!)[0]!;
    expect(mentorSide.pair).toEqual({ role: "mentor", partnerId: "ben", need: "negotiation" });
    expect(menteeSide.pair).toEqual({ role: "mentee", partnerId: "ana", need: "negotiation" });
    // Each side explains the pair in its own terms.
    expect(mentorSide.explanation).toMatch(/You mentor Ben in Negotiation/);
    expect(mentorSide.reasons.map((r) => r.needId)).toContain("feedback:negotiation");
    expect(menteeSide.explanation).toMatch(/Ana.*mentors you in it/);
    expect(menteeSide.reasons.some((r) => r.quote === "negotiate bigger enterprise contracts")).toBe(true);
    // Like any item: counted in the mix and the hours, free of charge.
    for (const plan of [team.plans.ana!, team.plans.ben!]) {
      const side = pairItems(plan)[0]!;
      expect(side.hoursPerWeek).toBe(1);
      expect(side.cost.amount).toBe(0);
      expect(plan.mix.mentoring.count).toBeGreaterThanOrEqual(1);
      expect(plan.needs.some((n) => n.coveredBy.includes(side.id))).toBe(true);
    }
    expectTeamInvariants(team, [ana, ben], defaultCatalog);
  });

  it("a blind spot finds a mentor among those who do it well", () => {
    const cem: Profile = { id: "cem", feedback: blindSpotIn("communication", "cem") };
    const dana: Profile = { id: "dana", feedback: strongIn("communication", 5, "dana") };
    const team = recommendForTeam([cem, dana], { asOf });
    expect(team.pairs).toEqual([expect.objectContaining({ mentorId: "dana", menteeId: "cem", need: "communication" })]);
    expect(team.pairs[0]!.reason).toMatch(/blind spot/);
  });

  it("never pairs a person with themselves, and two people may mentor each other in different things", () => {
    const a: Profile = { id: "a", feedback: [...strongIn("negotiation", 5, "a"), ...blindSpotIn("communication", "a")] };
    const b: Profile = { id: "b", feedback: [...strongIn("communication", 5, "b"), ...blindSpotIn("negotiation", "b")] };
    const team = recommendForTeam([a, b], { asOf });
    expect(team.pairs.map((p) => `${p.mentorId}>${p.menteeId}:${p.need}`).sort()).toEqual(["a>b:negotiation", "b>a:communication"]);
    expectTeamInvariants(team, [a, b], defaultCatalog);
  });

  it("a strength the person also says they need makes them no mentor in it", () => {
    const carla: Profile = { id: "carla", feedback: strongIn("negotiation", 5, "carla"), goals: ["I want to negotiate better deals"] };
    expect(recommendForTeam([carla, ben], { asOf }).pairs).toEqual([]);
    // Ana may mentor both; Carla, who wants to get better at it herself, mentors nobody.
    const team = recommendForTeam([carla, ben, ana], { asOf });
    expect(team.pairs.map((p) => `${p.mentorId}>${p.menteeId}`).sort()).toEqual(["ana>ben", "ana>carla"]);
  });

  it("a hidden strength mentors too: colleagues' ratings decide, not modesty", () => {
    const shy: Profile = {
      id: "shy",
      name: "Shy",
      feedback: [
        { competency: "negotiation", rater: "self", score: 2 },
        { competency: "negotiation", rater: "manager", raterId: "secret-m", score: 5 },
        { competency: "negotiation", rater: "peer", raterId: "secret-p", score: 5, comment: "closes the hardest deals calmly" },
      ],
    };
    const team = recommendForTeam([shy, ben], { asOf });
    expect(team.pairs).toEqual([expect.objectContaining({ mentorId: "shy", menteeId: "ben", need: "negotiation" })]);
    expect(team.pairs[0]!.reason).toMatch(/rated strong in Negotiation by colleagues, more than by themselves/);
    // Their side of the pair says why they were asked: recognition and a stretch.
    const side = pairItems(team.plans.shy!)[0]!;
    expect(side.explanation).toMatch(/colleagues rate your Negotiation 5\.0\/5, higher than your own 2\.0\/5/);
    expect(side.explanation).toMatch(/recognition/);
    expect(side.reasons.map((r) => r.needId)).toContain("feedback:negotiation");
    expect(team.recognition).toEqual([
      expect.objectContaining({ profileId: "shy", need: "negotiation", label: "Negotiation", rating: 5, raters: 2, mentees: ["ben"], comments: ["closes the hardest deals calmly"] }),
    ]);
  });

  describe("capacity", () => {
    const mentees: Profile[] = ["m1", "m2", "m3", "m4", "m5"].map((id) => ({ id, goals: ["negotiate bigger enterprise contracts"] }));

    it.each([
      { capacity: undefined, pairs: 2 },
      { capacity: 0, pairs: 0 },
      { capacity: 1, pairs: 1 },
      { capacity: 3, pairs: 3 },
    ])("mentorCapacity $capacity gives $pairs pairs", ({ capacity, pairs }) => {
      const team = recommendForTeam([ana, ...mentees], { asOf, ...(capacity === undefined ? {} : { mentorCapacity: capacity }) });
      expect(team.pairs).toHaveLength(pairs);
      expect(pairItems(team.plans.ana!)).toHaveLength(pairs);
      if (pairs > 0) {
        const left = team.warnings.find((w) => w.code === "mentor-capacity");
        expect(left?.profileIds).toHaveLength(5 - pairs);
        expect(left?.need).toBe("negotiation");
      }
      expectTeamInvariants(team, [ana, ...mentees], defaultCatalog, capacity ?? 2);
    });

    it("the largest need gets the mentor first, whatever the order or the ids", () => {
      const urgent: Profile = { id: "zed", goals: [{ text: "negotiate bigger enterprise contracts", weight: 5 }] };
      for (const team of [[ana, ...mentees, urgent], [urgent, ...[...mentees].reverse(), ana]]) {
        expect(recommendForTeam(team, { asOf, mentorCapacity: 1 }).pairs.map((p) => p.menteeId)).toEqual(["zed"]);
      }
    });

    it("the colleague rated strongest mentors first", () => {
      const good: Profile = { id: "aaa-good", feedback: strongIn("negotiation", 4.2, "good") };
      const best: Profile = { id: "zzz-best", feedback: strongIn("negotiation", 5, "best") };
      const team = recommendForTeam([good, best, mentees[0]!], { asOf });
      expect(team.pairs.map((p) => p.mentorId)).toEqual(["zzz-best"]);
    });

    it("a mentor's weekly hours limit the pairs as much as capacity does", () => {
      const busy: Profile = { ...ana, constraints: { hoursPerWeek: 1 } };
      const team = recommendForTeam([busy, ...mentees], { asOf });
      expect(team.pairs).toHaveLength(1);
      expect(team.warnings.some((w) => w.code === "mentor-time")).toBe(true);
      expect(team.plans.ana!.totals.peakHoursPerWeek).toBeLessThanOrEqual(1);
      const none = recommendForTeam([ana, { ...mentees[0]!, constraints: { hoursPerWeek: 0 } }], { asOf });
      expect(none.pairs).toEqual([]);
    });
  });

  it("a pair runs on the same dates on both sides, from the later start", () => {
    const late: Profile = { ...ben, constraints: { startDate: "2026-02-11" } };
    const team = recommendForTeam([ana, late], { asOf });
    const [pair] = team.pairs;
    expect(pair?.start).toBe("2026-02-11");
    expect(pairItems(team.plans.ana!)[0]!.start).toBe("2026-02-11");
    expect(pairItems(team.plans.ben!)[0]!.end).toBe(pair!.end);
    expectTeamInvariants(team, [ana, late], defaultCatalog);
  });

  it("the same team in another order gives the same pairs and plans", () => {
    const team = [ana, ben, { id: "cem", feedback: blindSpotIn("communication", "cem") }, { id: "dana", feedback: strongIn("communication", 5, "dana") }];
    const a = recommendForTeam(team, { asOf });
    const b = recommendForTeam([...team].reverse(), { asOf });
    expect(b.pairs).toEqual(a.pairs);
    expect(b.warnings).toEqual(a.warnings);
    for (const id of Object.keys(a.plans)) expect(b.plans[id]).toEqual(a.plans[id]);
  });
});

describe("a team of seven: colleagues' ratings choose the mentors, and mentoring gets its hour", () => {
  const others = (competency: string, score: number, tag: string, comment?: string): Rating[] => [
    { competency, rater: "manager", raterId: `secret-m-${tag}`, score, ...(comment ? { comment } : {}) },
    { competency, rater: "peer", raterId: `secret-p-${tag}`, score },
    { competency, rater: "report", raterId: `secret-r-${tag}`, score },
  ];
  // Rated 5/5 by everyone else, 3/5 by herself: a hidden strength.
  const mo: Profile = { id: "mo", name: "Mo", feedback: [{ competency: "communication", rater: "self", score: 3 }, ...others("communication", 5, "mo", "explains hard things simply")] };
  // Sees a strength nobody else sees: a blind spot, so a mentee, never a mentor.
  const kim: Profile = { id: "kim", name: "Kim", feedback: blindSpotIn("communication", "kim") };
  // An agreed strength, and a plan already full: six items, three hours a week.
  const fay: Profile = {
    id: "fay",
    name: "Fay",
    motivations: ["I love learning new things"],
    challenges: ["I freeze when presenting"],
    goals: ["learn SQL"],
    feedback: strongIn("negotiation", 5, "fay"),
    constraints: { hoursPerWeek: 3 },
  };
  const ana: Profile = { id: "ana", name: "Ana", goals: ["negotiate bigger enterprise contracts"] };
  // Everyone agrees this is weak.
  const lee: Profile = { id: "lee", name: "Lee", feedback: [{ competency: "negotiation", rater: "self", score: 2 }, ...others("negotiation", 2, "lee")] };
  // Colleagues rate her communication highly, but she says she needs it: no mentor in it.
  const sam: Profile = { id: "sam", name: "Sam", goals: ["I want to improve my communication skills"], feedback: [{ competency: "communication", rater: "self", score: 4 }, ...others("communication", 5, "sam")] };
  const raj: Profile = { id: "raj", name: "Raj", challenges: ["I struggle to explain my ideas clearly"] };
  const team = [mo, kim, fay, ana, lee, sam, raj];
  const plan = recommendForTeam(team, { asOf });
  const mentors = (need: string) => plan.pairs.filter((p) => p.need === need).map((p) => p.mentorId);

  it("the modest person everyone else rates 5/5 mentors, and her side of the pair says why", () => {
    expect(mentors("communication")).toContain("mo");
    expect(plan.pairs.find((p) => p.mentorId === "mo" && p.menteeId === "kim")).toBeDefined();
    const side = pairItems(plan.plans.mo!).find((i) => i.pair?.partnerId === "kim")!;
    expect(side.explanation).toMatch(/colleagues rate your Communication 5\.0\/5, higher than your own 3\.0\/5/);
    expect(side.explanation).toMatch(/recognition of it, and a stretch/);
    expect(plan.recognition.find((r) => r.profileId === "mo")).toMatchObject({ need: "communication", label: "Communication", rating: 5, raters: 3, comments: ["explains hard things simply"] });
  });

  it("a person whose plan was full still mentors when the pair is worth more than what it displaces", () => {
    const alone = recommend(fay, { asOf });
    expect(alone.items).toHaveLength(6);
    expect(alone.items.some((i) => i.pair !== undefined)).toBe(false);
    // Lee, whom everyone rates low, needs it most and gets her hour.
    // (With self-paced courses spread to her three hours, her plan has room for Ana's pair too.)
    expect(plan.pairs.filter((p) => p.mentorId === "fay").map((p) => p.menteeId)[0]).toBe("lee");
    const kept = new Set(plan.plans.fay!.items.map((i) => i.id));
    const displaced = alone.items.filter((i) => !kept.has(i.id));
    expect(displaced.length).toBeGreaterThan(0);
    expect(plan.plans.fay!.items.length).toBeLessThanOrEqual(6);
  });

  it("…and keeps her plan when the pair is worth less", () => {
    const faint: Profile = { id: "ana", name: "Ana", goals: [{ text: "negotiate bigger enterprise contracts", weight: 0.3 }] };
    const both = recommendForTeam([fay, faint], { asOf });
    expect(both.pairs).toEqual([]);
    expect(both.plans.fay).toEqual(recommend(fay, { asOf }));
    expect(both.warnings.find((w) => w.code === "mentor-time")?.profileIds).toEqual(["ana"]);
    // With more room in her plan (hours and items), the same faint need gets her.
    expect(recommendForTeam([{ ...fay, constraints: { hoursPerWeek: 12 } }, faint], { asOf, maxItems: 10 }).pairs.map((p) => p.mentorId)).toEqual(["fay"]);
  });

  it("nobody weak in a competency mentors it, nor anyone who says they need it", () => {
    for (const pair of plan.pairs) expect(["kim", "lee", "ana", "raj"]).not.toContain(pair.mentorId);
    expect(mentors("communication")).not.toContain("sam");
    expect(plan.pairs.some((p) => p.menteeId === "lee" && p.need === "negotiation")).toBe(true);
    expect(plan.recognition.map((r) => `${r.profileId}:${r.need}`).sort()).toEqual(["fay:negotiation", "mo:communication"]);
    expectTeamInvariants(plan, team, defaultCatalog);
  });

  it("the same pairs and plans whatever the input order", () => {
    const orders = [[...team].reverse(), [sam, ana, raj, mo, lee, fay, kim], [lee, mo, fay, raj, kim, sam, ana]];
    for (const order of orders) {
      const again = recommendForTeam(order, { asOf });
      expect(again.pairs).toEqual(plan.pairs);
      expect(again.recognition).toEqual(plan.recognition);
      for (const id of Object.keys(plan.plans)) expect(again.plans[id]).toEqual(plan.plans[id]);
    }
  });

  it("every sentence names a competency by its label, never by a complaint's wording", () => {
    const dee: Profile = { id: "dee", name: "Dee", feedback: strongIn("delegation", 5, "dee") };
    const dan: Profile = { id: "dan", name: "Dan", challenges: ["I have trouble delegating, I end up doing everything myself"] };
    const words = recommendForTeam([dee, dan], { asOf });
    const entries = new Map(defaultTaxonomy.entries.map((e) => [e.key, e]));
    expect(words.pairs.map((p) => [p.mentorId, p.need, p.label])).toEqual([["dee", "delegation", "Delegation"]]);
    const sentences = [
      ...words.pairs.flatMap((p) => [p.reason, p.label]),
      ...words.recognition.flatMap((r) => [r.text, r.label]),
      ...Object.values(words.plans).flatMap((p) => [...p.items.flatMap((i) => [i.title, i.explanation ?? ""]), ...p.questions.map((q) => q.text)]),
    ];
    expect(sentences.join(" ")).toMatch(/rated strong in Delegation/);
    // A challenge's synonyms are how people complain; no sentence of ours borrows one as a competency's name.
    for (const synonym of entries.get("delegation")!.synonyms) {
      for (const sentence of words.pairs.map((p) => p.reason)) {
        const quoted = sentence.replace(/“[^”]*”/g, "");
        expect(quoted.toLowerCase()).not.toContain(synonym.toLowerCase());
      }
    }
    for (const r of [...words.pairs, ...words.recognition]) expect(r.label).toBe(entries.get(r.need)!.label);
  });
});

describe("rater identity", () => {
  it("never appears in any team plan, pair or warning", () => {
    const profiles: Profile[] = [
      { id: "ana", feedback: strongIn("negotiation", 5, "ana") },
      { id: "ben", feedback: blindSpotIn("negotiation", "ben") },
      { id: "cem", feedback: blindSpotIn("negotiation", "cem") },
      { id: "dan", feedback: blindSpotIn("negotiation", "dan") },
    ];
    const team = recommendForTeam(profiles, { asOf, mentorCapacity: 1 });
    expect(team.pairs.length).toBe(1);
    expect(team.warnings.length).toBeGreaterThan(0);
    const text = JSON.stringify(team);
    expect(text).not.toMatch(/secret-/);
    // Comments may be quoted; who wrote them may not.
    expect(text).toContain("talks over people in calls");
  });
});

describe("shared seats and team budget", () => {
  const sql = (id: string, extra: Partial<CatalogItem>): CatalogItem => ({
    id,
    kind: "training",
    title: id,
    addresses: ["sql"],
    hoursPerWeek: 1,
    weeks: 4,
    cost: { amount: 0, currency: "EUR" },
    format: "online",
    ...extra,
  });
  const catalog: CatalogItem[] = [
    sql("sql-cohort", { addresses: ["sql", "excel"], availability: { seats: 1 } }),
    { ...sql("excel-clinic", { addresses: ["excel"] }), kind: "mentoring", format: "one-to-one" },
    sql("sql-course-a", { cost: { amount: 600, currency: "EUR" } }),
    sql("sql-course-b", { cost: { amount: 500, currency: "EUR" }, addresses: ["sql", "data-analysis"] }),
    sql("data-course", { cost: { amount: 400, currency: "EUR" }, addresses: ["data-analysis"] }),
  ];
  const r = createRecommender({ catalog, taxonomy: defaultTaxonomy });

  it("seats go first to whom nothing else can help, whatever the ids", () => {
    // Aaron's need in Excel has a free, unlimited clinic; Zoe's need in SQL has only limited or paid items.
    const aaron: Profile = { id: "aaron", challenges: ["I struggle with excel spreadsheets"] };
    const zoe: Profile = { id: "zoe", goals: ["learn SQL"] };
    for (const profiles of [[aaron, zoe], [zoe, aaron]]) {
      const team = r.recommendForTeam(profiles, { asOf, teamBudget: { amount: 0, currency: "EUR" } });
      expect(team.plans.zoe!.items.map((i) => i.id)).toContain("sql-cohort");
      expect(team.plans.aaron!.items.map((i) => i.id)).not.toContain("sql-cohort");
      expect(team.shared.seats).toEqual([{ id: "sql-cohort", title: "sql-cohort", seats: 1, taken: 1 }]);
      expectTeamInvariants(team, profiles, catalog, 2, 0);
    }
  });

  it("never gives more seats than an item has, and says who went without", () => {
    const profiles: Profile[] = ["p1", "p2", "p3", "p4"].map((id) => ({ id, goals: ["learn SQL"] }));
    const team = r.recommendForTeam(profiles, { asOf });
    expect(Object.values(team.plans).filter((p) => p.items.some((i) => i.id === "sql-cohort"))).toHaveLength(1);
    const seats = team.warnings.find((w) => w.code === "seats");
    expect(seats?.itemId).toBe("sql-cohort");
    expect(seats?.profileIds).toHaveLength(3);
    for (const id of seats!.profileIds) expect(team.plans[id]!.items.map((i) => i.id)).not.toContain("sql-cohort");
    expectTeamInvariants(team, profiles, catalog);
  });

  it("never spends more than the team budget, and the largest uncovered need is paid first", () => {
    // Everyone needs SQL; the one who also needs data analysis has more that only money can cover.
    const profiles: Profile[] = [
      { id: "a", goals: ["learn SQL"] },
      { id: "b", goals: ["learn SQL"] },
      { id: "z", goals: ["learn SQL", "become a data analyst"] },
    ];
    const team = r.recommendForTeam(profiles, { asOf, teamBudget: { amount: 1000, currency: "EUR" } });
    expect(team.plans.z!.totals.cost.amount).toBeGreaterThan(0);
    expect(team.shared.budget?.spent).toBeLessThanOrEqual(1000);
    const short = team.warnings.find((w) => w.code === "team-budget");
    expect(short?.profileIds.length).toBeGreaterThan(0);
    for (const id of short!.profileIds) expect(team.plans[id]!.totals.budget!.amount).toBeLessThan(1000);
    // Whoever came last found the pool empty and the one seat taken.
    expect(short?.profileIds).toContain("b");
    expect(team.plans.b!.totals.cost.amount).toBe(0);
    expect(team.plans.b!.needs.find((n) => n.key === "sql")?.coveredBy).toEqual([]);
    expectTeamInvariants(team, profiles, catalog, 2, 1000);
  });

  it("a person's own budget still limits their own plan", () => {
    const profiles: Profile[] = [{ id: "a", goals: ["learn SQL"], constraints: { budget: { amount: 0, currency: "EUR" } } }];
    const team = r.recommendForTeam(profiles, { asOf, teamBudget: { amount: 5000, currency: "EUR" } });
    expect(team.plans.a!.totals.cost.amount).toBe(0);
    expect(team.shared.budget).toEqual({ limit: { amount: 5000, currency: "EUR" }, spent: 0 });
  });

  it("without a team budget, money is each person's own affair", () => {
    const profiles: Profile[] = ["a", "b", "c"].map((id) => ({ id, goals: ["learn SQL", "become a data analyst"] }));
    const team = r.recommendForTeam(profiles, { asOf });
    expect(team.shared.budget).toBeNull();
    for (const id of ["a", "b", "c"]) expect(team.plans[id]!.totals.cost.amount).toBeGreaterThan(0);
  });
});

describe("a team is its people", () => {
  it("with nothing shared, each plan is the plan the person would get alone", () => {
    const profiles: Profile[] = [
      { id: "ana", motivations: ["I want to grow into a tech lead"], challenges: ["I freeze up when I present"] },
      { id: "ben", challenges: ["burnt out from overtime and the commute"], goals: ["learn SQL for our reporting work"] },
      { id: "cem", feedback: blindSpotIn("communication", "cem") },
    ];
    const team = recommendForTeam(profiles, { asOf });
    expect(team.pairs).toEqual([]);
    for (const profile of profiles) expect(team.plans[profile.id!]).toEqual(recommend(profile, { asOf }));
  });

  it("does not mutate the profiles or the options", () => {
    const profiles = [
      { id: "ana", feedback: strongIn("negotiation", 5, "ana") },
      { id: "ben", goals: ["negotiate bigger enterprise contracts"] },
    ];
    const copy = structuredClone(profiles);
    const options = { asOf, teamBudget: { amount: 3000, currency: "EUR" } };
    const frozen = Object.freeze(profiles.map((p) => Object.freeze({ ...p })));
    recommendForTeam(frozen, Object.freeze(options));
    expect(profiles).toEqual(copy);
    expect(options).toEqual({ asOf, teamBudget: { amount: 3000, currency: "EUR" } });
  });

  it("keeps every limit for any team on the built-in catalog", () => {
    const competency = fc.constantFrom("negotiation", "communication", "sql", "leadership", "presentation skills");
    const person = fc.record({
      strong: fc.subarray(["negotiation", "communication", "sql", "leadership"]),
      blind: fc.subarray(["negotiation", "communication", "presentation skills"]),
      goals: fc.subarray(["learn SQL", "negotiate bigger contracts", "become a better leader", "build dashboards"]),
      hours: fc.constantFrom(undefined, 0, 1, 2, 3, 4, 8),
      // How the person rates their own strengths: 5 agrees with colleagues, 2 is a hidden strength.
      modesty: fc.integer({ min: 2, max: 5 }),
      extra: fc.array(fc.record({ competency, score: fc.integer({ min: 1, max: 5 }), rater: fc.constantFrom("peer" as const, "report" as const) }), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(
        fc.array(person, { minLength: 1, maxLength: 8 }),
        fc.option(fc.integer({ min: 0, max: 6000 }), { nil: undefined }),
        fc.integer({ min: 0, max: 3 }),
        (people, budget, capacity) => {
          const profiles: Profile[] = people.map((p, i) => ({
            id: `p${i}`,
            goals: p.goals,
            feedback: [
              ...p.strong.flatMap((c) => strongIn(c, 5, `${i}-${c.replace(/ /g, "-")}`).map((r) => (r.rater === "self" ? { ...r, score: p.modesty } : r))),
              ...p.blind.filter((c) => !p.strong.includes(c)).flatMap((c) => blindSpotIn(c, `${i}-${c.replace(/ /g, "-")}`)),
              ...p.extra.map((e, j) => ({ ...e, raterId: `secret-extra-${i}-${j}` })),
            ],
            ...(p.hours === undefined ? {} : { constraints: { hoursPerWeek: p.hours } }),
          }));
          const team = recommendForTeam(profiles, {
            asOf,
            mentorCapacity: capacity,
            ...(budget === undefined ? {} : { teamBudget: { amount: budget, currency: "EUR" } }),
          });
          expectTeamInvariants(team, profiles, defaultCatalog, capacity, budget);
          expect(recommendForTeam([...profiles].reverse(), { asOf, mentorCapacity: capacity, ...(budget === undefined ? {} : { teamBudget: { amount: budget, currency: "EUR" } }) }).pairs).toEqual(team.pairs);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("README", () => {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

  // That the team output shown is what the code returns is checked with the other generated blocks in readme.test.ts.
  it("names raters in the team input, and never in the output", () => {
    expect(readmeBlock(readme, "team-input")).toContain("p-42");
    expect(readmeBlock(readme, "team-output")).not.toMatch(/m-17|p-42/);
  });
});

describe("types", () => {
  it("the one-shot call and the recommender's method return a TeamPlan", () => {
    expectTypeOf(recommendForTeam).returns.toEqualTypeOf<TeamPlan>();
    expectTypeOf(createRecommender().recommendForTeam).returns.toEqualTypeOf<TeamPlan>();
    expectTypeOf(createRecommender().safeRecommendForTeam).returns.toEqualTypeOf<SafeResult<TeamPlan>>();
    expectTypeOf<TeamOptions["mentorCapacity"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<TeamPlan["pairs"][number]["mentorId"]>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<Plan["items"][number]["pair"]>["role"]>().toEqualTypeOf<"mentor" | "mentee">();
    // The fields the types promise are there at run time too.
    expect(Object.keys(recommendForTeam([], { asOf })).sort()).toEqual(["pairs", "plans", "recognition", "shared", "warnings"]);
  });
});
