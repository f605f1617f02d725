import { describe, expect, it } from "vitest";
import {
  defaultTaxonomy,
  parseCatalog,
  parseOptions,
  parseProfile,
  parseTaxonomy,
  safeParseCatalog,
  safeParseProfile,
  ValidationError,
  type CatalogItem,
} from "../src/index";

const item = (over: Partial<Record<keyof CatalogItem, unknown>> = {}): Record<string, unknown> => ({
  id: "trn-sql",
  kind: "training",
  title: "SQL Fundamentals",
  addresses: [{ key: "sql", strength: 1 }],
  hoursPerWeek: 3,
  weeks: 6,
  cost: { amount: 290, currency: "EUR" },
  format: "self-paced",
  ...over,
});

function issuesOf(run: () => unknown): Array<{ path: string; message: string }> {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
  }
  throw new Error("expected a ValidationError");
}

describe("valid profiles", () => {
  it.each([
    ["empty", {}],
    ["plain statements", { motivations: ["growth"], challenges: ["I freeze when presenting"], goals: ["learn SQL"] }],
    ["weighted statements", { motivations: [{ text: "recognition", weight: 2 }] }],
    [
      "everything",
      {
        id: "E-1042",
        name: "Amaia Etxeberria",
        role: "Data Analyst",
        level: "mid",
        motivations: ["autonomy"],
        challenges: [{ text: "too many meetings", weight: 0.5 }],
        goals: [{ text: "learn SQL", horizon: "short", targetDate: "2026-03-01", successMeasure: "writes her own reports" }],
        feedback: [{ competency: "communication", rater: "peer", raterId: "p-1", score: 4, comment: "clear writer" }],
        constraints: {
          hoursPerWeek: 0,
          budget: { amount: 0, currency: "EUR" },
          horizonWeeks: 12,
          startDate: "2026-01-05",
          formats: ["online"],
          languages: ["en", "pt-BR"],
          exclude: ["trn-sql"],
          completed: [],
        },
        askedAt: "2025-12-01",
      },
    ],
    ["unicode text", { challenges: ["Ich habe zu viele Meetings 😩", "مشكلة في التواصل"] }],
  ])("accepts %s", (_name, profile) => {
    expect(() => parseProfile(profile)).not.toThrow();
  });
});

// Each bad input, the path we must name, and a word the message must use.
const BAD_PROFILES: Array<[string, unknown, string, RegExp]> = [
  ["a typo'd field", { motivation: ["growth"] }, "motivation", /not a known field.*motivations/],
  ["a number for a statement", { motivations: [42] }, "motivations.0", /text/],
  ["an empty statement", { challenges: [""] }, "challenges.0", /empty|at least/],
  ["a blank statement", { challenges: ["   "] }, "challenges.0", /blank/],
  ["a statement over 2,000 characters", { goals: ["x".repeat(2001)] }, "goals.0", /2000 characters/],
  ["a statement object without text", { motivations: [{ weight: 2 }] }, "motivations.0.text", /required/],
  ["a negative weight", { motivations: [{ text: "growth", weight: -1 }] }, "motivations.0.weight", /above 0/],
  ["an unknown key in a statement", { motivations: [{ text: "growth", wieght: 2 }] }, "motivations.0.wieght", /weight/],
  ["statements not in a list", { challenges: "too many meetings" }, "challenges", /list/],
  ["too many statements", { goals: Array.from({ length: 51 }, (_, i) => `goal ${i}`) }, "goals", /at most 50/],
  ["an unknown level", { level: "principal" }, "level", /junior/],
  ["an unknown horizon", { goals: [{ text: "learn SQL", horizon: "medium" }] }, "goals.0.horizon", /short/],
  ["an impossible target date", { goals: [{ text: "learn SQL", targetDate: "2026-02-30" }] }, "goals.0.targetDate", /calendar date/],
  ["a date with a time", { askedAt: "2026-01-05T10:00:00Z" }, "askedAt", /YYYY-MM-DD/],
  ["an unknown rater", { feedback: [{ competency: "sql", rater: "friend", score: 3 }] }, "feedback.0.rater", /manager/],
  ["a score off the scale", { feedback: [{ competency: "sql", rater: "peer", score: 7 }] }, "feedback.0.score", /between 1 and 5/],
  ["a score as text", { feedback: [{ competency: "sql", rater: "peer", score: "4" }] }, "feedback.0.score", /number/],
  ["a rating without competency", { feedback: [{ rater: "peer", score: 4 }] }, "feedback.0.competency", /required/],
  ["negative hours", { constraints: { hoursPerWeek: -2 } }, "constraints.hoursPerWeek", /at least 0/],
  ["absurd hours", { constraints: { hoursPerWeek: 200 } }, "constraints.hoursPerWeek", /at most 80/],
  ["a negative budget", { constraints: { budget: { amount: -5, currency: "EUR" } } }, "constraints.budget.amount", /at least 0/],
  ["a budget without currency", { constraints: { budget: { amount: 500 } } }, "constraints.budget.currency", /required/],
  ["a lowercase currency", { constraints: { budget: { amount: 5, currency: "eur" } } }, "constraints.budget.currency", /three-letter/],
  ["a budget as a bare number", { constraints: { budget: 500 } }, "constraints.budget", /object/],
  ["a fractional horizon", { constraints: { horizonWeeks: 2.5 } }, "constraints.horizonWeeks", /whole number/],
  ["a zero horizon", { constraints: { horizonWeeks: 0 } }, "constraints.horizonWeeks", /at least 1/],
  ["an unknown format", { constraints: { formats: ["webinar"] } }, "constraints.formats.0", /online/],
  ["a language name", { constraints: { languages: ["English"] } }, "constraints.languages.0", /language code/],
  ["an id with spaces", { id: "ana lopez" }, "id", /no spaces/],
  ["an excluded id that is not text", { constraints: { exclude: [12] } }, "constraints.exclude.0", /text/],
  ["an unknown constraint", { constraints: { budgetEUR: 300 } }, "constraints.budgetEUR", /not a known field/],
  ["a profile that is a list", [], "", /object/],
  ["a profile that is null", null, "", /object/],
];

describe("invalid profiles name the path", () => {
  it("has at least 30 cases", () => expect(BAD_PROFILES.length).toBeGreaterThanOrEqual(30));
  it.each(BAD_PROFILES)("%s", (_name, profile, path, message) => {
    const issues = issuesOf(() => parseProfile(profile));
    const issue = issues.find((i) => i.path === path);
    expect(issue, `issues: ${JSON.stringify(issues)}`).toBeDefined();
    expect(issue!.message).toMatch(message);
  });
});

describe("ValidationError", () => {
  it("lists every problem as path: problem and carries them", () => {
    const error = (() => {
      try {
        parseProfile({ motivation: [], level: "boss", constraints: { hoursPerWeek: -1 } });
      } catch (e) {
        return e as ValidationError;
      }
      throw new Error("expected to throw");
    })();
    expect(error.name).toBe("ValidationError");
    expect(error.subject).toBe("profile");
    expect(error.issues).toHaveLength(3);
    expect(error.message).toContain("Invalid profile (3 problems)");
    expect(error.message).toContain('profile.motivation: is not a known field (did you mean "motivations"?)');
    expect(error.message).toContain("profile.level: must be one of");
    expect(error.message).toContain("profile.constraints.hoursPerWeek: must be at least 0");
  });

  it("has a safe twin that returns the issues instead of throwing", () => {
    const bad = safeParseProfile({ goals: [1] });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.issues[0]!.path).toEqual(["goals", 0]);
    const good = safeParseProfile({ goals: ["learn SQL"] });
    expect(good).toEqual({ success: true, output: { goals: ["learn SQL"] } });
  });

  it("checks ratings against a custom scale", () => {
    expect(() => parseProfile({ feedback: [{ competency: "sql", rater: "peer", score: 9 }] }, { ratingScale: { min: 0, max: 10 } })).not.toThrow();
    expect(issuesOf(() => parseProfile({ feedback: [{ competency: "sql", rater: "peer", score: 0.5 }] }))[0]!.path).toBe("feedback.0.score");
  });
});

describe("catalogs", () => {
  it("accepts a small valid catalog", () => {
    expect(parseCatalog([item(), item({ id: "trn-sql-2", prerequisites: ["trn-sql"] })], defaultTaxonomy)).toHaveLength(2);
  });

  const BAD_CATALOGS: Array<[string, unknown, string, RegExp]> = [
    ["a duplicate id", [item(), item()], "1.id", /already the id of catalog\[0\]/],
    ["an unknown prerequisite", [item({ prerequisites: ["trn-nope"] })], "0.prerequisites.0", /requires "trn-nope"/],
    ["a prerequisite on itself", [item({ prerequisites: ["trn-sql"] })], "0.prerequisites.0", /itself/],
    [
      "a prerequisite cycle",
      [item({ id: "a", prerequisites: ["b"] }), item({ id: "b", prerequisites: ["c"] }), item({ id: "c", prerequisites: ["a"] })],
      "0.prerequisites",
      /cycle: a -> b -> c -> a/,
    ],
    ["an unknown taxonomy key", [item({ addresses: ["quantum-knitting"] })], "0.addresses.0", /not a taxonomy key/],
    ["no addresses", [item({ addresses: [] })], "0.addresses", /at least one/],
    ["a strength above 1", [item({ addresses: [{ key: "sql", strength: 2 }] })], "0.addresses.0.strength", /at most 1/],
    ["an unknown kind", [item({ kind: "course" })], "0.kind", /training/],
    ["zero weeks", [item({ weeks: 0 })], "0.weeks", /at least 1/],
    ["negative hours", [item({ hoursPerWeek: -1 })], "0.hoursPerWeek", /at least 0/],
    ["a level range upside down", [item({ level: { min: "lead", max: "junior" } })], "0.level", /min must not be above max/],
    ["an unknown field", [item({ rating: 5 } as never)], "0.rating", /not a known field/],
    ["seats as text", [item({ availability: { seats: "ten" } })], "0.availability.seats", /number/],
  ];
  it.each(BAD_CATALOGS)("rejects %s, naming the item", (_name, catalog, path, message) => {
    const issues = issuesOf(() => parseCatalog(catalog, defaultTaxonomy));
    const issue = issues.find((i) => i.path === path);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue!.message).toMatch(message);
  });

  it("has a safe twin", () => {
    const result = safeParseCatalog([item(), item()]);
    expect(result.success).toBe(false);
  });
});

describe("taxonomies", () => {
  const entry = (key: string, synonyms: string[]) => ({ key, kind: "challenge", label: key, synonyms });
  it("rejects a phrase that belongs to two keys", () => {
    const issues = issuesOf(() => parseTaxonomy({ entries: [entry("stress", ["Burnt out!"]), entry("workload", ["burnt  out"])] }));
    expect(issues).toEqual([{ path: "entries.1.synonyms.0", message: expect.stringMatching(/also belongs to "stress"/) }]);
  });
  it("rejects duplicate keys and unknown related keys", () => {
    const issues = issuesOf(() =>
      parseTaxonomy({ entries: [entry("stress", []), { ...entry("stress", []), related: ["nope"] }] }),
    );
    expect(issues.map((i) => i.path)).toEqual(["entries.1.key", "entries.1.related.0"]);
  });
});

describe("options", () => {
  it.each([
    [{ maxItems: 0 }, "maxItems"],
    [{ asOf: "yesterday" }, "asOf"],
    [{ mix: { formal: 10 } }, "mix.formal"],
    [{ diversity: 2 }, "diversity"],
    [{ locale: "English" }, "locale"],
    [{ feedback: { minRaters: 0 } }, "feedback.minRaters"],
  ])("rejects %j at %s", (options, path) => {
    expect(issuesOf(() => parseOptions(options)).map((i) => i.path)).toContain(path);
  });
});
