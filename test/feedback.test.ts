import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRecommender, defaultCatalog, recommend, type Plan, type Profile, type Rating } from "../src/index";

const asOf = "2026-01-05";
const recommender = createRecommender();
const catalogById = new Map(defaultCatalog.map((item) => [item.id, item] as const));

/** A self score and the scores of others: the first other is the manager, the rest peers, each a different person. */
function rated(competency: string, self: number | undefined, others: readonly number[], extra: Partial<Rating> = {}): Rating[] {
  return [
    ...(self === undefined ? [] : [{ competency, rater: "self" as const, score: self }]),
    ...others.map((score, i) => ({
      competency,
      rater: i === 0 ? ("manager" as const) : ("peer" as const),
      raterId: `colleague-${competency.replace(/\W+/g, "-")}-${i}`,
      score,
      ...extra,
    })),
  ];
}

function feedbackNeed(plan: Plan, key: string) {
  return plan.needs.find((need) => need.type === "feedback" && need.key === key);
}

function kindsCovering(plan: Plan, needId: string): string[] {
  return plan.items.filter((item) => item.reasons.some((r) => r.needId === needId)).map((item) => item.kind);
}

/** The kind of the best-ranked item serving a need, for a profile made only of feedback. */
function bestKindFor(profile: Profile, needId: string): string | undefined {
  return recommender.rank(profile, { asOf }).find((item) => item.needs.includes(needId))?.kind;
}

describe("360° patterns", () => {
  const cases = [
    // competency as a person would type it, self, others, the key it matches, the pattern
    { competency: "communication", self: 5, others: [2, 2.5, 2], key: "communication", pattern: "blind-spot" },
    { competency: "leadership", self: 4.5, others: [2, 3, 2.5], key: "leadership", pattern: "blind-spot" },
    { competency: "SQL", self: 2, others: [1.5, 2, 2], key: "sql", pattern: "agreed-low" },
    { competency: "project management", self: 2, others: [2, 2, 1], key: "project-management", pattern: "agreed-low" },
    { competency: "presentation skills", self: 2, others: [4.5, 4, 5], key: "presentation-skills", pattern: "hidden-strength" },
    { competency: "stakeholder management", self: 2.5, others: [4, 4, 4.5], key: "stakeholder-management", pattern: "hidden-strength" },
    { competency: "negotiation", self: 5, others: [5, 4.5, 5], key: "negotiation", pattern: "agreed-strength" },
    { competency: "coaching others", self: 4, others: [4.5, 5, 4], key: "coaching-others", pattern: "agreed-strength" },
  ] as const;

  it.each(cases)("$competency rated $self by self and $others by others is a $pattern", ({ competency, self, others, key, pattern }) => {
    const plan = recommend({ id: "p", feedback: rated(competency, self, others) }, { asOf });
    const need = feedbackNeed(plan, key);
    expect(need?.pattern).toBe(pattern);
    expect(need?.type).toBe("feedback");
    expect(need?.coveredBy.length).toBeGreaterThan(0);
  });

  it.each(cases.filter((c) => c.pattern === "blind-spot"))("a blind spot in $competency asks for people who give feedback: mentoring first", ({ competency, self, others, key }) => {
    const profile: Profile = { id: "p", feedback: rated(competency, self, others) };
    expect(bestKindFor(profile, `feedback:${key}`)).toBe("mentoring");
    const plan = recommend(profile, { asOf });
    expect(kindsCovering(plan, `feedback:${key}`)).toContain("mentoring");
  });

  it("a blind spot reaches structured peer feedback even when no mentoring names the competency", () => {
    const plan = recommend({ id: "p", feedback: rated("communication", 5, [2, 2, 2]) }, { asOf });
    const feedbackRich = plan.items.filter(
      (item) => item.reasons.some((r) => r.needId === "feedback:communication") && catalogById.get(item.id)!.addresses.some((a) => (typeof a === "string" ? a : a.key) === "lack-of-feedback"),
    );
    expect(feedbackRich.length).toBeGreaterThan(0);
    expect(feedbackRich.every((item) => item.kind === "mentoring")).toBe(true);
  });

  it.each(cases.filter((c) => c.pattern === "agreed-low"))("an agreed low in $competency gets training plus practice", ({ competency, self, others, key }) => {
    const profile: Profile = { id: "p", feedback: rated(competency, self, others) };
    expect(bestKindFor(profile, `feedback:${key}`)).toBe("training");
    const kinds = kindsCovering(recommend(profile, { asOf }), `feedback:${key}`);
    expect(kinds).toContain("training");
    expect(kinds.some((kind) => kind !== "training")).toBe(true);
  });

  it.each(cases.filter((c) => c.pattern === "hidden-strength"))("a hidden strength in $competency gets stretch, visibility or recognition, not a course", ({ competency, self, others, key }) => {
    const profile: Profile = { id: "p", feedback: rated(competency, self, others) };
    expect(bestKindFor(profile, `feedback:${key}`)).toBe("working-condition");
    const kinds = kindsCovering(recommend(profile, { asOf }), `feedback:${key}`);
    expect(kinds).toContain("working-condition");
    expect(kinds).not.toContain("training");
  });

  it.each(cases.filter((c) => c.pattern === "agreed-strength"))("an agreed strength in $competency gets recognition and a chance to pass it on", ({ competency, self, others, key }) => {
    const plan = recommend({ id: "p", feedback: rated(competency, self, others) }, { asOf });
    const covering = plan.items.filter((item) => item.reasons.some((r) => r.needId === `feedback:${key}`));
    const addressed = new Set(covering.flatMap((item) => catalogById.get(item.id)!.addresses.map((a) => (typeof a === "string" ? a : a.key))));
    expect(addressed.has("recognition")).toBe(true);
    expect(covering.map((item) => item.kind)).not.toContain("training");
  });

  it("a gap with others still rating it strong is not a blind spot", () => {
    const plan = recommend({ id: "p", feedback: rated("negotiation", 5, [4, 4, 4]) }, { asOf });
    expect(feedbackNeed(plan, "negotiation")?.pattern).toBe("agreed-strength");
  });

  it("a gap with others still rating it low is not a hidden strength", () => {
    const plan = recommend({ id: "p", feedback: rated("sql", 1, [2, 2, 2]) }, { asOf });
    expect(feedbackNeed(plan, "sql")?.pattern).toBe("agreed-low");
  });

  it("ratings in the middle with no gap make no need", () => {
    const plan = recommend({ id: "p", feedback: rated("communication", 3, [3, 3.5, 3]) }, { asOf });
    expect(feedbackNeed(plan, "communication")).toBeUndefined();
  });

  it("without a self rating, others agreeing decide alone", () => {
    expect(feedbackNeed(recommend({ id: "p", feedback: rated("sql", undefined, [1, 2]) }, { asOf }), "sql")?.pattern).toBe("agreed-low");
    expect(feedbackNeed(recommend({ id: "p", feedback: rated("sql", undefined, [5, 4.5]) }, { asOf }), "sql")?.pattern).toBe("agreed-strength");
    expect(feedbackNeed(recommend({ id: "p", feedback: rated("sql", undefined, [3, 3]) }, { asOf }), "sql")).toBeUndefined();
  });
});

describe("minimum raters", () => {
  it("one other rating, however harsh, decides nothing and prompts a question", () => {
    const plan = recommend({ id: "p", feedback: rated("communication", 5, [1]) }, { asOf });
    expect(feedbackNeed(plan, "communication")).toBeUndefined();
    expect(plan.questions.some((q) => q.about === "communication" && /rate/i.test(q.text))).toBe(true);
  });

  it("two other raters are enough by default", () => {
    expect(feedbackNeed(recommend({ id: "p", feedback: rated("communication", 5, [1, 2]) }, { asOf }), "communication")?.pattern).toBe("blind-spot");
  });

  it("one person rating twice counts once", () => {
    const twice: Rating[] = [
      { competency: "communication", rater: "self", score: 5 },
      { competency: "communication", rater: "peer", raterId: "same-peer", score: 1 },
      { competency: "communication", rater: "peer", raterId: "same-peer", score: 2 },
    ];
    expect(feedbackNeed(recommend({ id: "p", feedback: twice }, { asOf }), "communication")).toBeUndefined();
    const two = twice.map((r, i) => (i === 2 ? { ...r, raterId: "other-peer" } : r));
    expect(feedbackNeed(recommend({ id: "p", feedback: two }, { asOf }), "communication")?.pattern).toBe("blind-spot");
  });

  it("ratings without a rater id count once each", () => {
    const anonymous: Rating[] = [
      { competency: "communication", rater: "self", score: 5 },
      { competency: "communication", rater: "peer", score: 2 },
      { competency: "communication", rater: "peer", score: 2 },
    ];
    expect(feedbackNeed(recommend({ id: "p", feedback: anonymous }, { asOf }), "communication")?.pattern).toBe("blind-spot");
  });

  it.each([
    { minRaters: 1, others: [1], found: true },
    { minRaters: 3, others: [1, 2], found: false },
    { minRaters: 3, others: [1, 2, 2], found: true },
  ])("minRaters $minRaters with $others.length other raters: need found $found", ({ minRaters, others, found }) => {
    const plan = recommend({ id: "p", feedback: rated("communication", 5, others) }, { asOf, feedback: { minRaters } });
    expect(feedbackNeed(plan, "communication") !== undefined).toBe(found);
  });

  it("raters whose group weighs 0 do not count towards the minimum", () => {
    const plan = recommend({ id: "p", feedback: rated("communication", 5, [1, 2]) }, { asOf, feedback: { raterWeights: { manager: 0 } } });
    expect(feedbackNeed(plan, "communication")).toBeUndefined();
  });
});

describe("options", () => {
  it("a larger gap option turns a 1.5-point gap into no blind spot", () => {
    const feedback = rated("communication", 4.5, [3, 3, 3]);
    expect(feedbackNeed(recommend({ id: "p", feedback }, { asOf }), "communication")?.pattern).toBe("blind-spot");
    expect(feedbackNeed(recommend({ id: "p", feedback }, { asOf, feedback: { gap: 2 } }), "communication")).toBeUndefined();
  });

  it("low and high thresholds move where agreement starts", () => {
    const feedback = rated("sql", 3, [3, 3, 3]);
    expect(feedbackNeed(recommend({ id: "p", feedback }, { asOf }), "sql")).toBeUndefined();
    expect(feedbackNeed(recommend({ id: "p", feedback }, { asOf, feedback: { low: 3 } }), "sql")?.pattern).toBe("agreed-low");
    expect(feedbackNeed(recommend({ id: "p", feedback }, { asOf, feedback: { high: 3 } }), "sql")?.pattern).toBe("agreed-strength");
  });

  it("groups are averaged before weighing, so many peers do not drown out the manager", () => {
    const feedback: Rating[] = [
      { competency: "communication", rater: "manager", score: 1 },
      ...[1, 2, 3, 4, 5].map((n) => ({ competency: "communication", rater: "peer" as const, raterId: `peer-${n}`, score: 5 })),
    ];
    expect(feedbackNeed(recommend({ id: "p", feedback }, { asOf, feedback: { low: 3 } }), "communication")?.source).toMatch(/3\.0\/5 on average/);
    const managerFirst = recommend({ id: "p", feedback }, { asOf, feedback: { raterWeights: { manager: 3 }, low: 3 } });
    expect(feedbackNeed(managerFirst, "communication")?.source).toMatch(/2\.0\/5 on average/);
    expect(feedbackNeed(managerFirst, "communication")?.pattern).toBe("agreed-low");
  });

  it("thresholds follow a 1–10 rating scale", () => {
    const options = { asOf, ratingScale: { min: 1, max: 10 } };
    const plan = recommend({ id: "p", feedback: rated("communication", 10, [4, 5, 4]) }, options);
    expect(feedbackNeed(plan, "communication")?.pattern).toBe("blind-spot");
    expect(feedbackNeed(plan, "communication")?.source).toMatch(/\/10/);
    expect(feedbackNeed(recommend({ id: "p", feedback: rated("communication", 6, [5, 5, 5]) }, options), "communication")).toBeUndefined();
  });
});

describe("wording", () => {
  it("says which groups spoke and the numbers, in readable words", () => {
    const feedback: Rating[] = [
      { competency: "communication", rater: "self", score: 5 },
      { competency: "communication", rater: "peer", raterId: "a", score: 2 },
      { competency: "communication", rater: "peer", raterId: "b", score: 2 },
      { competency: "communication", rater: "report", raterId: "c", score: 2 },
      { competency: "communication", rater: "report", raterId: "d", score: 2 },
    ];
    const need = feedbackNeed(recommend({ id: "p", feedback }, { asOf }), "communication");
    expect(need?.source).toBe("peers and your reports rate Communication 2.0/5 on average, you rate it 5.0/5");
  });

  it("quotes comments once, in an order that does not tell who wrote which", () => {
    const feedback: Rating[] = [
      { competency: "communication", rater: "self", score: 5 },
      { competency: "communication", rater: "peer", raterId: "a", score: 2, comment: "rushes through the details" },
      { competency: "communication", rater: "manager", raterId: "b", score: 2, comment: "hard to follow in meetings" },
      { competency: "communication", rater: "peer", raterId: "c", score: 2, comment: "rushes through the details" },
    ];
    const plan = recommend({ id: "p", feedback }, { asOf });
    const source = feedbackNeed(plan, "communication")!.source;
    expect(source).toContain("(“hard to follow in meetings”; “rushes through the details”)");
    expect(source.split("rushes through the details").length).toBe(2);
    // The 360° summary is what the plan quotes as the reason.
    const item = plan.items.find((i) => i.reasons.some((r) => r.needId === "feedback:communication"))!;
    expect(item.reasons.find((r) => r.needId === "feedback:communication")?.quote).toBe(source);
    expect(item.explanation).toContain("Communication 2.0/5");
  });

  it("matches competencies with the same fuzzy matcher as statements, typos included", () => {
    const plan = recommend({ id: "p", feedback: rated("comunication skils", 5, [2, 2]) }, { asOf });
    expect(feedbackNeed(plan, "communication")?.pattern).toBe("blind-spot");
  });

  it("a competency nobody can place is unmatched and asked about, never guessed", () => {
    const plan = recommend({ id: "p", feedback: rated("juggling flaming torches", 5, [1, 1]) }, { asOf });
    expect(plan.needs.filter((n) => n.type === "feedback")).toHaveLength(0);
    expect(plan.unmatched).toContainEqual(expect.objectContaining({ type: "feedback", source: "juggling flaming torches" }));
    expect(plan.questions.some((q) => q.about === "juggling flaming torches")).toBe(true);
  });
});

describe("rater identity", () => {
  const secretIds = ["maria.lopez@example.com", "emp-77731", "Jonas_Weber"];
  const feedback: Rating[] = [
    { competency: "communication", rater: "self", score: 5 },
    { competency: "communication", rater: "manager", raterId: secretIds[0], score: 2, comment: "needs to listen more" },
    { competency: "communication", rater: "peer", raterId: secretIds[1], score: 2 },
    { competency: "negotiation", rater: "peer", raterId: secretIds[1], score: 5 },
    { competency: "negotiation", rater: "report", raterId: secretIds[2], score: 5 },
    { competency: "sql", rater: "report", raterId: secretIds[2], score: 1 },
  ];

  it("never appears in a plan, whatever the pattern", () => {
    const text = JSON.stringify(recommend({ id: "p", feedback }, { asOf }));
    for (const id of secretIds) expect(text).not.toContain(id);
    expect(text).toContain("needs to listen more");
  });

  it("never appears for any ratings at all", () => {
    const competency = fc.constantFrom("communication", "sql", "negotiation", "leadership", "excel");
    const rating = fc.record({
      competency,
      rater: fc.constantFrom("self" as const, "manager" as const, "peer" as const, "report" as const),
      raterId: fc.constantFrom("zq-rater-one", "zq-rater-two", "zq-rater-three", "zq-rater-four"),
      score: fc.integer({ min: 1, max: 5 }),
    });
    fc.assert(
      fc.property(fc.array(rating, { maxLength: 25 }), (ratings) => {
        const plan = recommend({ id: "p", feedback: ratings }, { asOf });
        expect(JSON.stringify(plan)).not.toMatch(/zq-rater/);
        // A competency no two people other than the employee rated never shapes the plan.
        for (const need of plan.needs.filter((n) => n.type === "feedback")) {
          const others = new Set(ratings.filter((r) => r.rater !== "self" && r.competency === need.key).map((r) => r.raterId));
          expect(others.size).toBeGreaterThanOrEqual(2);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("stability", () => {
  const feedback = [...rated("communication", 5, [2, 2, 3]), ...rated("sql", 2, [2, 1, 2]), ...rated("negotiation", 5, [5, 5])];

  it("the order of the ratings does not change the plan", () => {
    const a = recommend({ id: "p", feedback }, { asOf });
    const b = recommend({ id: "p", feedback: [...feedback].reverse() }, { asOf });
    expect(b).toEqual(a);
  });

  it("does not mutate the ratings", () => {
    const frozen = Object.freeze(feedback.map((r) => Object.freeze({ ...r })));
    const profile = Object.freeze({ id: "p", feedback: frozen });
    expect(() => recommend(profile, { asOf })).not.toThrow();
    expect(frozen[0]).toEqual(feedback[0]);
  });
});
