/**
 * Whatever an export holds, every row ends up somewhere: in the catalog or
 * named in the report. Nothing is dropped silently.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CatalogSchema, importCatalog } from "../../src/index";
import { PARAMS, TIMEOUT } from "./arbitraries";

const words = ["SQL", "Python", "data analysis", "leadership", "guitar", "history", "Excel", "negotiation", "cooking", "", "  ", "None", "Public Speaking", "中文", "stress", "constructor", "__proto__", "toString"];
const text = fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 40 }), fc.array(fc.constantFrom(...words), { maxLength: 4 }).map((w) => w.join(" ")));
const cell = fc.oneof(text, fc.integer({ min: -5, max: 10_000 }), fc.double({ noNaN: false }), fc.boolean(), fc.constant(null), fc.array(text, { maxLength: 3 }));
const row = fc.record(
  {
    title: fc.oneof(text, cell),
    description: cell,
    skills: fc.oneof(cell, fc.array(text, { maxLength: 5 })),
    duration: fc.oneof(cell, fc.constantFrom("6 Weeks", "3 - 6 Months", "2h 30m", "2–4 hours per week", "1.5", "99999 years")),
    price: fc.oneof(cell, fc.constantFrom("Free", "200", "FREE-Add a Verified Certificate for $49 USD", "$1e12")),
    is_paid: cell,
    level: fc.oneof(cell, fc.constantFrom("Beginner", "Mixed", "All Levels", "Advanced")),
    language: fc.oneof(cell, fc.constantFrom("Español", "日本語", "xx", "constructor", "__proto__")),
    url: cell,
    id: cell,
  },
  { requiredKeys: [] },
);

describe("importing generated exports", () => {
  it(
    "puts every input row in the catalog or names it in the report, once",
    () => {
      fc.assert(
        fc.property(fc.array(row, { maxLength: 25 }), (rows) => {
          const { catalog, report } = importCatalog(rows);
          expect(CatalogSchema.safeParse(catalog).success).toBe(true);
          const seen = [...report.imported.map((r) => r.row), ...report.leftOut.map((r) => r.row)].sort((a, b) => a - b);
          expect(seen).toEqual(rows.map((_, i) => i + 1));
          expect(report.imported.map((r) => r.id)).toEqual(catalog.map((item) => item.id));
          expect(new Set(catalog.map((item) => item.id)).size).toBe(catalog.length);
          expect(report.summary.imported + report.summary.leftOut["no-key"] + report.summary.leftOut["title-missing"]).toBe(rows.length);
        }),
        PARAMS,
      );
    },
    TIMEOUT,
  );
});
