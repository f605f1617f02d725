import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultCatalog, defaultTaxonomy, parseCatalog, parseTaxonomy } from "../src/index";
import { normalizePhrase } from "../src/needs/text";
import { jsonSchemas } from "../src/schema/json-schema";
import { PER_LIST } from "../src/score";

const taxonomy = parseTaxonomy(defaultTaxonomy);
const catalog = parseCatalog(defaultCatalog, taxonomy);
const count = <T>(list: readonly T[], test: (x: T) => boolean) => list.filter(test).length;
const keysOf = (item: (typeof catalog)[number]) =>
  item.addresses.map((a) => (typeof a === "string" ? { key: a, strength: 1 } : { key: a.key, strength: a.strength ?? 1 }));

describe("the default taxonomy", () => {
  it("passes the same checks as any taxonomy (schema, unique keys, no phrase under two keys)", () => {
    expect(taxonomy.entries.length).toBe(defaultTaxonomy.entries.length);
  });

  it.each([
    ["motivation", 15],
    ["challenge", 40],
    ["competency", 30],
  ] as const)("has at least %i %ss", (kind, least) => {
    expect(count(taxonomy.entries, (e) => e.kind === kind)).toBeGreaterThanOrEqual(least);
  });

  it("gives every key at least four phrasings people say", () => {
    const thin = taxonomy.entries.filter((e) => e.synonyms.length < 4).map((e) => e.key);
    expect(thin).toEqual([]);
  });

  it("maps no phrase to two keys", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const entry of taxonomy.entries) {
      for (const phrase of [entry.label, ...entry.synonyms]) {
        const normal = normalizePhrase(phrase);
        const other = owner.get(normal);
        if (other && other !== entry.key) clashes.push(`${phrase}: ${other} / ${entry.key}`);
        owner.set(normal, entry.key);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("marks the high job demands", () => {
    const demands = taxonomy.entries.filter((e) => e.demand).map((e) => e.key);
    expect(demands).toEqual(expect.arrayContaining(["workload", "commute", "micromanagement"]));
    expect(taxonomy.entries.filter((e) => e.demand).every((e) => e.kind === "challenge")).toBe(true);
  });
});

describe("the default catalog", () => {
  it("passes the catalog checks against the default taxonomy", () => {
    expect(catalog.length).toBeGreaterThanOrEqual(120);
  });

  it.each([
    ["training", 50],
    ["mentoring", 25],
    ["working-condition", 35],
  ] as const)("has at least %i %s items", (kind, least) => {
    expect(count(catalog, (item) => item.kind === kind)).toBeGreaterThanOrEqual(least);
  });

  it("addresses every taxonomy key", () => {
    const served = new Set(catalog.flatMap((item) => keysOf(item).map((a) => a.key)));
    expect(taxonomy.entries.map((e) => e.key).filter((key) => !served.has(key))).toEqual([]);
  });

  it("answers every high demand with at least two strong working-condition changes", () => {
    for (const entry of taxonomy.entries.filter((e) => e.demand)) {
      const strong = catalog.filter((item) => item.kind === "working-condition" && keysOf(item).some((a) => a.key === entry.key && a.strength >= 0.8));
      expect(strong.length, entry.key).toBeGreaterThanOrEqual(2);
    }
  });

  it("has realistic effort and cost", () => {
    for (const item of catalog) {
      expect(item.hoursPerWeek, item.id).toBeLessThanOrEqual(20);
      expect(item.weeks, item.id).toBeLessThanOrEqual(26);
      expect(item.cost.amount, item.id).toBeLessThanOrEqual(10_000);
    }
    expect(count(catalog, (item) => (item.prerequisites ?? []).length > 0)).toBeGreaterThanOrEqual(10);
    expect(count(catalog, (item) => item.hoursPerWeek === 0)).toBeGreaterThan(5);
    expect(count(catalog, (item) => item.cost.amount === 0)).toBeGreaterThan(20);
  });

  it("is small enough per key that scoring never cuts a list (plans equal scoring every item)", () => {
    const perKeyKind = new Map<string, number>();
    for (const item of catalog) for (const { key } of keysOf(item)) perKeyKind.set(`${key} ${item.kind}`, (perKeyKind.get(`${key} ${item.kind}`) ?? 0) + 1);
    expect(Math.max(...perKeyKind.values())).toBeLessThanOrEqual(PER_LIST);
  });

  it("names ids by kind", () => {
    const prefix = { training: "trn-", mentoring: "men-", "working-condition": "wc-" } as const;
    expect(catalog.filter((item) => !item.id.startsWith(prefix[item.kind])).map((item) => item.id)).toEqual([]);
  });
});

describe("the JSON Schemas under data/schema", () => {
  it.each(["profile", "catalog", "taxonomy", "language", "model"] as const)("%s.schema.json is up to date (npm run schema)", (name) => {
    const committed = JSON.parse(readFileSync(new URL(`../data/schema/${name}.schema.json`, import.meta.url), "utf8"));
    expect(committed).toEqual(jsonSchemas()[name]);
  });
});
