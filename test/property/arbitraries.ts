/**
 * Generators shared by the property tests: profiles, catalogs and options
 * that are valid by construction (so every run must give a plan), and
 * anything-goes inputs for the "only ValidationError" property.
 *
 * `TAILORPLAN_RUNS` sets the cases per property (a few hundred by default,
 * thousands under `npm run test:deep`); `TAILORPLAN_SEED` replays a run.
 */
import fc from "fast-check";
import {
  defaultCatalog,
  defaultTaxonomy,
  FORMATS,
  ITEM_KINDS,
  LEVELS,
  type Catalog,
  type CatalogItem,
  type Profile,
  type RecommendOptions,
} from "../../src/index";

/** Cases per property. */
export const RUNS = positiveInt(process.env.TAILORPLAN_RUNS, 200);
const SEED = process.env.TAILORPLAN_SEED === undefined ? undefined : Number(process.env.TAILORPLAN_SEED);

/** fast-check parameters every property uses. */
export const PARAMS: fc.Parameters<unknown> = { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) };

/** A generous per-test limit: thousands of plans take a while on a shared machine, but never forever. */
export const TIMEOUT = 60_000 + RUNS * 120;

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** How people actually put what moves them, holds them back and where they want to go. */
export const MOTIVATIONS = [
  "I want to grow into a lead role",
  "move up in the company",
  "I love learning new things",
  "I want my work to be seen",
  "freedom to decide how I work",
  "meaningful work where I make a difference",
  "helping my colleagues",
  "flexible working hours",
  "I want to lead a team one day",
  "solving hard problems",
  "a better salary",
  "work-life balance and time for my family",
  "being the expert in my area",
  "coming up with new ideas",
  "a steady routine",
] as const;

export const CHALLENGES = [
  "I freeze when I present",
  "burnt out from overtime and the commute",
  "drowning in work",
  "my manager checks everything I do",
  "I feel lonely working from home",
  "I can't say no",
  "I keep missing deadlines",
  "too many meetings",
  "constant interruptions, I can't focus",
  "imposter syndrome",
  "no promotion in years, I feel stuck",
  "I never receive feedback",
  "nobody notices my work",
  "doing everything myself instead of delegating",
  "tension with a colleague",
  "my skills are outdated",
  "on call every weekend",
  "too much travel",
  "back pain from sitting all day",
  "my English is not good enough",
  "I'm stressed all the time",
  "I just became a manager",
] as const;

export const GOALS = [
  "learn SQL this quarter",
  "become a manager in two years",
  "run workshops with confidence",
  "get better at stakeholder management",
  "build dashboards in Power BI",
  "learn AWS",
  "improve my writing",
  "negotiate better deals",
  "learn German",
  "manage a project plan end to end",
  "become a product manager eventually",
] as const;

/** Competency names as a 360° form would carry them. */
export const COMPETENCIES = [
  "Communication",
  "Presentation skills",
  "Leadership",
  "Stakeholder management",
  "Delegation",
  "Giving feedback",
  "Time management",
  "Collaboration",
  "Strategic thinking",
  "Decision making",
] as const;

const ALL_KEYS = defaultTaxonomy.entries.map((entry) => entry.key);
/** Keys the phrasings above are about, so generated catalogs often serve the generated needs. */
const LIKELY_KEYS = [
  "growth", "learning", "recognition", "autonomy", "purpose", "helping-others", "flexibility", "leadership-ambition",
  "work-life-balance", "mastery", "public-speaking", "workload", "commute", "overtime", "micromanagement",
  "remote-isolation", "setting-boundaries", "time-management", "meeting-overload", "interruptions", "imposter-feelings",
  "stagnation", "lack-of-feedback", "lack-of-recognition", "delegation", "conflict", "technical-skill-gaps", "stress",
  "sql", "people-management", "stakeholder-management", "communication", "presentation-skills", "leadership",
  "giving-feedback", "collaboration", "facilitation", "cloud", "writing", "negotiation", "foreign-language",
].filter((key) => ALL_KEYS.includes(key));

const DAY = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/** Calendar dates: mostly around 2026, sometimes centuries away, and across 1994-12-31 (a day Kiritimati skipped). */
export const isoDate: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: dayNumber("2025-01-01"), max: dayNumber("2028-12-31") }).map(isoOf) },
  { weight: 2, arbitrary: fc.integer({ min: dayNumber("1900-01-01"), max: dayNumber("2999-12-31") }).map(isoOf) },
  { weight: 2, arbitrary: fc.integer({ min: dayNumber("1994-09-01"), max: dayNumber("1995-01-02") }).map(isoOf) },
  { weight: 1, arbitrary: fc.constantFrom("2028-02-29", "2026-03-08", "2026-11-01", "2026-12-31", "2027-01-01") },
  // The ends of the calendar: years below 100 (which `Date.UTC` would read as 19xx) and late enough
  // that a 260-week horizon still ends by 9999-12-31.
  { weight: 1, arbitrary: fc.integer({ min: dayNumber("0001-01-01"), max: dayNumber("0099-12-31") }).map(isoOf) },
  { weight: 1, arbitrary: fc.integer({ min: dayNumber("9990-01-01"), max: dayNumber("9994-12-25") }).map(isoOf) },
);

/** Text a person might type: any unicode, emoji, right-to-left, zero-width, as long as it is not blank. */
const anyText = (max: number) =>
  fc
    .oneof(
      { weight: 12, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: Math.min(max, 40) }) },
      { weight: 9, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: Math.min(max, 40) }) },
      {
        weight: 9,
        arbitrary: fc.constantFrom("😩 burnt out 🔥", "أريد أن أتعلم", "שלום עולם", "zero\u200Bwidth\u200Dtext", "\u202Eevil\u202C", "ﬁle ﬂow", "Ｉ ｆｒｅｅｚｅ", "\u200B"),
      },
      // The longest text allowed; rare, as a long text of made-up words is the slowest thing to match.
      { weight: 1, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: max, maxLength: max }) },
    )
    .map((s) => (s.length > max ? s.slice(0, max) : s))
    .filter((s) => s.length > 0 && s.trim().length > 0 && s.length <= max);

/** A statement from the pool (as is, or with noise around it) or free unicode text. */
const statementText = (pool: readonly string[]) =>
  fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...pool) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...pool), fc.constantFrom("", "!!", " really", " 😩", "\u200B", " — honestly", ", et ça", ", I like the constructor here", " __proto__ toString"))
        .map(([a, b]) => `${a}${b}`),
    },
    { weight: 2, arbitrary: anyText(2000) },
  );

const weight = fc.double({ min: 0.01, max: 10, noNaN: true });

const statement = (pool: readonly string[]) =>
  fc.oneof(
    statementText(pool),
    fc.record({ text: statementText(pool), weight }, { requiredKeys: ["text"] }),
  );

const goal = fc.oneof(
  statementText(GOALS),
  fc.record(
    {
      text: statementText(GOALS),
      weight,
      horizon: fc.constantFrom("short" as const, "long" as const),
      targetDate: isoDate,
      successMeasure: anyText(500),
    },
    { requiredKeys: ["text"] },
  ),
);

/** Empty, a few, or now and then as many as the schema allows. */
const list = <T>(arbitrary: fc.Arbitrary<T>, max: number) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant([] as T[]) },
    { weight: 15, arbitrary: fc.array(arbitrary, { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.array(arbitrary, { minLength: max, maxLength: max }) },
  );

export const idArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/),
  fc.stringMatching(/^[A-Za-z0-9][\w.:/@+-]{0,30}$/),
);

const money = (currencies: readonly string[], max: number) =>
  fc.record({
    amount: fc.oneof(fc.constant(0), fc.integer({ min: 0, max }), fc.double({ min: 0, max, noNaN: true })),
    currency: fc.constantFrom(...currencies),
  });

const rating = fc.record(
  {
    competency: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...COMPETENCIES) }, { weight: 1, arbitrary: anyText(200) }),
    rater: fc.constantFrom("self" as const, "manager" as const, "peer" as const, "report" as const),
    raterId: fc.constantFrom("r1", "r2", "r3", "r4", "r5"),
    score: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.double({ min: 1, max: 5, noNaN: true })),
    comment: anyText(1000),
  },
  { requiredKeys: ["competency", "rater", "score"] },
);

/** Hours a week: zero (no time at all), small fractions, the usual few, or a lot. */
const hoursArbitrary = fc.oneof(
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 10 }) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 12, noNaN: true }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 80 }) },
);

const horizonArbitrary = fc.oneof(fc.integer({ min: 1, max: 52 }), fc.integer({ min: 1, max: 260 }));

/** Profiles that are valid by construction; `ids` are catalog ids to exclude or mark completed. */
export function profileArbitrary(ids: readonly string[] = []): fc.Arbitrary<Profile> {
  const someId = ids.length > 0 ? fc.oneof(fc.constantFrom(...ids), idArbitrary) : idArbitrary;
  const constraints = fc.record(
    {
      hoursPerWeek: hoursArbitrary,
      budget: money(["EUR", "EUR", "USD"], 10_000),
      horizonWeeks: horizonArbitrary,
      startDate: isoDate,
      formats: fc.subarray([...FORMATS]),
      languages: fc.subarray(["en", "de", "fr", "pt-BR"]),
      exclude: fc.array(someId, { maxLength: 6 }),
      completed: fc.array(someId, { maxLength: 6 }),
    },
    { requiredKeys: [] },
  );
  return fc.record(
    {
      id: idArbitrary,
      name: anyText(200),
      role: fc.oneof(fc.constantFrom("Data analyst", "Team lead", "Software engineer", "Sales"), anyText(200)),
      level: fc.constantFrom(...LEVELS),
      motivations: list(statement(MOTIVATIONS), 50),
      challenges: list(statement(CHALLENGES), 50),
      goals: list(goal, 50),
      feedback: fc.oneof(
        { weight: 9, arbitrary: fc.array(rating, { maxLength: 12 }) },
        { weight: 1, arbitrary: fc.array(rating, { minLength: 100, maxLength: 200 }) },
      ),
      constraints,
      askedAt: isoDate,
    },
    { requiredKeys: [] },
  );
}

/**
 * Valid catalogs: unique ids, prerequisites only on earlier items (so no
 * cycle), seats, start dates, zero-cost and zero-hour items, long courses.
 */
export const catalogArbitrary: fc.Arbitrary<Catalog> = fc
  .uniqueArray(idArbitrary, { minLength: 0, maxLength: 30 })
  .chain((ids) =>
    fc.tuple(...ids.map((id, i) => itemArbitrary(id, ids.slice(0, i)))).map((items): Catalog => items),
  );

function itemArbitrary(id: string, earlier: readonly string[]): fc.Arbitrary<CatalogItem> {
  const key = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...LIKELY_KEYS) }, { weight: 1, arbitrary: fc.constantFrom(...ALL_KEYS) });
  const address = fc.oneof(key, fc.record({ key, strength: fc.double({ min: 0.01, max: 1, noNaN: true }) }, { requiredKeys: ["key"] }));
  const level = fc
    .tuple(fc.integer({ min: 0, max: LEVELS.length - 1 }), fc.integer({ min: 0, max: LEVELS.length - 1 }))
    .map(([a, b]) => ({ min: LEVELS[Math.min(a, b)]!, max: LEVELS[Math.max(a, b)]! }));
  return fc.record(
    {
      id: fc.constant(id),
      kind: fc.constantFrom(...ITEM_KINDS),
      title: fc.oneof(fc.constantFrom("Presenting with Confidence", "Focus Fridays", "Peer mentoring circle"), anyText(300)),
      description: anyText(200),
      addresses: fc.array(address, { minLength: 1, maxLength: 4 }),
      hoursPerWeek: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 8 }), fc.double({ min: 0, max: 80, noNaN: true })),
      weeks: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 260 })),
      cost: money(["EUR", "EUR", "EUR", "USD"], 5_000),
      format: fc.constantFrom(...FORMATS),
      level,
      roles: fc.array(fc.constantFrom("analyst", "lead", "engineer", "sales"), { maxLength: 2 }),
      language: fc.constantFrom("en", "de", "fr", "en-GB"),
      prerequisites: earlier.length > 0 ? fc.uniqueArray(fc.constantFrom(...earlier), { maxLength: 2 }) : fc.constant([] as string[]),
      availability: fc.record(
        { starts: fc.array(isoDate, { maxLength: 3 }), seats: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 30 })) },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: ["id", "kind", "title", "addresses", "hoursPerWeek", "weeks", "cost", "format"] },
  );
}

/** Options that are valid by construction; `asOf` is always given. */
export const optionsArbitrary: fc.Arbitrary<RecommendOptions> = fc
  .record(
    {
      asOf: isoDate,
      maxItems: fc.oneof(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 100 })),
      mix: fc
        .record({
          training: fc.integer({ min: 0, max: 100 }),
          mentoring: fc.integer({ min: 0, max: 100 }),
          "working-condition": fc.integer({ min: 1, max: 100 }),
        }),
      diversity: fc.double({ min: 0, max: 1, noNaN: true }),
      horizonWeeks: horizonArbitrary,
      hoursPerWeek: hoursArbitrary,
      budget: money(["EUR"], 10_000),
      weights: fc.record(
        { motivation: weight, challenge: weight, goal: weight, feedback: weight, shortGoal: weight, longGoal: weight },
        { requiredKeys: [] },
      ),
      minConfidence: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(1)),
      shortGoalWeeks: fc.integer({ min: 1, max: 260 }),
      checkInEveryWeeks: fc.integer({ min: 1, max: 52 }),
      staleAfterMonths: fc.integer({ min: 1, max: 120 }),
      ratingScale: fc.constantFrom({ min: 1, max: 5 }, { min: 0, max: 10 }, { min: -1_000_000, max: 1_000_000 }),
      feedback: fc.record(
        {
          gap: fc.double({ min: 0.1, max: 3, noNaN: true }),
          minRaters: fc.integer({ min: 1, max: 4 }),
          raterWeights: fc.record({ manager: weight, peer: weight, report: weight }, { requiredKeys: [] }),
        },
        { requiredKeys: [] },
      ),
      locale: fc.constant("en" as const),
    },
    { requiredKeys: ["asOf"] },
  );

/** One whole valid input: the catalog, a profile that may name its items, and options. */
export interface Scenario {
  readonly catalog: Catalog;
  readonly profile: Profile;
  readonly options: RecommendOptions;
}

/** The built-in catalog, named rather than printed in full when a counterexample is shown. */
const builtInCatalog: Catalog = Object.assign([...defaultCatalog], { [fc.toStringMethod]: () => "defaultCatalog" });

export const scenarioArbitrary: fc.Arbitrary<Scenario> = fc.oneof(catalogArbitrary, fc.constant(builtInCatalog)).chain((catalog) =>
  fc.record({
    catalog: fc.constant(catalog),
    profile: profileArbitrary(catalog.map((item) => item.id)),
    options: optionsArbitrary,
  }),
);

/** Anything at all, from junk to almost-valid: a valid value with one part swapped for anything. */
/** Keys an attacker or a typo would use; computed keys make `__proto__` an own key, as `JSON.parse` does. */
const hostileKey = fc.oneof(
  { weight: 3, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.constantFrom("__proto__", "constructor", "prototype", "toString", "motivation", "hoursperweek", "asof") },
);

export const hostileValue = <T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof(
    valid,
    fc.anything({ withBigInt: true, withNullPrototype: true, withObjectString: true, withBoxedValues: true, withSparseArray: true }),
    fc.tuple(valid, hostileKey, fc.anything({ withBigInt: true, key: hostileKey })).map(([value, key, junk]) => {
      if (value === null || typeof value !== "object") return junk;
      const keys = Object.keys(value);
      const target = keys.length > 0 && key.length % 2 === 0 ? keys[key.length % keys.length]! : key;
      return { ...value, [target]: junk };
    }),
  );
