/**
 * The packed form of learned models' weights (`src/needs/packed.ts`): what
 * `npm run train:reading` and `npm run train:courses` write, read back as
 * the same weights, and refused with one ValidationError naming the path
 * when a packed weight is malformed.
 */
import { describe, expect, it } from "vitest";
import english from "../data/model/en.json";
import courses from "../data/model/courses.json";
import { createCourseModel } from "../src/import/learned";
import { createLearnedReading, ValidationError, type LearnedModel } from "../src/core";
import { packedModelText, packWeights, unpackWeights } from "../src/needs/packed";

/** The made-up model of `test/learned.test.ts`, feature by feature: "zorblax" among challenges is workload, among motivations autonomy. */
const tiny: LearnedModel = {
  version: 1,
  language: "en",
  keys: {
    workload: { bias: -3, weights: { "c:zorblax": 5, nice: -1, "c:heap": 0.3, "c:pile": 0.3 } },
    autonomy: { bias: -3, weights: { "m:zorblax": 4, nice: 0.3 } },
  },
};

const issuePaths = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues.map((issue) => issue.path.join("."));
  }
  throw new Error("no ValidationError");
};

describe("packWeights", () => {
  it("names each feature once, sorted, and gives each weight its features' places: the first, then the gaps", () => {
    const { vocabulary, weights } = packWeights([tiny.keys.workload!.weights as Record<string, number>, tiny.keys.autonomy!.weights as Record<string, number>]);
    expect(vocabulary).toBe("c:heap c:pile c:zorblax m:zorblax nice");
    expect(weights[0]).toEqual({ "-1": "4", "0.3": "0 1", "5": "2" });
    expect(weights[1]).toEqual({ "0.3": "4", "4": "3" });
  });

  it("refuses a feature holding a space, which the vocabulary could not tell apart", () => {
    expect(() => packWeights([{ "two words": 1 }])).toThrow(/holds a space/);
  });
});

describe("a packed model reads as the same model feature by feature", () => {
  const text = packedModelText({ version: 1, language: "en" }, tiny.keys, undefined);
  const packed = JSON.parse(text) as LearnedModel;

  it("unpacks to the same weights", () => {
    expect(packed.vocabulary).toBe("c:heap c:pile c:zorblax m:zorblax nice");
    const { keys } = unpackWeights("model", packed);
    for (const [key, part] of Object.entries(tiny.keys)) expect(keys[key]!.weights).toEqual(part.weights);
  });

  it("gives every statement the same keys, log-odds and evidence", () => {
    const plain = createLearnedReading(tiny);
    const fromFile = createLearnedReading(packed);
    for (const [tokens, prefer] of [[["zorblax", "nice"], "challenge"], [["nice", "zorblax", "heap"], "motivation"], [["pile"], "challenge"]] as const) {
      expect(fromFile.read(tokens, prefer)).toEqual(plain.read(tokens, prefer));
    }
  });

  it("is what the built-in models' files hold: every weight packed, each feature named once", () => {
    for (const file of [english, courses] as ReadonlyArray<{ vocabulary?: string; keys: Record<string, { weights: Record<string, unknown> }> }>) {
      const vocabulary = file.vocabulary!.split(" ");
      expect(new Set(vocabulary).size).toBe(vocabulary.length);
      expect([...vocabulary].sort()).toEqual(vocabulary);
      for (const part of Object.values(file.keys)) for (const places of Object.values(part.weights)) expect(typeof places).toBe("string");
    }
    expect(() => createCourseModel(courses)).not.toThrow();
  });
});

describe("a malformed packed model is refused with one ValidationError naming each path", () => {
  const text = packedModelText({ version: 1, language: "en" }, tiny.keys, undefined);
  const packed = () => JSON.parse(text) as { vocabulary: string; keys: Record<string, { bias: number; weights: Record<string, unknown> }> };

  it.each([
    ["a place past the vocabulary's end", (m: ReturnType<typeof packed>) => (m.keys.workload!.weights["5"] = "9"), ["keys.workload.weights.5"]],
    ["a feature given two weights", (m: ReturnType<typeof packed>) => (m.keys.autonomy!.weights["4"] = "3 1"), ["keys.autonomy.weights.0.3"]],
    ["a weight key that is not a number", (m: ReturnType<typeof packed>) => (m.keys.autonomy!.weights["much"] = "0"), ["keys.autonomy.weights.much"]],
    ["a number where places belong", (m: ReturnType<typeof packed>) => (m.keys.autonomy!.weights["nice"] = 0.3), ["keys.autonomy.weights.nice"]],
    ["places that are not gaps", (m: ReturnType<typeof packed>) => (m.keys.workload!.weights["0.3"] = "1 0"), ["keys.workload.weights.0.3"]],
  ])("%s", (_, spoil, paths) => {
    const model = packed();
    spoil(model);
    expect(issuePaths(() => createLearnedReading(model as never))).toEqual(paths);
  });

  it("refuses places in a model without a vocabulary", () => {
    const { vocabulary: _, ...model } = packed();
    expect(issuePaths(() => createLearnedReading(model as never))).toEqual(["keys.workload.weights.5", "keys.workload.weights.-1", "keys.workload.weights.0.3", "keys.autonomy.weights.4", "keys.autonomy.weights.0.3"]);
  });

  it("names the course model's paths too", () => {
    const model = JSON.parse(JSON.stringify(courses)) as { keys: Record<string, { weights: Record<string, string> }> };
    const [key, part] = Object.entries(model.keys)[0]!;
    const [weight] = Object.keys(part.weights);
    part.weights[weight!] = "99999999";
    expect(issuePaths(() => createCourseModel(model))).toEqual([`keys.${key}.weights.${weight}`]);
  });
});
