import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { ana, ben } from "../examples/two-employees";
import { sampleProfile } from "../examples/readme-sample";
import { safeParseProfile, type Profile } from "../src/index";

/**
 * Employees written out by hand, each a different life: the ones the
 * examples and the README show, and others whose needs pull in other
 * directions.
 */
export const HANDWRITTEN: readonly Profile[] = [
  ana,
  ben,
  sampleProfile,
  {
    id: "chioma",
    role: "Registered Nurse",
    level: "senior",
    motivations: ["making a difference for my patients", "a steady routine"],
    challenges: ["night shifts and overtime every week", "I look after my mum after work", "my back hurts after every shift"],
    goals: ["become a ward manager in two years"],
    constraints: { hoursPerWeek: 2, budget: { amount: 500, currency: "EUR" } },
    askedAt: "2026-01-02",
  },
  {
    id: "dmitri",
    role: "Engineering Manager",
    level: "manager",
    motivations: ["helping my people grow"],
    challenges: ["I just became a manager and I still do everything myself", "I avoid giving bad news"],
    goals: [{ text: "run fair performance reviews", horizon: "short" }],
    feedback: [
      { competency: "Delegation", rater: "self", score: 4 },
      { competency: "Delegation", rater: "manager", raterId: "m1", score: 2 },
      { competency: "Delegation", rater: "report", raterId: "r1", score: 2, comment: "rewrites our work" },
      { competency: "Delegation", rater: "report", raterId: "r2", score: 2.5 },
    ],
    constraints: { hoursPerWeek: 4, budget: { amount: 2500, currency: "EUR" } },
    askedAt: "2025-11-20",
  },
  {
    id: "elena",
    role: "Data Analyst",
    level: "junior",
    motivations: ["I love learning new tools", "solving puzzles"],
    challenges: ["I feel like an imposter next to the senior analysts", "I joined three weeks ago"],
    goals: [{ text: "build dashboards in Power BI", targetDate: "2026-04-30", successMeasure: "the sales dashboard runs on my model" }, "learn Python"],
    constraints: { hoursPerWeek: 6, budget: { amount: 1200, currency: "EUR" }, formats: ["online", "self-paced", "one-to-one"] },
    askedAt: "2026-01-03",
  },
  {
    id: "farid",
    role: "Warehouse Supervisor",
    level: "lead",
    motivations: ["a better salary", "my team"],
    challenges: ["my English is not good enough for the weekly calls", "too many changes, another reorganisation"],
    goals: ["learn the new planning software"],
    constraints: { hoursPerWeek: 3 },
    askedAt: "2025-12-10",
  },
  {
    id: "grace",
    role: "Customer Support Agent",
    level: "mid",
    motivations: ["making customers happy"],
    challenges: ["angry callers all day wear me down", "I miss my team since we went remote", "same tickets every day"],
    goals: [],
    constraints: { hoursPerWeek: 2, budget: { amount: 0, currency: "EUR" } },
    askedAt: "2025-12-01",
  },
  {
    id: "hiro",
    role: "Product Manager",
    level: "senior",
    motivations: ["having a say in the strategy"],
    challenges: ["stakeholders keep changing their minds", "back-to-back meetings leave no time to think"],
    goals: [{ text: "get buy-in from the leadership team for the roadmap", horizon: "short" }],
    feedback: [
      { competency: "Communication", rater: "self", score: 2 },
      { competency: "Communication", rater: "peer", raterId: "p1", score: 4.5, comment: "great at explaining complex things" },
      { competency: "Communication", rater: "peer", raterId: "p2", score: 4 },
      { competency: "Communication", rater: "manager", raterId: "m1", score: 4.5 },
    ],
    constraints: { hoursPerWeek: 4, budget: { amount: 3000, currency: "EUR" } },
    askedAt: "2026-01-04",
  },
];

/**
 * Profiles kept as JSON under `examples/` (one profile, an array of them or
 * JSON lines), so the evaluation grows with the examples people add.
 * Files that hold something other than profiles are skipped.
 */
export function exampleProfiles(root: string): Profile[] {
  const dir = join(root, "examples");
  if (!existsSync(dir)) return [];
  const out: Profile[] = [];
  const walk = (path: string): void => {
    for (const name of readdirSync(path).sort()) {
      if (name === "node_modules" || name === "dist" || name.startsWith(".")) continue;
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".json") || name.endsWith(".jsonl")) out.push(...profilesIn(full));
    }
  };
  walk(dir);
  return out;
}

function profilesIn(file: string): Profile[] {
  const text = readFileSync(file, "utf8");
  let values: unknown[];
  try {
    const parsed: unknown = file.endsWith(".jsonl") ? text.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as unknown) : JSON.parse(text);
    values = Array.isArray(parsed) ? parsed : [parsed];
  } catch {
    return [];
  }
  return values.flatMap((value) => {
    const result = safeParseProfile(value);
    if (!result.success) return [];
    const p = result.output;
    const says = (p.motivations?.length ?? 0) + (p.challenges?.length ?? 0) + (p.goals?.length ?? 0) + (p.feedback?.length ?? 0);
    return says > 0 ? [p] : [];
  });
}
