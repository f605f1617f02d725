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
});
