import { describe, expect, it } from "vitest";
import model from "../data/model/en.json";
import { trainLearnedModel } from "../scripts/learn";
import { createRecommender as createCore, createLearnedReading, ValidationError, type LearnedModel } from "../src/core";
import { createRecommender, defaultCatalog, defaultTaxonomy, typos } from "../src/index";

const asOf = "2026-01-05";

/** A model that knows one made-up word: "zorblax" among challenges is workload, among motivations autonomy. */
const tiny: LearnedModel = {
  version: 1,
  language: "en",
  keys: {
    workload: { bias: -3, weights: { "c:zorblax": 5, nice: -1 } },
    autonomy: { bias: -3, weights: { "m:zorblax": 4 } },
  },
};

describe("createLearnedReading", () => {
  const learned = createLearnedReading(tiny);

  it("gives each key the logistic of its bias and the weights of the words present, most likely first", () => {
    const [first, second] = learned.read(["zorblax", "today"], "challenge");
    expect(first!.key).toBe("workload");
    expect(first!.logit).toBe(2);
    expect(first!.probability).toBeCloseTo(1 / (1 + Math.exp(-2)), 10);
    expect(first!.evidence).toEqual([0]);
    expect(second!.key).toBe("autonomy");
    expect(second!.probability).toBeCloseTo(1 / (1 + Math.exp(3)), 10);
    expect(second!.evidence).toEqual([]);
  });

  it("reads a word by the field it was written in, and counts only words that weigh for a key as its evidence", () => {
    expect(learned.read(["zorblax"], "motivation")[0]!.key).toBe("autonomy");
    const nice = learned.read(["nice", "zorblax"], "challenge")[0]!;
    expect(nice.probability).toBeCloseTo(1 / (1 + Math.exp(-1)), 10);
    expect(nice.evidence).toEqual([1]);
  });

  it("reads nothing for kinds it was not trained on (goals, competencies) or without a kind", () => {
    expect(learned.read(["zorblax"], "competency")).toEqual([]);
    expect(learned.read(["zorblax"], undefined)).toEqual([]);
  });

  it("refuses a malformed model with one ValidationError naming the field", () => {
    const bad = { ...tiny, keys: { workload: { bias: Number.NaN, weights: {} } } };
    try {
      createLearnedReading(bad);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((issue) => issue.path.join("."))).toEqual(["keys.workload.bias"]);
    }
    expect(() => createLearnedReading({ ...tiny, version: 2 } as never)).toThrow(ValidationError);
    expect(() => createLearnedReading("model" as never)).toThrow(ValidationError);
  });
});

describe("a recommender with a learned reading", () => {
  const withTiny = createCore({ catalog: defaultCatalog, taxonomy: defaultTaxonomy, typos, learned: createLearnedReading(tiny) });
  const without = createCore({ catalog: defaultCatalog, taxonomy: defaultTaxonomy, typos });

  it("reads words the phrasings do not know, and asks before acting on them", () => {
    const text = "the zorblax situation this quarter";
    expect(without.recommend({ challenges: [text] }, { asOf }).needs).toEqual([]);
    const plan = withTiny.recommend({ challenges: [text] }, { asOf });
    expect(plan.needs.map((need) => [need.key, need.confirmed])).toEqual([["workload", false]]);
    const question = plan.questions.find((q) => q.options?.some((option) => option.key === "workload"));
    expect(question?.id).toMatch(/^unsure-/);
    expect(plan.items.flatMap((item) => item.reasons.map((reason) => reason.need))).not.toContain("workload");
  });

  it("adds nothing to a statement that says something is no trouble", () => {
    expect(withTiny.recommend({ challenges: ["the zorblax is not a problem for me"] }, { asOf }).needs).toEqual([]);
  });

  it("leaves a statement the phrasings read surely as they read it", () => {
    const text = "the zorblax means endless meetings all day";
    const keys = (plan: { needs: ReadonlyArray<{ key: string }> }) => plan.needs.map((need) => need.key);
    expect(keys(withTiny.recommend({ challenges: [text] }, { asOf }))).toEqual(keys(without.recommend({ challenges: [text] }, { asOf })));
  });

  it("skips keys the taxonomy does not hold", () => {
    const stray = createLearnedReading({ version: 1, language: "en", keys: { "no-such-key": { bias: 5, weights: { "c:zorblax": 5 } } } });
    const recommender = createCore({ catalog: defaultCatalog, taxonomy: defaultTaxonomy, learned: stray });
    expect(recommender.recommend({ challenges: ["the zorblax situation"] }, { asOf }).needs).toEqual([]);
  });

  it("refuses anything but a learned reading, by name", () => {
    try {
      createCore({ catalog: defaultCatalog, taxonomy: defaultTaxonomy, learned: 42 as never });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues[0]!.path).toEqual(["learned"]);
    }
  });

  it("is the built-in English model in the tailorplan entry: words the phrasings only half-recognise", () => {
    const text = "The pay lags way behind other firms nearby.";
    expect(without.recommend({ challenges: [text] }, { asOf }).needs).toEqual([]);
    expect(createRecommender().recommend({ challenges: [text] }, { asOf }).needs.map((need) => need.key)).toContain("pay-dissatisfaction");
  });
});

describe("the built-in model (data/model/en.json)", () => {
  it("is a valid model over the built-in taxonomy's keys, in English", () => {
    expect(() => createLearnedReading(model as LearnedModel)).not.toThrow();
    const keys = new Set(defaultTaxonomy.entries.map((entry) => entry.key));
    expect(Object.keys(model.keys).filter((key) => !keys.has(key))).toEqual([]);
    expect(model.language).toBe("en");
  });
});

describe("trainLearnedModel", () => {
  const examples = [
    { text: "too many zorblax reports", prefer: "challenge" as const, keys: ["workload"] },
    { text: "zorblax every evening", prefer: "challenge" as const, keys: ["workload", "overtime"] },
    { text: "nice colleagues", prefer: "motivation" as const, keys: ["belonging"] },
    { text: "the view from the office", prefer: "motivation" as const, keys: [] },
  ];
  const options = { epochs: 60, prune: 0 };

  it("learns which words mean which key, the same every time and in any order of the statements", () => {
    const once = trainLearnedModel(examples, ["workload", "belonging", "overtime"], options);
    expect(trainLearnedModel([...examples].reverse(), ["overtime", "belonging", "workload"], options)).toEqual(once);
    const reading = createLearnedReading(once);
    expect(reading.read(["zorblax"], "challenge")[0]!.key).toBe("workload");
    expect(reading.read(["nice", "colleagu"], "motivation")[0]!.key).toBe("belonging");
  });
});
