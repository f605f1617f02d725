import type { Level, Profile, Statement } from "../src/index";
import type { Persona } from "./personas";
import { createRandom, type Random } from "./random";

/**
 * Splits CSV text into rows of named fields. Handles quoted fields with
 * commas and doubled quotes; enough for HR exports.
 *
 * @example
 * ```ts
 * parseCsv("a,b\n1,\"x,y\"\n"); // [{ a: "1", b: "x,y" }]
 * ```
 */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      if (row.some((f) => f !== "")) rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f !== "")) rows.push(row);
  const [header, ...body] = rows;
  if (!header) return [];
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name.trim(), (cells[i] ?? "").trim()])));
}

const LEVEL_OF: Readonly<Record<string, Level>> = { "1": "junior", "2": "mid", "3": "senior", "4": "lead", "5": "manager" };

/**
 * One HR record (the IBM attrition sample's columns) as what the employee
 * would say if asked: a bad work-life balance, overtime, a long commute, no
 * promotion for years, low satisfaction with the job, the workplace or
 * colleagues, no training last year. Phrasings vary by employee number, so
 * the same file always gives the same profiles. Records that say nothing
 * (everything fine) give `undefined`.
 *
 * @example
 * ```ts
 * recordToPersona({ EmployeeNumber: "7", OverTime: "Yes", JobRole: "Sales Executive", JobLevel: "2" })?.profile.challenges;
 * // e.g. ["I work overtime most weeks"]
 * ```
 */
export function recordToPersona(record: Readonly<Record<string, string>>): Persona | undefined {
  const number = Number(record.EmployeeNumber ?? "0");
  const random = createRandom(number * 2654435761);
  const intended = new Map<string, string | null>();
  const challenges: Statement[] = [];
  const motivations: Statement[] = [];
  const say = (list: Statement[], options: readonly string[], key: string) => {
    const text = random.pick(options);
    intended.set(text, key);
    list.push(text);
  };
  const n = (column: string) => Number(record[column] ?? "NaN");

  const balance = n("WorkLifeBalance");
  if (balance === 1) say(challenges, ["I have no work-life balance at all", "work eats my evenings and weekends"], "work-life-balance");
  else if (balance === 2) say(motivations, ["more time for my family", "a better work-life balance"], "work-life-balance");
  if (record.OverTime === "Yes") say(challenges, ["I work overtime most weeks", "long hours, working late a lot"], "overtime");
  const distance = n("DistanceFromHome");
  if (distance >= 20) say(challenges, [`my commute is ${distance} km each way`, "the commute takes forever"], "commute");
  const sincePromotion = n("YearsSinceLastPromotion");
  if (sincePromotion >= 5) say(challenges, [`no promotion in ${sincePromotion} years`, "I feel stuck in the same position"], "stagnation");
  if (n("JobSatisfaction") === 1) say(challenges, ["I lost my motivation for this job", "I don't enjoy my work anymore"], "low-motivation");
  if (n("EnvironmentSatisfaction") === 1) say(challenges, ["the office is noisy and I can't focus", "I can't concentrate in our open office"], "interruptions");
  if (n("RelationshipSatisfaction") === 1) say(challenges, ["there is tension with my colleagues", "we keep arguing in the team"], "conflict");
  if (n("TrainingTimesLastYear") === 0) say(challenges, ["no time for training, it always gets pushed back", "I had no training at all last year"], "no-learning-time");
  if (record.BusinessTravel === "Travel_Frequently") say(challenges, ["I travel too much for work", "always on the road"], "business-travel");
  if (challenges.length + motivations.length === 0) return undefined;

  const level = LEVEL_OF[record.JobLevel ?? ""];
  const profile: Profile = {
    id: `ibm-${number}`,
    ...(record.JobRole ? { role: record.JobRole } : {}),
    ...(level ? { level } : {}),
    ...(motivations.length > 0 ? { motivations } : {}),
    ...(challenges.length > 0 ? { challenges } : {}),
    constraints: { hoursPerWeek: record.OverTime === "Yes" ? 2 : hoursFor(random) },
  };
  return { profile, intended };
}

function hoursFor(random: Random): number {
  return random.pick([3, 4, 5]);
}
