import { describe, expect, it } from "vitest";
import model from "../data/model/en.json";
import spanish from "../data/model/es.json";
import french from "../data/model/fr.json";
import german from "../data/model/de.json";
import { exampleTokens, poolAdjacent, taxonomyTerms, trainLearnedModel } from "../scripts/learn";
import { compoundSplitter, learnedFeatures, partsVocabulary } from "../src/needs/learned";
import { unpackWeights } from "../src/needs/packed";
import { de } from "../src/lang/de";
import { compileGrammar } from "../src/needs/grammar";
import { es } from "../src/lang/es";
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

  it("refuses anything but a learned reading, or a list of them, by its path", () => {
    const pathOf = (learned: unknown) => {
      try {
        createCore({ catalog: defaultCatalog, taxonomy: defaultTaxonomy, learned: learned as never });
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        return (error as ValidationError).issues[0]!.path;
      }
      return expect.unreachable();
    };
    expect(pathOf(42)).toEqual(["learned"]);
    expect(pathOf([createLearnedReading(tiny), "model"])).toEqual(["learned", 1]);
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

  it("with word dropout, still learns the same model every time, in any order of the statements and keys, and dropout 0 is no dropout", () => {
    const keys = ["workload", "belonging", "overtime"];
    const dropped = trainLearnedModel(examples, keys, { ...options, dropout: 0.3 });
    expect(trainLearnedModel([...examples].reverse(), [...keys].reverse(), { ...options, dropout: 0.3 })).toEqual(dropped);
    expect(dropped).not.toEqual(trainLearnedModel(examples, keys, options));
    expect(trainLearnedModel(examples, keys, { ...options, dropout: 0 })).toEqual(trainLearnedModel(examples, keys, options));
    expect(createLearnedReading(dropped).read(["zorblax"], "challenge")[0]!.key).toBe("workload");
  });

  it("learns how far to trust the phrasings when the statements carry their reading, with AdaGrad steps, the same every time", () => {
    const said = (key: string, confidence: number) => new Map([[key, confidence]]);
    const read = [
      { text: "endless meetings", prefer: "challenge" as const, keys: ["meeting-overload"], phrasings: said("meeting-overload", 0.9) },
      { text: "meetings all week", prefer: "challenge" as const, keys: ["meeting-overload"], phrasings: said("meeting-overload", 0.8) },
      { text: "the canteen", prefer: "challenge" as const, keys: [], phrasings: said("meeting-overload", 0.1) },
      { text: "a new goal", prefer: undefined, keys: [], phrasings: new Map<string, number>() },
    ];
    const settings = { adaptive: true, rate: 0.3, epochs: 80, prune: 0 };
    const once = trainLearnedModel(read, ["meeting-overload"], settings);
    expect(trainLearnedModel([...read].reverse(), ["meeting-overload"], settings)).toEqual(once);
    expect(once.keys["meeting-overload"]!.phrasings).toBeGreaterThan(0);
    expect(once.fields).toEqual(["challenges", "goals"]);
    // Statements with no key teach a model of nothing.
    expect(once.nothing).toBeDefined();
  });

  it("weighs a word said to be no trouble apart from the same word said as a complaint", () => {
    const grammar = compileGrammar("es", es.reading);
    expect(exampleTokens("los viajes no me molestan", grammar)).toEqual(["viaj", "~no", "~molest"]);
    expect(exampleTokens("los viajes me molestan", grammar)).toEqual(["viaj", "molest"]);
    const read = [
      { text: "los viajes me molestan", prefer: "challenge" as const, keys: ["business-travel"], phrasings: new Map([["business-travel", 0.9]]) },
      { text: "los viajes no me molestan", prefer: "challenge" as const, keys: [], phrasings: new Map<string, number>(), fine: true },
    ];
    const trained = trainLearnedModel(read, ["business-travel"], { adaptive: true, rate: 0.3, epochs: 80, prune: 0 }, { code: "es", grammar });
    expect(trained.keys["business-travel"]!.weights["c:molest"]).toBeGreaterThan(0);
    expect(trained.keys["business-travel"]!.weights["c:~molest"]).toBeLessThan(0);
    expect(trained.nothing!.fine).toBeGreaterThan(0);
  });
});

describe("compounds in a learned reading (languages that write them)", () => {
  const grammar = compileGrammar("de", de.reading);

  it("knows a compound's parts among the stems seen alone in three statements or more, four letters and up", () => {
    const seen = [["gehalt", "niedrig"], ["gehalt", "band"], ["gehalt", "~gut", "band"], ["band", "zu"], ["zu", "rat"]];
    expect(partsVocabulary(seen)).toEqual(["band", "gehalt"]);
  });

  it("meets a stem it does not know as its parts (by their stems, across a joining letter), keeps a mark of no trouble on them, and leaves a known stem whole", () => {
    const split = compoundSplitter(["band", "gehalt", "stell", "teamleit"], grammar.stem);
    expect(split("gehaltsband")).toEqual(["gehalt", "band"]);
    expect(split("teamleiterstell")).toEqual(["teamleit", "stell"]);
    expect(split("~gehaltsband")).toEqual(["~gehalt", "~band"]);
    // Only the head is known: it names what the compound is.
    expect(split("zusatzgehalt")).toEqual(["gehalt"]);
    expect(split("gehalt")).toEqual([]);
    expect(split("urlaub")).toEqual([]);
  });

  it("adds the parts as features at the compound's place, beside the compound itself", () => {
    const split = compoundSplitter(["band", "gehalt"], grammar.stem);
    const features = learnedFeatures(["neu", "gehaltsband"], "challenge", split)!;
    expect([...features.keys()].sort()).toEqual(["band", "c:band", "c:gehalt", "c:gehaltsband", "c:neu", "gehalt", "gehaltsband", "neu"]);
    expect(features.get("gehalt")).toEqual([1]);
  });

  it("trains a German model that reads a compound it never saw by the words it learned alone, the same every time", () => {
    const read = [
      { text: "Das Gehalt ist zu niedrig", prefer: "challenge" as const, keys: ["pay-dissatisfaction"] },
      { text: "Mein Gehalt reicht nicht", prefer: "challenge" as const, keys: ["pay-dissatisfaction"] },
      { text: "Beim Gehalt hinken wir hinterher", prefer: "challenge" as const, keys: ["pay-dissatisfaction"] },
      { text: "Zu viele Meetings", prefer: "challenge" as const, keys: ["meeting-overload"] },
      { text: "Meetings den ganzen Tag", prefer: "challenge" as const, keys: ["meeting-overload"] },
      { text: "Meetings ohne Ende", prefer: "challenge" as const, keys: ["meeting-overload"] },
    ];
    const keys = ["meeting-overload", "pay-dissatisfaction"];
    const settings = { adaptive: true, rate: 0.3, epochs: 80, prune: 0 };
    const trained = trainLearnedModel(read, keys, settings, { code: "de", grammar });
    expect(trainLearnedModel([...read].reverse(), [...keys].reverse(), settings, { code: "de", grammar })).toEqual(trained);
    expect(trained.parts).toEqual(["gehalt", "meeting"]);
    const reading = createLearnedReading(trained);
    const tokens = exampleTokens("Dauernd Abteilungsmeetings", grammar);
    const [first] = reading.read(tokens, "challenge", undefined, grammar);
    expect(first!.key).toBe("meeting-overload");
    expect(tokens[first!.evidence[0]!]).toBe("abteilungsmeeting");
    // English writes no compounds: no parts.
    expect(trainLearnedModel(read, keys, settings).parts).toBeUndefined();
  });
});

describe("terms in a learned reading (two words that name one thing)", () => {
  const terms = new Set(["time+management"]);

  it("reads a term written side by side as one word, keeping its first word and a mark of no trouble", () => {
    expect(exampleTokens("I struggle with time management", undefined, terms)).toEqual(["struggl", "time", "time+management"]);
    expect(exampleTokens("time management is no problem", undefined, terms)).toEqual(["time", "time+management", "~no", "~problem"]);
    expect(exampleTokens("time management is not a problem", undefined, terms)).toEqual(["time", "time+management", "~not", "~problem"]);
    // Words apart, or another word before the head, are not the term.
    expect(exampleTokens("no time for management", undefined, terms)).toEqual(["no", "time", "management"]);
    expect(exampleTokens("poor upper management", undefined, terms)).toEqual(["poor", "upper", "management"]);
    expect(exampleTokens("I struggle with time management")).toEqual(["struggl", "time", "management"]);
  });

  it("takes the taxonomy's names of two words whose last word alone names another need", () => {
    const entries = [
      { key: "time-management", label: "Time management", synonyms: ["managing my time"] },
      { key: "senior-leadership", label: "Confidence in senior leadership", synonyms: ["management", "upper management"] },
      { key: "commute", label: "Long commute", synonyms: ["commute"] },
      { key: "conflict", label: "Handling conflict", synonyms: [] },
    ];
    expect(taxonomyTerms(entries)).toEqual(["time+management"]);
    expect(taxonomyTerms(defaultTaxonomy.entries)).toEqual(expect.arrayContaining(["time+management", "peopl+management", "chang+management", "project+management"]));
  });

  it("trains on the terms and keeps them, so a model reads as it was trained", () => {
    const read = [
      { text: "management is out of touch", prefer: "challenge" as const, keys: ["senior-leadership"] },
      { text: "upper management never listens", prefer: "challenge" as const, keys: ["senior-leadership"] },
      { text: "poor management", prefer: "challenge" as const, keys: ["senior-leadership"] },
      { text: "I am bad at time management", prefer: "challenge" as const, keys: ["time-management"] },
      { text: "time management is hard for me", prefer: "challenge" as const, keys: ["time-management"] },
    ];
    const keys = ["senior-leadership", "time-management"];
    const settings = { adaptive: true, rate: 0.3, epochs: 80, prune: 0 };
    const trained = trainLearnedModel(read, keys, settings, { code: "en", terms: ["time+management"] });
    expect(trained.terms).toEqual(["time+management"]);
    expect(trained.keys["time-management"]!.weights["c:time+management"]).toBeGreaterThan(0);
    const reading = createLearnedReading(trained);
    const recommender = createCore({ catalog: defaultCatalog, taxonomy: defaultTaxonomy, learned: [reading] });
    const keysOf = (text: string) => recommender.recommend({ challenges: [text] }, { asOf }).needs.map((need) => need.key);
    expect(keysOf("I struggle with time management")).not.toContain("senior-leadership");
    expect(() => createLearnedReading({ ...trained, terms: ["time management"] })).toThrow(ValidationError);
  });
});

/**
 * A model that decides, as the Spanish, French and German ones do: it weighs
 * the phrasings' confidence in each key with the words, and reads the keys
 * whose log-odds reach a band, at that band's confidence.
 */
const deciding: LearnedModel = {
  version: 1,
  language: "en",
  fields: ["challenges", "goals", "motivations"],
  decide: {
    bands: [
      { min: 1, confidence: 0.95 },
      { min: -1, confidence: 0.7 },
    ],
    further: 0,
  },
  keys: {
    workload: { bias: -4, weights: { "c:zorblax": 3 }, phrasings: 4 },
    "meeting-overload": { bias: -4, weights: { endless: 2 }, phrasings: 4 },
    networking: { bias: -4, weights: {}, phrasings: 1 },
    income: { bias: -4, weights: { pay: 3 }, phrasings: 2 },
    "pay-dissatisfaction": { bias: -4, weights: { pay: 2 }, phrasings: 2 },
  },
};

describe("a learned reading that decides", () => {
  const recommender = createCore({ catalog: defaultCatalog, taxonomy: defaultTaxonomy, typos, learned: createLearnedReading(deciding) });
  const without = createCore({ catalog: defaultCatalog, taxonomy: defaultTaxonomy, typos });
  const needs = (profile: Record<string, unknown>) => recommender.recommend(profile, { asOf }).needs.map((need) => [need.key, need.confidence]);

  it("weighs the phrasings' confidence in a key with the words", () => {
    const reading = createLearnedReading(deciding);
    const [first] = reading.read(["endless", "meet", "day"], "challenge", new Map([["meeting-overload", 0.9]]));
    expect(first!.key).toBe("meeting-overload");
    expect(first!.logit).toBeCloseTo(-4 + 2 + 4 * 0.9, 10);
    expect(reading.read(["meet"], "challenge")[0]!.logit).toBe(-4);
  });

  it("reads the keys whose log-odds reach a band, at that band's confidence, with the phrasings' evidence where they found the key", () => {
    expect(needs({ challenges: ["endless meetings all day"] })).toEqual([["meeting-overload", 0.95]]);
    // Found by the words alone (-4 + 3): the lower band, below `UNSURE_BELOW`, so the plan asks first.
    const plan = recommender.recommend({ challenges: ["the zorblax situation"] }, { asOf });
    expect(plan.needs.map((need) => [need.key, need.confidence, need.confirmed])).toEqual([["workload", 0.7, false]]);
    expect(plan.questions.some((q) => q.options?.some((option) => option.key === "workload"))).toBe(true);
  });

  it("turns down a key the phrasings found that reaches no band: no need, but still offered when the plan asks", () => {
    // The phrasings find networking in "networking events" alone at a high confidence; the model weighs it at 1: -3.
    const text = "networking events";
    expect(without.recommend({ challenges: [text] }, { asOf }).needs.map((need) => need.key)).toContain("networking");
    const plan = recommender.recommend({ challenges: [text] }, { asOf });
    expect(plan.needs).toEqual([]);
    expect(plan.unmatched.map((u) => u.source)).toEqual([text]);
  });

  it("never reads a key the words say is no trouble", () => {
    expect(needs({ challenges: ["meetings are not a problem for me"] })).toEqual([]);
  });

  it("reads the other side of a topic said to be no trouble only when the phrasings found it in words of its own", () => {
    // "The pay is ok": income is no trouble, and so is its other side, pay dissatisfaction.
    expect(needs({ challenges: ["the pay is ok"] })).toEqual([]);
    // "… but I haven't had a raise": the phrasings read the complaint in its own clause (0.8), so the model may weigh it.
    const turn = "the pay is ok but I haven't had a raise in three years";
    expect(without.recommend({ challenges: [turn] }, { asOf }).needs.map((need) => need.key)).toEqual(["pay-dissatisfaction"]);
    expect(needs({ challenges: [turn] })).toEqual([["pay-dissatisfaction", 0.7]]);
    expect(createRecommender().recommend({ challenges: [turn] }, { asOf }).needs.map((need) => need.key)).toEqual(["pay-dissatisfaction"]);
  });

  it("leaves a statement that is one phrasing to the phrasings when they are sure of it, and to the model when they half-recognise it", () => {
    // "networking" alone: the phrasings are sure, and the model (weighing them at 1) would turn it down.
    expect(needs({ challenges: ["networking"] }).map(([key]) => key)).toEqual(["networking"]);
    // "culture" alone: the phrasings read it 0.24 likely (a part of "company culture"), and the model knows the word.
    const [culture] = exampleTokens("culture");
    const knowing = createCore({
      catalog: defaultCatalog,
      taxonomy: defaultTaxonomy,
      typos,
      learned: createLearnedReading({ ...deciding, keys: { ...deciding.keys, "workplace-culture": { bias: -4, weights: { [`m:${culture}`]: 6 }, phrasings: 1 } } }),
    });
    expect(without.recommend({ motivations: ["culture"] }, { asOf }).needs).toEqual([]);
    expect(knowing.recommend({ motivations: ["culture"] }, { asOf }).needs.map((need) => [need.key, need.confidence])).toEqual([["workplace-culture", 0.95]]);
  });

  it("reads a further key only from the further log-odds on, and of a pair of opposites only the likelier", () => {
    // meeting-overload reaches 1.6 and workload -1 + 0: workload is in a band but under `further`.
    expect(needs({ challenges: ["endless meetings and the zorblax"] }).map(([key]) => key)).toEqual(["meeting-overload"]);
    // income (-4 + 3 + …) outweighs pay-dissatisfaction (-4 + 2 + …): one of the pair.
    expect(needs({ motivations: ["the pay"] }).map(([key]) => key)).not.toContain("pay-dissatisfaction");
  });

  it("reads a key only when it is likelier than the statement naming no need at all", () => {
    // The model of nothing: -5 alone, +8 with "weather" among the challenges. meeting-overload reaches about 1.6.
    const withNothing = createCore({ catalog: defaultCatalog, taxonomy: defaultTaxonomy, typos, learned: createLearnedReading({ ...deciding, nothing: { bias: -5, weights: { "c:weather": 8 } } }) });
    const keysOf = (text: string) => withNothing.recommend({ challenges: [text] }, { asOf }).needs.map((need) => need.key);
    expect(keysOf("endless meetings all day")).toEqual(["meeting-overload"]);
    expect(keysOf("endless meetings about the weather")).toEqual([]);
    // Its weights are checked like a key's, by path.
    try {
      createLearnedReading({ ...deciding, nothing: { bias: Number.NaN, weights: {} } });
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues[0]!.path).toEqual(["nothing", "bias"]);
    }
  });

  it("keeps the phrasings' reading in a field it was not trained on", () => {
    const challengesOnly = createCore({ catalog: defaultCatalog, taxonomy: defaultTaxonomy, typos, learned: createLearnedReading({ ...deciding, fields: ["challenges"] }) });
    const goal = { goals: ["get better at networking events"] };
    expect(challengesOnly.recommend(goal, { asOf }).needs).toEqual(without.recommend(goal, { asOf }).needs);
  });

  it("refuses bands that are not there, by path", () => {
    try {
      createLearnedReading({ ...deciding, decide: { bands: [] } });
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues[0]!.path).toEqual(["decide", "bands"]);
    }
  });
});

describe("the built-in Spanish, French and German models (data/model/<language>.json)", () => {
  const keys = new Set(defaultTaxonomy.entries.map((entry) => entry.key));
  it.each([
    ["es", spanish],
    ["fr", french],
    ["de", german],
  ])("%s: a valid model that decides, over the built-in taxonomy's keys, reading every field, its bands' confidence rising with their log-odds", (code, file) => {
    const built = file as LearnedModel;
    expect(() => createLearnedReading(built)).not.toThrow();
    expect(built.language).toBe(code);
    expect(built.fields).toEqual(["challenges", "goals", "motivations"]);
    expect(Object.keys(built.keys).filter((key) => !keys.has(key))).toEqual([]);
    const bands = [...built.decide!.bands].sort((a, b) => b.min - a.min);
    expect(bands[0]!.confidence).toBeGreaterThanOrEqual(0.9);
    // It knows when a statement names no need: likelier when the phrasings read a need as no trouble, less likely the
    // surer they are of a need, and some words make it likelier.
    expect(built.nothing!.fine).toBeGreaterThan(0);
    expect(built.nothing!.found).toBeLessThan(0);
    expect(Object.values(unpackWeights("model", built).nothing!.weights).some((weight) => weight > 0)).toBe(true);
  });
});

describe("poolAdjacent (a model's bands, strongest evidence first)", () => {
  it("leaves shares that fall as the evidence weakens as they are", () => {
    expect(poolAdjacent([10, 10, 10], [9, 7, 5])).toEqual([0.9, 0.7, 0.5]);
  });

  it("pools a weaker band that came out righter with the band before it", () => {
    // 0.7 then 0.8: both read 15 of 20 right, so both get 0.75.
    expect(poolAdjacent([10, 10, 10], [9, 7, 8])).toEqual([0.9, 0.75, 0.75]);
  });

  it("pools back as far as it must, weighing each band by the keys read in it", () => {
    expect(poolAdjacent([10, 30, 10, 10], [9, 18, 8, 2])).toEqual([0.9, 0.65, 0.65, 0.2]);
  });

  it("gives a band no key was read in the confidence of the band before it", () => {
    expect(poolAdjacent([10, 0, 10], [8, 0, 5])).toEqual([0.8, 0.8, 0.5]);
  });

  it("keeps every built-in model's bands falling as the evidence weakens", () => {
    for (const file of [model, spanish, french, german]) {
      const confidences = file.decide.bands.map((band) => band.confidence);
      expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    }
  });
});
