import { describe, expect, it } from "vitest";
import {
  CatalogSchema,
  createRecommender,
  defaultCatalog,
  defaultTaxonomy,
  importCatalog,
  ImportReportSchema,
  safeImportCatalog,
  ValidationError,
  type CatalogItem,
} from "../src/index";
import * as core from "../src/core";
import courseModel from "../data/model/courses.json";
import { readDuration, readLanguage, readLevel, readPrice, readSkills, readFormat, readBoolean } from "../src/import/index";
import { courseTaxonomy } from "../src/import/vocabulary";
import { DESCRIPTION_WORDS_READ, TAG_THRESHOLD, descriptionRead } from "../src/import/tagging";
import { deepFreeze } from "./helpers";
import { taxonomyOfRun } from "../bench/import";

const asOf = "2026-01-05";

describe("reading durations", () => {
  it.each([
    ["2–4 hours per week", { hoursPerWeek: 3 }],
    ["2-4 hours per week", { hoursPerWeek: 3 }],
    ["3 hrs/week", { hoursPerWeek: 3 }],
    ["6 Weeks", { weeks: 6 }],
    ["1 - 4 Weeks", { weeks: 2.5 }],
    ["3 - 6 Months", { weeks: 19.5 }],
    [" 3 - 6 Months", { weeks: 19.5 }],
    ["4 meses", { weeks: (4 * 52) / 12 }],
    ["1 year", { weeks: 52 }],
    ["5 days", { weeks: 5 / 7 }],
    ["1.5", { totalHours: 1.5 }],
    [12.25, { totalHours: 12.25 }],
    ["2h 30m", { totalHours: 2.5 }],
    ["1:30", { totalHours: 1.5 }],
    ["45 mins", { totalHours: 0.75 }],
    ["Approximately 20 hours to complete", { totalHours: 20 }],
    ["Less Than 2 Hours", { totalHours: 2 }],
    ["4 weeks, 3 hours per week", { weeks: 4, hoursPerWeek: 3 }],
  ] as const)("reads %j", (text, effort) => {
    expect(readDuration(text)).toEqual(effort);
  });

  it.each(["self-paced", "None", "", "soon", 0, -3, null])("cannot read %j", (text) => {
    expect(readDuration(text)).toBeUndefined();
  });
});

describe("reading prices", () => {
  it.each([
    ["200", { amount: 200 }],
    [200, { amount: 200 }],
    ["Free", { amount: 0 }],
    ["FREE", { amount: 0 }],
    ["gratis", { amount: 0 }],
    ["$49.99", { amount: 49.99, currency: "USD" }],
    ["49 USD", { amount: 49, currency: "USD" }],
    ["EUR 120", { amount: 120, currency: "EUR" }],
    ["1.299,00 €", { amount: 1299, currency: "EUR" }],
    ["£1,299.00", { amount: 1299, currency: "GBP" }],
    ["49,99", { amount: 49.99 }],
    ["FREE-Add a Verified Certificate for $49 USD", { amount: 0, certificate: 49, currency: "USD" }],
  ] as const)("reads %j", (text, price) => {
    expect(readPrice(text)).toEqual(price);
  });

  it.each(["Paid", "varies", -5])("cannot read %j", (text) => {
    expect(readPrice(text)).toBeUndefined();
  });

  it.each([
    ["True", true],
    ["false", false],
    ["yes", true],
    [0, false],
    ["maybe", undefined],
  ] as const)("reads is_paid %j as %j", (text, paid) => {
    expect(readBoolean(text)).toBe(paid);
  });
});

describe("reading levels as difficulty", () => {
  it.each([
    ["Beginner", "beginner"],
    ["Beginner ", "beginner"],
    ["Introductory", "beginner"],
    ["Beginner Level", "beginner"],
    ["Intermediate", "intermediate"],
    ["Advanced", "advanced"],
    ["Expert Level", "advanced"],
    ["All Levels", "all"],
    ["Mixed", "all"],
    ["Mixed ", "all"],
    ["Beginner to Intermediate", "beginner"],
    ["Intermediate - Advanced", "intermediate"],
    ["Débutant", "beginner"],
    ["Avanzado", "advanced"],
  ] as const)("reads %j as %j", (text, level) => {
    expect(readLevel(text)).toBe(level);
  });

  it.each(["Course", "Specialization", "3"])("cannot read %j", (text) => {
    expect(readLevel(text)).toBeUndefined();
  });
});

describe("reading languages", () => {
  it.each([
    ["English", "en"],
    ["Español", "es"],
    ["Français", "fr"],
    ["Deutsch", "de"],
    ["Português", "pt"],
    ["Português (Brasil)", "pt-BR"],
    ["中文", "zh"],
    ["日本語", "ja"],
    ["العربية", "ar"],
    ["한국어", "ko"],
    ["Русский", "ru"],
    ["Italiano", "it"],
    ["German", "de"],
    ["en", "en"],
    ["pt_BR", "pt-BR"],
    ["en-us", "en-US"],
    ["English, Spanish", "en"],
  ] as const)("reads %j as %j", (text, code) => {
    expect(readLanguage(text)).toBe(code);
  });

  it.each(["Klingon", "", "xx-yy-zz"])("cannot read %j", (text) => {
    expect(readLanguage(text)).toBeUndefined();
  });
});

describe("reading formats and skills", () => {
  it.each([
    ["Self-paced", "self-paced"],
    ["On demand", "self-paced"],
    ["Classroom", "in-person"],
    ["Instructor-led", "in-person"],
    ["Virtual classroom", "online"],
    ["Cohort", "cohort"],
  ] as const)("reads the format %j", (text, format) => {
    expect(readFormat(text)).toBe(format);
  });

  it.each([
    ['{" Network Security"," Python Programming"}', ["Network Security", "Python Programming"]],
    ["SQL, Data Analysis; Excel", ["SQL", "Data Analysis", "Excel"]],
    ["Tableau|Power BI", ["Tableau", "Power BI"]],
    [["SQL", " Excel ", "SQL"], ["SQL", "Excel"]],
    ["{}", []],
  ] as const)("reads the skills %j", (value, skills) => {
    expect(readSkills(value)).toEqual(skills);
  });
});

const rows = [
  { course_title: "Python for Data Analysis", skills: "Python, Pandas, Data Analysis", content_duration: "6 Weeks", level: "Beginner", price: "49", is_paid: "True", url: "https://courses.example/python-data", partner: "Example University", language: "English" },
  { course_title: "Medieval Castles of Europe", skills: "History, Architecture", content_duration: "4 weeks", level: "All Levels", price: "Free" },
  { course_title: "", skills: "SQL" },
  { course_title: "SQL Queries for Reporting", skills: "SQL, Databases", content_duration: "2h 30m", level: "Intermediate", price: "200", is_paid: "False", language: "Español" },
  { course_title: "Negotiation Skills for Managers", content_duration: "someday", level: "Expert-ish", price: "FREE-Add a Verified Certificate for $49 USD", url: "not a link" },
];

describe("importCatalog", () => {
  it("imports what serves a need and names every other row in the report", () => {
    const { catalog, report } = importCatalog(rows);
    expect(CatalogSchema.safeParse(catalog).success).toBe(true);
    expect(ImportReportSchema.safeParse(report).success).toBe(true);
    expect(report.imported.map((r) => r.row)).toEqual([1, 4, 5]);
    expect(report.leftOut).toEqual([
      { row: 2, title: "Medieval Castles of Europe", reason: "no-key", ...(report.leftOut[0]!.closest ? { closest: report.leftOut[0]!.closest } : {}) },
      { row: 3, reason: "title-missing" },
    ]);
    expect(report.summary).toMatchObject({ rows: 5, imported: 3, leftOut: { "no-key": 1, "title-missing": 1 } });
    expect(report.summary.columns).toMatchObject({ title: ["course_title"], duration: ["content_duration"], paid: ["is_paid"], provider: ["partner"] });
  });

  it("names a left-out course's closest key below the confidence it tags at, with the words that led to it", () => {
    // The learned tagging names the key it found likeliest at its own chance, when the course's words weighed for it;
    // a key it refused is never shown at the phrasings' confidence, which could be higher than a tag's.
    const nearly = ["Writing Poetry", "Public Health Statistics", "Chess Strategy: Thinking Ten Moves Ahead", "Medieval Castles of Europe", "Guitar for Beginners"].map((title) => ({ title }));
    const { catalog, report } = importCatalog(nearly);
    expect(catalog.length + report.leftOut.length).toBe(nearly.length);
    const named = report.leftOut.filter((row) => row.closest);
    expect(named.length).toBeGreaterThan(0);
    for (const { closest } of named) {
      expect(closest!.confidence).toBeLessThan(TAG_THRESHOLD);
      expect(closest!.words.length).toBeGreaterThan(0);
    }
  });

  it("names, for a course a higher minConfidence leaves out, the key it would have tagged at that tag's confidence", () => {
    const sure = [{ title: "SQL for Data Analysis", skills: "SQL" }, { title: "Negotiation Skills for Managers" }, { title: "Introduction to Project Management" }];
    const tagged = importCatalog(sure).report.imported;
    const strict = importCatalog(sure, { minConfidence: 0.97 }).report;
    expect(strict.leftOut.length).toBeGreaterThan(0);
    for (const row of strict.leftOut) {
      const first = tagged.find((t) => t.row === row.row)!.tags[0]!;
      expect(row.closest).toMatchObject({ key: first.key, confidence: first.confidence });
      expect(row.closest!.confidence).toBeLessThan(0.97);
    }
  });

  it("reads a course whose words deny a need whose other side courses never serve ('Zero trust')", () => {
    // "zero" denies "trust", a phrasing of autonomy, and the reading of statements turns a denied autonomy into its
    // other side, micromanagement: a key left out of course tagging.
    const titles = ["Zero trust in plain words", "Zero trust", "Never trust, always verify"];
    for (const learned of [undefined, false] as const) {
      const { catalog, report } = importCatalog(
        titles.map((title) => ({ title })),
        learned === false ? { learned } : {},
      );
      expect(catalog.length + report.leftOut.length).toBe(titles.length);
    }
    const { entries } = courseTaxonomy(defaultTaxonomy);
    const keys = new Set(entries.map((entry) => entry.key));
    for (const entry of entries) if (entry.opposite !== undefined) expect(keys, entry.key).toContain(entry.opposite);
  });

  it("tags from the title and skills, with the confidence and the words behind each tag", () => {
    const { catalog, report } = importCatalog(rows);
    const python = report.imported[0]!;
    expect(python.tags.map((t) => t.key)).toEqual(expect.arrayContaining(["data-analysis", "programming"]));
    for (const tag of python.tags) {
      expect(tag.confidence).toBeGreaterThanOrEqual(0.6);
      expect(tag.words.length).toBeGreaterThan(0);
      expect(tag.from).toContain("title");
    }
    // Strength is the tag's confidence.
    expect(catalog[0]!.addresses).toEqual(python.tags.map((t) => ({ key: t.key, strength: Math.round(t.confidence * 100) / 100 })));
    expect(report.imported[1]!.tags[0]!.key).toBe("sql");
  });

  it("names the words behind a tag after a topic read with its comment, where a word repeats", () => {
    // "Visualise your work, limit work …" is one clause, its topic joined to its comment, so "work" is read once: the
    // words after it were named one place too far on ("introduction" for "Kanban").
    const { report } = importCatalog([{ title: "Flow at Work", description: "Visualise your work, limit work in progress and improve flow. A practical introduction to Kanban boards for teams." }]);
    const agile = report.imported[0]!.tags.find((t) => t.key === "agile")!;
    expect(agile.words).toEqual(["kanban"]);
    expect(agile.from).toEqual(["description"]);
  });

  it("tags a row the same whatever rows come before it", () => {
    // A title with no word of any language's own, in a row that says it is Spanish, is read in English as a guess (less
    // sure); it took the full confidence of an English row with the same title read before it. Each import on a
    // taxonomy of its own (the bench's), so neither finds the other's readings.
    const spanish = { title: "Probability & Statistics", language: "Español" };
    const english = { title: "Probability & Statistics", language: "English" };
    const alone = importCatalog([spanish], { taxonomy: taxonomyOfRun("order-alone"), learned: false }).report.imported[0]!.tags;
    const after = importCatalog([english, spanish], { taxonomy: taxonomyOfRun("order-after"), learned: false }).report.imported;
    expect(alone.map((t) => t.key)).toEqual(["data-analysis"]);
    expect(after[1]!.tags).toEqual(alone);
    // The English row itself is read in its own language, at full confidence.
    expect(after[0]!.tags[0]!.confidence).toBeGreaterThan(alone[0]!.confidence);
  });

  it("reads the exported fields: effort, price with is_paid, difficulty, language, link and provider", () => {
    const { catalog } = importCatalog(rows);
    expect(catalog[0]).toMatchObject({
      id: "course-python-for-data-analysis",
      kind: "training",
      hoursPerWeek: 3,
      weeks: 6,
      cost: { amount: 49, currency: "USD" },
      format: "self-paced",
      difficulty: "beginner",
      language: "en",
      url: "https://courses.example/python-data",
      provider: "Example University",
    });
    // "200" with is_paid False is free; 2h 30m in one week.
    expect(catalog[1]).toMatchObject({ cost: { amount: 0 }, hoursPerWeek: 2.5, weeks: 1, difficulty: "intermediate", language: "es" });
  });

  it("lists each value it could not read, with what it used instead", () => {
    const { report } = importCatalog(rows);
    expect(report.misread.map(({ row, column, value, used }) => ({ row, column, value, used }))).toEqual([
      { row: 5, column: "content_duration", value: "someday", used: "the default effort (3 hours a week for 4 weeks, or what another column says)" },
      { row: 5, column: "level", value: "Expert-ish", used: "no difficulty" },
      { row: 5, column: "url", value: "not a link", used: "no link" },
    ]);
    expect(report.notes).toEqual([expect.objectContaining({ row: 5, column: "price", kind: "free-to-audit" })]);
  });

  it("plans free-to-audit courses at 0, or at the certificate's price when asked", () => {
    const only = [rows[4]!];
    expect(importCatalog(only).catalog[0]!.cost).toEqual({ amount: 0, currency: "USD" });
    expect(importCatalog(only, { defaults: { audit: "certificate" } }).catalog[0]!.cost).toEqual({ amount: 49, currency: "USD" });
  });

  it("finds columns named explicitly, several descriptions read together", () => {
    const { catalog, report } = importCatalog(
      [{ Kurs: "Führung im Alltag", Info: "A course on leadership skills for new team leads", Mehr: "managing people and running one-to-ones", Dauer: "3 Tage" }],
      { columns: { title: "Kurs", description: ["Info", "Mehr"], duration: "Dauer" } },
    );
    expect(report.summary.columns).toMatchObject({ title: ["Kurs"], description: ["Info", "Mehr"], duration: ["Dauer"] });
    expect(catalog[0]!.description).toBe("A course on leadership skills for new team leads \nmanaging people and running one-to-ones");
    const tags = report.imported[0]!.tags;
    expect(tags.length).toBeGreaterThan(0);
    expect(tags.every((t) => ["leadership", "people-management"].includes(t.key))).toBe(true);
    expect(tags.every((t) => t.from.includes("description"))).toBe(true);
    // The second description column is read too: its words led to a tag.
    expect(tags.flatMap((t) => t.words)).toContain("managing");
  });

  it("trims a description longer than a catalog item holds, and says so", () => {
    const long = `Learn SQL for reporting. ${"Practice queries on real data. ".repeat(300)}`;
    const { catalog, report } = importCatalog([{ title: "SQL for Reporting", description: long }]);
    expect(catalog[0]!.description!.length).toBeLessThanOrEqual(5000);
    expect(catalog[0]!.description!.endsWith("…")).toBe(true);
    expect(report.notes).toEqual([expect.objectContaining({ row: 1, kind: "trimmed", column: "description" })]);
  });

  it("keeps ids unique, and reads the export's own ids", () => {
    const { catalog, report } = importCatalog([
      { id: "C-1", title: "SQL Basics" },
      { id: "C-1", title: "SQL Joins" },
      { id: "has space", title: "Excel Pivot Tables" },
      { title: "SQL Basics" },
    ]);
    expect(catalog.map((item) => item.id)).toEqual(["C-1", "C-1-2", "has-space", "course-sql-basics"]);
    expect(report.notes.map((n) => n.kind)).toEqual(["renamed-id"]);
    expect(report.misread).toEqual([expect.objectContaining({ row: 3, column: "id", used: "has-space" })]);
  });

  it("leaves a course of another subject untagged rather than forcing it onto the nearest key", () => {
    const { catalog, report } = importCatalog([
      { title: "Introduction to Ancient Greek", skills: "Critical Thinking" },
      { title: "Guitar for Beginners", skills: "Music" },
      { title: "How Computer Networks Move Bits and Bytes", skills: "Computer Networking, Network Architecture" },
    ]);
    expect(catalog).toEqual([]);
    expect(report.leftOut.map((r) => r.reason)).toEqual(["no-key", "no-key", "no-key"]);
  });

  it("never changes its input and gives the same result twice", () => {
    const input = deepFreeze(structuredClone(rows));
    const options = deepFreeze({ columns: { title: "course_title" }, defaults: { currency: "EUR" } });
    const first = importCatalog(input, options);
    expect(importCatalog(input, options)).toEqual(first);
    expect(input).toEqual(rows);
  });

  it.each([
    ["rows that are not a list", "not rows", undefined, "rows"],
    ["a row that is not an object", [{ title: "SQL" }, 42], undefined, "rows[1]"],
    ["a column no row has", rows, { columns: { title: "Course" } }, "options.columns.title"],
    ["an unknown option", rows, { colums: {} }, "options.colums"],
    ["a bad default", rows, { defaults: { currency: "euro" } }, "options.defaults.currency"],
  ] as const)("throws one ValidationError naming the path for %s", (_, input, options, path) => {
    let caught: unknown;
    try {
      importCatalog(input, options as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect((caught as ValidationError).message).toContain(path);
    expect(safeImportCatalog(input, options as never).success).toBe(false);
  });

  it("takes the taxonomy from the caller in tailorplan/core", () => {
    expect(() => core.importCatalog(rows, {} as never)).toThrow("options.taxonomy: is required");
    // tailorplan/core tags by the phrasings alone unless it is handed a learned course tagging, as tailorplan's importCatalog is.
    expect(core.importCatalog(rows, { taxonomy: defaultTaxonomy, learned: courseModel }).catalog).toEqual(importCatalog(rows).catalog);
    expect(core.importCatalog(rows, { taxonomy: defaultTaxonomy }).catalog).toEqual(importCatalog(rows, { learned: false }).catalog);
  });

  it("reads a description's first 100 words, in whole sentences, with the phrasings", () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(" ");
    expect(descriptionRead("Learn SQL. Query sales data.")).toBe("Learn SQL. Query sales data.");
    expect(descriptionRead(words(100))).toBe(words(100));
    expect(descriptionRead(`${words(40)}. ${words(50)}! ${words(30)}. ${words(5)}`)).toBe(`${words(40)}. ${words(50)}!`);
    // A first sentence longer than the limit is read up to it.
    expect(descriptionRead(`${words(120)}. Short.`)).toBe(words(100));
    expect(DESCRIPTION_WORDS_READ).toBe(100);
    // What a long description says after its first 100 words is weighed by the learned tagging only, not read by the phrasings.
    const filler = Array.from({ length: 20 }, () => "The sessions run on weekday mornings.").join(" ");
    const said = "Learn to negotiate a better deal with suppliers.";
    const later = "You will also practise public speaking in front of a group.";
    const { report } = importCatalog(
      [
        { title: "Workplace Essentials", description: `${said} ${filler} ${later}` },
        { title: "Workplace Essentials", description: `${said} ${later}` },
      ],
      { learned: false },
    );
    expect(report.imported.map((row) => row.tags.map((tag) => tag.key))).toEqual([["negotiation"], ["negotiation", "public-speaking"]]);
  });

  it("reads a copy of a taxonomy as the taxonomy, and a copy that differs by what it holds", () => {
    // A taxonomy parsed from a file for every request is kept by what it holds; what it holds still decides the tags.
    expect(importCatalog(rows, { taxonomy: structuredClone(defaultTaxonomy) })).toEqual(importCatalog(rows));
    expect(core.importCatalog(rows, { taxonomy: structuredClone(defaultTaxonomy), languages: [] })).toEqual(core.importCatalog(rows, { taxonomy: defaultTaxonomy, languages: [] }));
    const castles = (taxonomy: typeof defaultTaxonomy) => importCatalog(rows, { taxonomy, learned: false }).report.imported.find((row) => row.row === 2)?.tags.map((tag) => tag.key);
    const told = structuredClone(defaultTaxonomy);
    const speaking = told.entries.findIndex((entry) => entry.key === "public-speaking");
    told.entries[speaking] = { ...told.entries[speaking]!, synonyms: [...told.entries[speaking]!.synonyms, "medieval castles"] };
    expect(castles(structuredClone(defaultTaxonomy))).toBeUndefined();
    expect(castles(told)).toContain("public-speaking");
    expect(castles(structuredClone(told))).toContain("public-speaking");
    expect(castles(structuredClone(defaultTaxonomy))).toBeUndefined();
  });
});

describe("plans on an imported catalog", () => {
  const courses = [
    { title: "Python for Data Analysis", skills: "Python Programming, Data Analysis, Pandas", duration: "4 Weeks", effort: "3 hours per week", level: "Beginner", price: "79", url: "https://courses.example/py-da", provider: "Example Academy" },
    { title: "Advanced Data Analysis with Python", skills: "Data Analysis, Python Programming, Statistics", duration: "4 Weeks", effort: "3 hours per week", level: "Advanced", price: "79" },
    { title: "Watercolour Painting", skills: "Art", duration: "4 Weeks", price: "20" },
    { title: "Public Speaking Essentials", skills: "Public Speaking, Presentation Skills", duration: "2 weeks", effort: "2 hours per week", level: "Beginner", price: "Free" },
  ];
  const { catalog: imported } = importCatalog(courses, { defaults: { currency: "EUR" } });

  it("cites the imported courses for a skill goal, with their link, provider and difficulty", () => {
    const plan = createRecommender({ catalog: imported }).recommend({ id: "ana", goals: ["learn Python for data analysis"] }, { asOf });
    const course = plan.items.find((item) => item.id === "course-python-for-data-analysis");
    expect(course).toBeDefined();
    expect(course!.reasons.map((r) => r.quote)).toContain("learn Python for data analysis");
    expect(course).toMatchObject({ url: "https://courses.example/py-da", provider: "Example Academy", difficulty: "beginner" });
  });

  it("mixes imported trainings with the built-in mentoring and working-condition items", () => {
    // The built-in mentoring and working-condition items, less those that need a built-in training first.
    const builtIn = defaultCatalog.filter((item) => item.kind !== "training");
    const ids = new Set([...imported, ...builtIn].map((item) => item.id));
    const mixed = [...imported, ...builtIn.filter((item) => (item.prerequisites ?? []).every((id) => ids.has(id)))];
    const plan = createRecommender({ catalog: mixed }).recommend(
      { id: "ben", goals: ["learn Python for data analysis"], challenges: ["my commute is two hours each way", "I freeze when I present"] },
      { asOf },
    );
    const kinds = new Set(plan.items.map((item) => item.kind));
    expect(kinds.has("training")).toBe(true);
    expect(kinds.has("working-condition")).toBe(true);
    expect(plan.items.filter((i) => i.kind === "training").every((i) => imported.some((c) => c.id === i.id))).toBe(true);
  });

  it("gives an agreed-low competency beginner material and a strength advanced material", () => {
    const recommender = createRecommender({ catalog: imported });
    const ratings = (score: number) =>
      (["self", "manager", "peer", "peer"] as const).map((rater) => ({ competency: "data analysis", rater, score }));
    const rank = (score: number) => recommender.rank({ id: "cy", feedback: ratings(score) }, { asOf }).map((r) => r.id);
    const low = rank(1);
    expect(low.indexOf("course-python-for-data-analysis")).toBeLessThan(low.indexOf("course-advanced-data-analysis-with-python"));
    const strong = rank(5);
    if (strong.length > 0) expect(strong.indexOf("course-advanced-data-analysis-with-python")).toBeLessThan(strong.indexOf("course-python-for-data-analysis"));
  });
});

describe("pace", () => {
  const item = (format: CatalogItem["format"]): CatalogItem => ({
    id: `sql-${format}`,
    kind: "training",
    title: "SQL in depth",
    addresses: [{ key: "sql", strength: 1 }],
    hoursPerWeek: 8,
    weeks: 2,
    cost: { amount: 0, currency: "EUR" },
    format,
  });
  const plan = (format: CatalogItem["format"], hoursPerWeek: number, horizonWeeks = 26) =>
    createRecommender({ catalog: [item(format)] }).recommend({ id: "dee", goals: ["learn SQL"], constraints: { hoursPerWeek, horizonWeeks } }, { asOf });

  it("stretches a self-paced course to the person's weekly hours: same total hours, more weeks, and says so", () => {
    const [course] = plan("self-paced", 3).items;
    expect(course).toMatchObject({ hoursPerWeek: 2.67, weeks: 6, pace: { mode: "stretched", listed: { hoursPerWeek: 8, weeks: 2 } } });
    expect(course!.hoursPerWeek * course!.weeks).toBeCloseTo(16, 1);
  });

  it("takes a self-paced course as listed when it fits", () => {
    expect(plan("self-paced", 10).items[0]).toMatchObject({ hoursPerWeek: 8, weeks: 2, pace: { mode: "as-listed" } });
  });

  it("never stretches past the horizon", () => {
    const result = plan("self-paced", 1, 10);
    expect(result.items).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toContain("horizon");
  });

  it.each(["cohort", "in-person"] as const)("keeps a %s course's schedule", (format) => {
    const result = plan(format, 3);
    expect(result.items).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toContain("hours");
  });
});
