import { LEVELS, type Format, type Goal, type Profile, type Rating, type Statement } from "../src/index";
import { CHALLENGES, COMPETENCIES, GOALS, MOTIVATIONS, OPENERS, RATING_COMMENTS, ROLES, type Phrasing } from "./phrasings";
import { createRandom, type Random } from "./random";

/** A generated employee, with what each statement was meant to say. */
export interface Persona {
  readonly profile: Profile;
  /** Statement text (as written into the profile) to the key it was drawn for, or `null` for off-topic words. */
  readonly intended: ReadonlyMap<string, string | null>;
  /**
   * Needs a person labelled by hand: each statement's accepted keys (empty
   * when it names no need we hold). Coverage of these judges a plan against
   * what the employee meant, not against what tailorplan read.
   */
  readonly labelled?: ReadonlyArray<{ readonly text: string; readonly keys: readonly string[] }>;
}

export interface PersonaOptions {
  readonly seed: number;
  readonly count: number;
}

/**
 * Employees generated from a seed: varied roles and levels, one to three
 * motivations and challenges, goals with and without dates, 360° ratings for
 * some, and the constraints people really have (few hours, a budget of 0,
 * preferred formats). Statements carry typos, lower case and fillers now and
 * then, and some match nothing at all. The same seed always gives the same
 * personas.
 *
 * @example
 * ```ts
 * const personas = generatePersonas({ seed: 7, count: 200 });
 * personas[0].profile.challenges; // e.g. ["my comute is awful"]
 * ```
 */
export function generatePersonas(options: PersonaOptions): Persona[] {
  const random = createRandom(options.seed);
  const personas: Persona[] = [];
  for (let i = 0; i < options.count; i++) personas.push(onePersona(random, i));
  return personas;
}

function onePersona(random: Random, index: number): Persona {
  const intended = new Map<string, string | null>();
  const say = (phrasing: Phrasing): string => {
    const text = roughen(phrasing.text, random);
    intended.set(text, phrasing.key);
    return text;
  };
  const statement = (phrasing: Phrasing): Statement => {
    const text = say(phrasing);
    return random.chance(0.15) ? { text, weight: random.pick([0.5, 2, 3]) } : text;
  };
  const motivations = random.sample(MOTIVATIONS, random.int(0, 3)).map(statement);
  const challenges = random.sample(CHALLENGES, random.int(random.chance(0.9) ? 1 : 0, 3)).map(statement);
  const goals = random.sample(GOALS, random.int(0, 2)).map((phrasing): Goal => {
    const text = say(phrasing);
    const shape = random.int(0, 3);
    if (shape === 0) return text;
    if (shape === 1) return { text, horizon: random.pick(["short", "long"] as const) };
    return {
      text,
      targetDate: random.pick(["2026-03-31", "2026-06-30", "2027-01-31", "2028-06-30"]),
      successMeasure: "my manager agrees I have done it",
    };
  });
  if (motivations.length + challenges.length + goals.length === 0) challenges.push(say(random.pick(CHALLENGES)));

  const profile: Profile = {
    id: `persona-${String(index + 1).padStart(3, "0")}`,
    ...(random.chance(0.85) ? { role: random.pick(ROLES) } : {}),
    ...(random.chance(0.8) ? { level: random.pick(LEVELS) } : {}),
    ...(motivations.length > 0 ? { motivations } : {}),
    ...(challenges.length > 0 ? { challenges } : {}),
    ...(goals.length > 0 ? { goals } : {}),
    ...(random.chance(0.25) ? { feedback: ratings(random) } : {}),
    constraints: constraints(random),
    askedAt: random.pick(["2025-04-01", "2025-10-15", "2025-12-01", "2026-01-02"]),
  };
  return { profile, intended };
}

/** Typos, lower case and fillers, as people type into a form. */
function roughen(text: string, random: Random): string {
  let out = text;
  if (random.chance(0.15)) out = `${random.pick(OPENERS)}${out}`;
  if (random.chance(0.2)) out = out.toLowerCase();
  if (random.chance(0.12)) {
    const words = out.split(" ");
    const long = words.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 6);
    if (long.length > 0) {
      const [word, at] = random.pick(long);
      const cut = random.int(1, word.length - 3);
      // Either two letters swapped or one dropped: the two most common slips.
      words[at] = random.chance(0.5)
        ? `${word.slice(0, cut)}${word[cut + 1]}${word[cut]}${word.slice(cut + 2)}`
        : `${word.slice(0, cut)}${word.slice(cut + 1)}`;
      out = words.join(" ");
    }
  }
  return out;
}

function ratings(random: Random): Rating[] {
  const out: Rating[] = [];
  for (const competency of random.sample(COMPETENCIES, random.int(1, 2))) {
    // Self and others' scores for one of the four 360° patterns, or none.
    const [self, others] = random.pick([
      [5, 2.5],
      [2, 2],
      [2, 4.5],
      [4.5, 4.5],
      [3, 3],
    ] as const);
    out.push({ competency: competency.text, rater: "self", score: self });
    const raters = random.sample(["manager", "peer", "peer", "report"] as const, random.int(1, 3));
    raters.forEach((rater, i) => {
      const score = Math.min(5, Math.max(1, others + random.pick([-0.5, 0, 0.5])));
      out.push({
        competency: competency.text,
        rater,
        raterId: `${rater}-${i}`,
        score,
        ...(random.chance(0.3) ? { comment: random.pick(RATING_COMMENTS) } : {}),
      });
    });
  }
  return out;
}

function constraints(random: Random): NonNullable<Profile["constraints"]> {
  const formats: Format[] = random.pick([
    ["online", "self-paced"],
    ["in-person", "cohort"],
    ["one-to-one", "on-the-job", "online"],
  ]);
  return {
    ...(random.chance(0.8) ? { hoursPerWeek: random.pick([1, 2, 3, 4, 5, 6, 8]) } : {}),
    ...(random.chance(0.75) ? { budget: { amount: random.pick([0, 0, 300, 800, 1500, 3000]), currency: "EUR" } } : {}),
    ...(random.chance(0.2) ? { formats } : {}),
    ...(random.chance(0.2) ? { horizonWeeks: random.pick([8, 13, 52]) } : {}),
  };
}
