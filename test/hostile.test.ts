/**
 * Whatever an HR tool passes on, typed by its users or uploaded by an admin,
 * gets a clear answer: one `ValidationError` naming where the problem is,
 * or a correct plan. Never a crash deep inside, never a hang, never a
 * polluted `Object.prototype`. Below the table: the cases the property
 * tests found, kept as regression tests.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  createRecommender,
  defaultCatalog,
  defaultTaxonomy,
  importCatalog,
  PlanSchema,
  recommend,
  ValidationError,
  type CatalogItem,
  type Plan,
} from "../src/index";

const asOf = "2026-01-05";

/** Runs `body` in another time zone; Node reads `TZ` again whenever it changes. */
function inZone<T>(zone: string, body: () => T): T {
  const original = process.env.TZ;
  process.env.TZ = zone;
  try {
    return body();
  } finally {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  }
}

/** A small valid catalog item to break one field of at a time. */
const item: CatalogItem = {
  id: "trn-time",
  kind: "training",
  title: "Time Management Essentials",
  addresses: [{ key: "time-management", strength: 1 }],
  hoursPerWeek: 2,
  weeks: 3,
  cost: { amount: 190, currency: "EUR" },
  format: "self-paced",
};
const withItem = (patch: Record<string, unknown>, id = "trn-x") => ({ ...item, id, ...patch });
const catalogOf = (catalog: unknown) => () => createRecommender({ catalog });
const profileOf = (profile: unknown, options: unknown = { asOf }) => () => recommend(profile, options as never);
const optionsOf = (options: unknown) => () => recommend({ challenges: ["I keep missing deadlines"] }, options as never);

const MEGABYTE = "x".repeat(1 << 20);
const deep = (levels: number) => {
  const root: Record<string, unknown> = {};
  let node = root;
  for (let i = 0; i < levels; i++) node = (node.a = {}) as Record<string, unknown>;
  return root;
};
const cyclic = () => {
  const node: Record<string, unknown> = { text: "I keep missing deadlines" };
  node.self = node;
  return node;
};
const throwing = () =>
  new Proxy(
    {},
    {
      get: () => {
        throw new Error("no access");
      },
      ownKeys: () => {
        throw new Error("no keys");
      },
    },
  );

type Path = ReadonlyArray<string | number>;
type Answer = { readonly subject: string; readonly path: Path; readonly message?: RegExp } | "plan";

/** Each row: what an app might pass, and the one answer it must get. */
const TABLE: ReadonlyArray<readonly [name: string, run: () => unknown, answer: Answer]> = [
  // The profile is not an object at all.
  ["profile is text", profileOf("I freeze when I present"), { subject: "profile", path: [], message: /must be an object, not text/ }],
  ["profile is null", profileOf(null), { subject: "profile", path: [], message: /not null/ }],
  ["profile is a list", profileOf([{ challenges: [] }]), { subject: "profile", path: [], message: /not a list/ }],
  ["profile is a function", profileOf(() => ({})), { subject: "profile", path: [], message: /not a function/ }],
  ["profile is a Symbol", profileOf(Symbol("profile")), { subject: "profile", path: [], message: /not a symbol/ }],
  ["profile is a BigInt", profileOf(10n), { subject: "profile", path: [], message: /not a bigint/ }],
  ["profile is a Proxy that throws on access", profileOf(throwing()), { subject: "profile", path: [], message: /could not be read/ }],
  // Wrong types, numbers as strings, null and lists where objects belong.
  ["motivations is one string, not a list", profileOf({ motivations: "growth" }), { subject: "profile", path: ["motivations"], message: /must be a list, not text/ }],
  ["a statement is a number", profileOf({ motivations: [42] }), { subject: "profile", path: ["motivations", 0] }],
  ["a statement is a function", profileOf({ challenges: [() => "x"] }), { subject: "profile", path: ["challenges", 0] }],
  ["a statement is a Symbol", profileOf({ goals: [Symbol("goal")] }), { subject: "profile", path: ["goals", 0] }],
  ["a statement weight is a BigInt", profileOf({ motivations: [{ text: "learn things", weight: 2n }] }), { subject: "profile", path: ["motivations", 0, "weight"], message: /not a bigint/ }],
  ["hours per week as a string", profileOf({ constraints: { hoursPerWeek: "4" } }), { subject: "profile", path: ["constraints", "hoursPerWeek"], message: /must be a number, not text/ }],
  ["budget amount as a string", profileOf({ constraints: { budget: { amount: "1000", currency: "EUR" } } }), { subject: "profile", path: ["constraints", "budget", "amount"] }],
  ["constraints is null", profileOf({ constraints: null }), { subject: "profile", path: ["constraints"], message: /not null/ }],
  ["constraints is a list", profileOf({ constraints: [{ hoursPerWeek: 4 }] }), { subject: "profile", path: ["constraints"], message: /not a list/ }],
  ["a rating is an array", profileOf({ feedback: [["Communication", "peer", 3]] }), { subject: "profile", path: ["feedback", 0] }],
  // Negative numbers, fractions and invalid dates.
  ["negative hours per week", profileOf({ constraints: { hoursPerWeek: -2 } }), { subject: "profile", path: ["constraints", "hoursPerWeek"], message: /at least 0/ }],
  ["negative budget", profileOf({ constraints: { budget: { amount: -100, currency: "EUR" } } }), { subject: "profile", path: ["constraints", "budget", "amount"] }],
  ["a fraction of a week", profileOf({ constraints: { horizonWeeks: 2.5 } }), { subject: "profile", path: ["constraints", "horizonWeeks"], message: /whole number/ }],
  ["start date 2026-02-30", profileOf({ constraints: { startDate: "2026-02-30" } }), { subject: "profile", path: ["constraints", "startDate"], message: /real calendar date/ }],
  ["askedAt in another format", profileOf({ askedAt: "05/01/2026" }), { subject: "profile", path: ["askedAt"] }],
  ["a rating of NaN", profileOf({ feedback: [{ competency: "Communication", rater: "peer", score: Number.NaN }] }), { subject: "profile", path: ["feedback", 0, "score"] }],
  ["a rating off the scale", profileOf({ feedback: [{ competency: "Communication", rater: "peer", score: 7 }] }), { subject: "profile", path: ["feedback", 0, "score"], message: /between 1 and 5/ }],
  // Unknown enum values and unknown keys.
  ["an unknown level", profileOf({ level: "intern" }), { subject: "profile", path: ["level"], message: /must be one of/ }],
  ["an unknown rater", profileOf({ feedback: [{ competency: "Communication", rater: "boss", score: 3 }] }), { subject: "profile", path: ["feedback", 0, "rater"] }],
  ["an unknown format", profileOf({ constraints: { formats: ["webinar"] } }), { subject: "profile", path: ["constraints", "formats", 0] }],
  ["the typo motivation", profileOf({ motivation: ["growth"] }), { subject: "profile", path: ["motivation"], message: /did you mean "motivations"/ }],
  ["a typo inside constraints", profileOf({ constraints: { hourPerWeek: 4 } }), { subject: "profile", path: ["constraints", "hourPerWeek"], message: /did you mean "hoursPerWeek"/ }],
  // Keys that would reach the prototype if copied naively.
  ["__proto__ from JSON.parse", profileOf(JSON.parse('{"__proto__": {"polluted": true}, "challenges": ["too many meetings"]}')), { subject: "profile", path: ["__proto__"], message: /not a known field/ }],
  ["constructor.prototype from JSON.parse", profileOf(JSON.parse('{"constructor": {"prototype": {"polluted": true}}}')), { subject: "profile", path: ["constructor"] }],
  ["__proto__ inside constraints", profileOf(JSON.parse('{"constraints": {"__proto__": {"hoursPerWeek": 80}}}')), { subject: "profile", path: ["constraints", "__proto__"] }],
  ["__proto__ in options", optionsOf(JSON.parse('{"asOf": "2026-01-05", "__proto__": {"maxItems": 1}}')), { subject: "options", path: ["__proto__"] }],
  // Sizes: a megabyte of text, a hundred thousand entries, deep and cyclic junk.
  ["a 1 MB statement", profileOf({ challenges: [MEGABYTE] }), { subject: "profile", path: ["challenges", 0], message: /at most 2000 characters/ }],
  ["a 1 MB string under an unknown key", profileOf({ notes: MEGABYTE }), { subject: "profile", path: ["notes"] }],
  ["100,000 motivations", profileOf({ motivations: Array.from({ length: 100_000 }, () => "I love learning") }), { subject: "profile", path: ["motivations"], message: /at most 50 entries/ }],
  ["100,000 excluded ids", profileOf({ constraints: { exclude: Array.from({ length: 100_000 }, (_, i) => `id-${i}`) } }), { subject: "profile", path: ["constraints", "exclude"] }],
  ["a sparse list of 10 million", profileOf({ goals: new Array(10_000_000) }), { subject: "profile", path: ["goals"] }],
  ["junk nested 100,000 levels deep", profileOf({ motivations: [deep(100_000)] }), { subject: "profile", path: ["motivations", 0, "text"] }],
  ["a statement that contains itself", profileOf({ motivations: [cyclic()] }), { subject: "profile", path: ["motivations", 0, "self"] }],
  ["a getter that throws", profileOf(Object.defineProperty({}, "goals", { enumerable: true, get: () => { throw new TypeError("nope"); } })), { subject: "profile", path: ["goals"], message: /could not be read/ }],
  ["a blank statement", profileOf({ challenges: ["   \n\t"] }), { subject: "profile", path: ["challenges", 0], message: /blank/ }],
  // Text people really type: emoji, right-to-left, zero-width, full-width. A plan, with questions.
  ["emoji, right-to-left and zero-width text", profileOf({ motivations: ["😩🔥", "أريد أن أتعلم", "\u200B"], challenges: ["\u202Eevil\u202C", "Ｉ ｋｅｅｐ ｍｉｓｓｉｎｇ ｄｅａｄｌｉｎｅｓ", "I keep\u200B missing deadlines"] }), "plan"],
  ["a null-prototype profile", profileOf(Object.assign(Object.create(null), { challenges: ["I keep missing deadlines"] })), "plan"],
  ["undefined where a field is optional", profileOf({ motivations: undefined, constraints: { budget: undefined } }), "plan"],
  // Options.
  ["options without asOf", optionsOf({}), { subject: "options", path: ["asOf"], message: /YYYY-MM-DD/ }],
  ["asOf 2026-02-30", optionsOf({ asOf: "2026-02-30" }), { subject: "options", path: ["asOf"] }],
  ["asOf as a Date object", optionsOf({ asOf: new Date(Date.UTC(2026, 0, 5)) }), { subject: "options", path: ["asOf"], message: /not a Date: write dates as YYYY-MM-DD/ }],
  ["a Map as the profile", () => recommend(new Map([["motivations", ["growth"]]]), { asOf }), { subject: "profile", path: [], message: /not a Map/ }],
  ["a Date as a constraints object", () => recommend({ constraints: new Date(0) }, { asOf }), { subject: "profile", path: ["constraints"], message: /not a Date/ }],
  ["asOf so late the plan would end after 9999", optionsOf({ asOf: "9999-12-01" }), { subject: "options", path: ["asOf"], message: /9999-12-31/ }],
  ["maxItems 0", optionsOf({ asOf, maxItems: 0 }), { subject: "options", path: ["maxItems"] }],
  ["maxItems as a string", optionsOf({ asOf, maxItems: "3" }), { subject: "options", path: ["maxItems"] }],
  ["diversity above 1", optionsOf({ asOf, diversity: 2 }), { subject: "options", path: ["diversity"] }],
  ["a mix of zeros", optionsOf({ asOf, mix: { training: 0, mentoring: 0, "working-condition": 0 } }), { subject: "options", path: ["mix"] }],
  ["an unknown locale", optionsOf({ asOf, locale: "tlh" }), { subject: "options", path: ["locale"] }],
  ["an upside-down rating scale", optionsOf({ asOf, ratingScale: { min: 5, max: 1 } }), { subject: "options", path: ["ratingScale"] }],
  ["a rating scale so wide that averages overflow", optionsOf({ asOf, ratingScale: { min: -1.7e308, max: 1.7e308 } }), { subject: "options", path: ["ratingScale", "min"] }],
  ["the typo maxitems", optionsOf({ asOf, maxitems: 3 }), { subject: "options", path: ["maxitems"], message: /did you mean "maxItems"/ }],
  ["options as text", optionsOf("2026-01-05"), { subject: "options", path: [] }],
  ["options as a Proxy that throws", optionsOf(throwing()), { subject: "options", path: [] }],
  // Catalogs an admin might upload.
  ["catalog is an object", catalogOf({ items: [item] }), { subject: "catalog", path: [], message: /must be a list/ }],
  ["prerequisites in a cycle", catalogOf([withItem({ prerequisites: ["b"] }, "a"), withItem({ prerequisites: ["a"] }, "b")]), { subject: "catalog", path: [0, "prerequisites"], message: /cycle: a -> b -> a/ }],
  ["a longer prerequisite cycle", catalogOf([withItem({ prerequisites: ["c"] }, "a"), withItem({ prerequisites: ["a"] }, "b"), withItem({ prerequisites: ["b"] }, "c")]), { subject: "catalog", path: [0, "prerequisites"], message: /cycle/ }],
  ["an item that requires itself", catalogOf([withItem({ prerequisites: ["a"] }, "a")]), { subject: "catalog", path: [0, "prerequisites", 0] }],
  ["a prerequisite that does not exist", catalogOf([item, withItem({ prerequisites: ["nope"] })]), { subject: "catalog", path: [1, "prerequisites", 0] }],
  ["two items with one id", catalogOf([item, withItem({}, item.id)]), { subject: "catalog", path: [1, "id"] }],
  ["an unknown kind", catalogOf([withItem({ kind: "webinar" })]), { subject: "catalog", path: [0, "kind"] }],
  ["weeks as a string", catalogOf([withItem({ weeks: "3" })]), { subject: "catalog", path: [0, "weeks"] }],
  ["a negative cost", catalogOf([withItem({ cost: { amount: -1, currency: "EUR" } })]), { subject: "catalog", path: [0, "cost", "amount"] }],
  ["a key the taxonomy does not have", catalogOf([withItem({ addresses: ["telepathy"] })]), { subject: "catalog", path: [0, "addresses", 0] }],
  ["a start date 2026-13-01", catalogOf([withItem({ availability: { starts: ["2026-13-01"] } })]), { subject: "catalog", path: [0, "availability", "starts", 0] }],
  ["__proto__ in a catalog item", catalogOf(JSON.parse(`[{"__proto__": {"x": 1}, ${JSON.stringify(item).slice(1)}]`)), { subject: "catalog", path: [0, "__proto__"] }],
  ["a taxonomy that is a list", () => createRecommender({ taxonomy: [] }), { subject: "taxonomy", path: [] }],
  [
    "100,000 valid catalog items",
    () => createRecommender({ catalog: Array.from({ length: 100_000 }, (_, i) => withItem({}, `item-${i}`)) }).recommend({ challenges: ["I keep missing deadlines"] }, { asOf }),
    "plan",
  ],
];

describe("hostile input: one ValidationError naming the path, or a correct plan", () => {
  const prototypeKeys = () => [Object.prototype, Array.prototype, Function.prototype].map((p) => Reflect.ownKeys(p).map(String).sort().join());
  let before: string[] = [];
  beforeEach(() => {
    before = prototypeKeys();
  });
  afterEach(() => {
    expect(prototypeKeys()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).hoursPerWeek).toBeUndefined();
  });

  it("has at least 40 cases", () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
  });

  it.each(TABLE)("%s", (_name, run, answer) => {
    const started = performance.now();
    let result: unknown;
    let thrown: unknown;
    try {
      result = run();
    } catch (error) {
      thrown = error;
    }
    // A sanity bound against hangs, not a speed target.
    expect(performance.now() - started).toBeLessThan(5_000);
    if (answer === "plan") {
      expect(thrown).toBeUndefined();
      const plan = result as Plan;
      expect(PlanSchema.safeParse(plan).success).toBe(true);
      expect(plan.totals.peakHoursPerWeek).toBeLessThanOrEqual(plan.totals.hoursPerWeekLimit);
      return;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    const error = thrown as ValidationError;
    expect(error.name).toBe("ValidationError");
    expect(error.subject).toBe(answer.subject);
    const issue = error.issues.find((i) => JSON.stringify(i.path) === JSON.stringify(answer.path));
    expect(issue, `${error.message}`).toBeDefined();
    if (answer.message) expect(issue!.message).toMatch(answer.message);
  });
});

describe("regressions found by the property tests", () => {
  it("a plan is the same in every time zone, even across a day Kiritimati skipped (1994-12-31)", () => {
    const profile = { challenges: ["I freeze when I present"], constraints: { startDate: "1994-12-31" } };
    const plans = ["UTC", "Pacific/Kiritimati", "America/Los_Angeles"].map((zone) => inZone(zone, () => recommend(profile, { asOf })));
    expect(plans[0]!.items.length).toBeGreaterThan(0);
    expect(plans[0]!.items[0]!.start).toBe("1994-12-31");
    for (const plan of plans) expect(JSON.stringify(plan)).toBe(JSON.stringify(plans[0]));
  });

  it("a getter or Proxy that throws is a ValidationError at its path, not the getter's own error", () => {
    const boom = () => {
      throw new Error("boom");
    };
    const cases: Array<[unknown, ReadonlyArray<string | number>]> = [
      [new Proxy({}, { ownKeys: boom }), []],
      [{ motivations: new Proxy(["I want to grow"], { get: boom }) }, ["motivations"]],
      [Object.defineProperty({}, "challenges", { get: boom, enumerable: true }), ["challenges"]],
      [{ constraints: Object.defineProperty({}, "budget", { get: boom, enumerable: true }) }, ["constraints", "budget"]],
    ];
    for (const [profile, path] of cases) {
      let thrown: unknown;
      try {
        recommend(profile, { asOf });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ValidationError);
      expect((thrown as ValidationError).issues).toEqual([{ path, message: expect.stringContaining("could not be read") }]);
    }
  });

  it("options or a config that are not an object are a ValidationError, not a TypeError from destructuring", () => {
    for (const [run, subject] of [
      [() => recommend({}, "2026-01-05" as never), "options"],
      [() => recommend({}, [asOf] as never), "options"],
      [() => createRecommender(42 as never), "config"],
      [() => recommend({}, new Proxy({}, { ownKeys: () => { throw new Error("no keys"); } }) as never), "options"],
    ] as const) {
      let thrown: unknown;
      try {
        run();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ValidationError);
      expect((thrown as ValidationError).subject).toBe(subject);
      expect((thrown as ValidationError).issues.map((i) => i.path)).toEqual([[]]);
    }
    // Nothing (null or undefined) is no options, as for the recommender's own `recommend`.
    expect(PlanSchema.safeParse(recommend({ askedAt: asOf }, null as never)).success).toBe(true);
    expect(createRecommender(null as never).catalog.length).toBe(defaultCatalog.length);
  });

  it("a rating scale is bounded, so 360° averages never overflow into “-Infinity/1.7e+308” in a need's source", () => {
    const ratingScale = { min: -1.7e308, max: 1.7e308 };
    const feedback = (["self", "peer", "manager", "report"] as const).map((rater, i) => ({ competency: "Communication", rater, score: i === 0 || i === 3 ? 1.7e308 : -1.7e308 }));
    expect(() => recommend({ feedback }, { asOf, ratingScale })).toThrow(ValidationError);
    const wide = { min: -1_000_000, max: 1_000_000 };
    const plan = recommend({ feedback: feedback.map((f) => ({ ...f, score: Math.sign(f.score) * 1_000_000 })) }, { asOf, ratingScale: wide });
    expect(plan.needs.length).toBeGreaterThan(0);
    expect(plan.needs.map((n) => n.source).join(" ")).not.toMatch(/Infinity|NaN/);
  });

  it("a start so late that the horizon would run past 9999-12-31 is a ValidationError at its path, not a date like 10000-05-30", () => {
    const late = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const fromOptions = late(() => recommend({ challenges: ["I freeze when I present"] }, { asOf: "9999-12-01" }));
    expect(fromOptions).toBeInstanceOf(ValidationError);
    expect((fromOptions as ValidationError).issues.map((i) => i.path)).toEqual([["asOf"]]);
    const fromProfile = late(() => recommend({ constraints: { startDate: "9999-06-01", horizonWeeks: 52 } }, { asOf }));
    expect(fromProfile).toBeInstanceOf(ValidationError);
    expect((fromProfile as ValidationError).subject).toBe("profile");
    expect((fromProfile as ValidationError).issues.map((i) => i.path)).toEqual([["constraints", "startDate"]]);
    // The last start that still fits is fine, and so is the first year.
    const last = recommend({ challenges: ["I freeze when I present"], constraints: { horizonWeeks: 1 } }, { asOf: "9999-12-25" });
    expect(last.end).toBe("9999-12-31");
    expect(PlanSchema.safeParse(recommend({ challenges: ["I freeze when I present"] }, { asOf: "0001-01-01" })).success).toBe(true);
  });

  // Words that are names of Object.prototype's members read as words, not as the members: every table looked up by a
  // word, a column's value or a taxonomy key is read by own keys only (`ownValue`).
  const MEMBERS = ["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty", "isPrototypeOf"] as const;

  it.each(MEMBERS)("a statement with the word %j is read, not a TypeError from the stemmer", (word) => {
    for (const language of ["en", "es", "fr", "de"]) {
      const plan = recommend({ language, challenges: [`the ${word} of my team`, word], motivations: [word], goals: [`learn ${word}`] }, { asOf });
      expect(PlanSchema.safeParse(plan).success).toBe(true);
    }
    // Said beside a need, the need is still read.
    expect(recommend({ challenges: [`${word}: I freeze when I present`] }, { asOf }).needs.map((need) => need.key)).toContain("public-speaking");
  });

  it.each(MEMBERS)("a course whose language is %j is imported with the value named as misread, not a TypeError", (word) => {
    const { catalog, report } = importCatalog([{ title: "Presenting with confidence", language: word, level: word, price: word, duration: word }]);
    expect(catalog).toHaveLength(1);
    expect(catalog[0]!.language).toBeUndefined();
    expect(report.misread.some((m) => m.column === "language" && m.value === word)).toBe(true);
  });

  it("a taxonomy key named \"constructor\" is read in every language, labelled in every locale and tags imported courses", () => {
    const entry = { ...defaultTaxonomy.entries.find((e) => e.key === "sql")!, key: "constructor", label: "Constructor craft", synonyms: ["constructor craft"] };
    const taxonomy = { ...defaultTaxonomy, entries: [...defaultTaxonomy.entries, entry] };
    const catalog = [...defaultCatalog, { ...item, id: "trn-constructor", title: "Constructor craft", addresses: [{ key: "constructor", strength: 1 }] }];
    const recommender = createRecommender({ taxonomy, catalog });
    // The language packs hold no phrasings of this key: a German statement reads the built-in keys, an English one this one.
    expect(recommender.recommend({ language: "de", goals: ["Ich will besser präsentieren"] }, { asOf }).needs.map((need) => need.key)).toContain("presentation-skills");
    expect(recommender.recommend({ language: "es", challenges: ["tengo demasiadas reuniones"] }, { asOf }).needs.map((need) => need.key)).toContain("meeting-overload");
    const german = recommender.recommend({ goals: ["I want to learn constructor craft"] }, { asOf, locale: "de" });
    expect(german.needs.find((need) => need.key === "constructor")?.label).toBe("Constructor craft");
    const { catalog: imported } = importCatalog([{ title: "Constructor craft" }], { taxonomy });
    expect(imported[0]!.addresses).toContainEqual(expect.objectContaining({ key: "constructor" }));
  });
});
