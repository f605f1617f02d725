import { describe, expect, it } from "vitest";
import courseModel from "../data/model/courses.json";
import { trainShared, TRAIN_DEFAULTS } from "../scripts/learn";
import { courseFeatures, courseTokens, createCourseModel, CourseModelSchema, type CourseModel } from "../src/import/learned";
import { ENGLISH } from "../src/needs/english";
import * as core from "../src/core";
import { defaultTaxonomy, importCatalog, safeImportCatalog, ValidationError } from "../src/index";

const none = { phrasings: 0, title: 0, skills: 0, description: 0, near: 0 };

/** A model that knows made-up words: "zorbql" in a title is SQL, the skill "Zorb Sheet" is Excel, "castlex" is no subject at all. */
const tiny: CourseModel = {
  version: 1,
  languages: ["en"],
  keys: {
    sql: { bias: -3, weights: { "t:zorbql": 5 }, ...none },
    excel: { bias: -3, weights: { "k:zorb_sheet": 4, "t:zorbql": 3.5 }, ...none },
    "made-up-key": { bias: 5, weights: {}, ...none },
  },
  nothing: { bias: -1, weights: { "t:castlex": 9 }, ...none },
  bands: [
    { min: 2, confidence: 0.9 },
    { min: 0, confidence: 0.55 },
  ],
  further: 1,
};

const tagsOf = (rows: Array<Record<string, unknown>>, options: Parameters<typeof importCatalog>[1] = {}) =>
  importCatalog(rows, { learned: tiny, ...options }).report.imported.map((row) => row.tags.map((t) => [t.key, t.confidence]));

describe("the learned course tagging", () => {
  it("gives the keys whose log-odds reach a band, at the band's confidence, with the course's words that weighed", () => {
    const { report } = importCatalog([{ title: "Zorbql for beginners" }], { learned: tiny });
    const [sql] = report.imported[0]!.tags;
    expect(sql).toMatchObject({ key: "sql", label: "SQL and databases", confidence: 0.9, words: ["zorbql"], from: ["title"] });
  });

  it("reads a skill as a whole as well as word by word", () => {
    // excel at log-odds 1 from the whole skill "Zorb Sheet": the lower band.
    expect(tagsOf([{ title: "Spreadsheets at work", skills: "Zorb Sheet" }], { minConfidence: 0.5 })).toEqual([[["excel", 0.55]]]);
    expect(tagsOf([{ title: "Spreadsheets at work", skills: "Zorb, Sheet" }], { minConfidence: 0.5 })).toEqual([]);
  });

  it("asks more of a second key (further), and drops a band under minConfidence", () => {
    // sql at log-odds 2, excel at 0.5: under `further`, so only sql.
    expect(tagsOf([{ title: "Zorbql basics" }])).toEqual([[["sql", 0.9]]]);
    // With the skill, excel reaches 4.5: both.
    expect(tagsOf([{ title: "Zorbql basics", skills: "Zorb Sheet" }])).toEqual([[["excel", 0.9], ["sql", 0.9]]]);
    expect(tagsOf([{ title: "Spreadsheets at work", skills: "Zorb Sheet" }], { minConfidence: 0.6 })).toEqual([]);
  });

  it("leaves a course untagged when serving no key is likelier, and names it in the report", () => {
    const { catalog, report } = importCatalog([{ title: "Zorbql castlex tour" }], { learned: tiny });
    expect(catalog).toEqual([]);
    expect(report.leftOut).toEqual([expect.objectContaining({ row: 1, reason: "no-key" })]);
  });

  it("leaves the keys it does not hold to the phrasings, and ignores keys the taxonomy does not have", () => {
    const tags = tagsOf([{ title: "Negotiation skills for buyers" }]);
    expect(tags[0]!.map(([key]) => key)).toContain("negotiation");
    expect(tags.flat().map(([key]) => key)).not.toContain("made-up-key");
  });

  it("is refused by its path when it is not a model, in tailorplan and in tailorplan/core", () => {
    const bad = { ...tiny, bands: [], keys: { sql: { bias: "high", weights: {}, ...none } } };
    let caught: unknown;
    try {
      importCatalog([{ title: "SQL" }], { learned: bad });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    const paths = (caught as ValidationError).issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["learned.bands", "learned.keys.sql.bias"]));
    expect(() => core.importCatalog([{ title: "SQL" }], { taxonomy: defaultTaxonomy, learned: { version: 2 } })).toThrow(ValidationError);
    expect(safeImportCatalog([{ title: "SQL" }], { learned: "model" }).success).toBe(false);
  });

  it("learned: false tags by the phrasings alone, as tailorplan/core does without a model", () => {
    const rows = [{ title: "Python for Data Analysis", skills: "Python, Pandas" }, { title: "Leading remote teams" }];
    expect(importCatalog(rows, { learned: false }).catalog).toEqual(core.importCatalog(rows, { taxonomy: defaultTaxonomy, languages: [] }).catalog);
  });
});

describe("a course's features", () => {
  const words = (title: string, skills: string[] = [], description = "") => ({
    title: courseTokens(title, ENGLISH),
    skills: skills.map((skill) => courseTokens(skill, ENGLISH)),
    description: courseTokens(description, ENGLISH),
  });

  it("are its stems alone and by place, word pairs of the title, whole skills and the first skills", () => {
    const features = courseFeatures(words("Data Engineering", ["SQL", "Python Programming"], "Pipelines"));
    for (const feature of ["data", "t:data", "b:data_engineer", "s:sql", "f:sql", "k:python_program", "d:pipelin"]) expect(features.has(feature)).toBe(true);
    expect(features.get("k:python_program")!.words).toEqual(["python", "programming"]);
    expect(features.get("data")!.places).toEqual(["title"]);
  });

  it("leave numbers out: an edition or a count of reviews says nothing of the subject", () => {
    const features = courseFeatures(words("Excel 2019", ["(30.2k reviews)"]));
    expect([...features.keys()].some((feature) => /\d/.test(feature))).toBe(false);
    expect(features.has("t:excel")).toBe(true);
  });

  it("stop after the first five skills for the first-skills features", () => {
    const skills = ["One", "Two", "Three", "Four", "Five", "Sixth"];
    const features = courseFeatures(words("x", skills));
    expect(features.has("f:five")).toBe(true);
    expect(features.has("f:sixth")).toBe(false);
    expect(features.has("s:sixth")).toBe(true);
  });
});

describe("the built-in course model", () => {
  it("is a valid model whose keys are the taxonomy's, with bands whose confidence falls with the log-odds", () => {
    const model = CourseModelSchema.parse(courseModel);
    const keys = new Set(defaultTaxonomy.entries.map((entry) => entry.key));
    expect(Object.keys(model.keys).every((key) => keys.has(key))).toBe(true);
    const bands = [...model.bands].sort((a, b) => b.min - a.min);
    bands.forEach((band, i) => i > 0 && expect(band.confidence).toBeLessThanOrEqual(bands[i - 1]!.confidence));
    expect(createCourseModel(courseModel).keys.size).toBe(Object.keys(model.keys).length);
  });

  it("tags courses of workplace subjects and leaves others out, the same on every call", () => {
    const rows = [
      { title: "Data Engineering with Python and SQL", skills: "SQL, Python Programming, Databases" },
      { title: "Managing Organisational Change", description: "Plan, communicate and sustain a change programme in your organisation." },
      { title: "Watercolour Landscapes for Beginners", description: "Paint mountains and lakes in a weekend." },
      { title: "Medieval Castles of Europe" },
    ];
    const { catalog, report } = importCatalog(rows);
    expect(report.imported.map((row) => row.row)).toEqual([1, 2]);
    expect(catalog[0]!.addresses.map((a) => (typeof a === "string" ? a : a.key))).toEqual(expect.arrayContaining(["sql", "programming"]));
    expect(catalog[1]!.addresses.map((a) => (typeof a === "string" ? a : a.key))).toEqual(["change-management"]);
    expect(report.leftOut.map((row) => row.row)).toEqual([3, 4]);
    expect(importCatalog(rows)).toEqual({ catalog, report });
  });
});

describe("trainShared", () => {
  // Two keys over three features; the first input says "the phrasings named the key".
  const rows = [
    { features: Int32Array.from([0]), inputs: new Map([[0, [1]]]), keys: new Set([0]) },
    { features: Int32Array.from([1]), inputs: new Map([[1, [1]]]), keys: new Set([1]) },
    { features: Int32Array.from([2]), inputs: new Map<number, number[]>(), keys: new Set<number>() },
    { features: Int32Array.from([0, 2]), inputs: new Map([[0, [1]]]), keys: new Set([0]) },
  ];
  const options = { ...TRAIN_DEFAULTS, adaptive: true, rate: 1, epochs: 100, l2: 0.0001, prune: 0.1, decimals: 2 };

  it("learns each key's words and one weight of the inputs for all keys, the same on every run", () => {
    const trained = trainShared(rows, ["alpha", "beta", "gamma"], 2, 1, options);
    expect(trained).toEqual(trainShared(rows, ["alpha", "beta", "gamma"], 2, 1, options));
    expect(trained.weights[0]!.alpha).toBeGreaterThan(0);
    expect(trained.weights[1]!.beta).toBeGreaterThan(0);
    expect(trained.inputs[0]).toBeGreaterThan(0);
    expect(trained.biases).toHaveLength(2);
  });

  it("refuses the options it does not carry out rather than ignore them", () => {
    expect(() => trainShared(rows, ["alpha", "beta", "gamma"], 2, 1, { ...options, dropout: 0.15 })).toThrow(/dropout/);
    expect(() => trainShared(rows, ["alpha", "beta", "gamma"], 2, 1, { ...options, adaptive: false })).toThrow(/adaptive/);
  });
});
