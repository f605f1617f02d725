/**
 * Two employees, one catalog: the plans differ because the people do.
 * Run with `npm run example`.
 */
import { recommend, type Plan, type Profile } from "../src/index";

const asOf = "2026-01-05";

const ana: Profile = {
  id: "ana",
  name: "Ana",
  role: "Software Engineer",
  level: "mid",
  motivations: ["I want to grow into a tech lead", "flexibility matters a lot to me"],
  challenges: ["burnt out from overtime and the commute", "I freeze up when I present"],
  goals: [
    { text: "learn SQL for our reporting work", horizon: "short", successMeasure: "ships the monthly report herself" },
    "become an engineering manager one day",
  ],
  constraints: { hoursPerWeek: 5, budget: { amount: 1500, currency: "EUR" } },
  askedAt: "2025-12-15",
};

const ben: Profile = {
  id: "ben",
  name: "Ben",
  role: "Sales Representative",
  level: "senior",
  motivations: ["recognition for the deals I close", "I love variety and new challenges"],
  challenges: ["I feel stuck, no promotion in four years", "my manager checks everything I do"],
  goals: [{ text: "negotiate bigger enterprise contracts", targetDate: "2026-03-31" }],
  constraints: { hoursPerWeek: 3, budget: { amount: 0, currency: "EUR" }, formats: ["online", "one-to-one", "on-the-job"] },
  askedAt: "2025-03-01",
};

function print(name: string, plan: Plan): void {
  const line = "-".repeat(72);
  console.log(`${line}\n${name}: ${plan.items.length} items, ${plan.totals.peakHoursPerWeek} h/week at peak, ${plan.totals.cost.amount} ${plan.totals.cost.currency}`);
  console.log(`mix: ${Object.entries(plan.mix).map(([kind, m]) => `${kind} ${m.count}`).join(", ")}\n`);
  for (const item of plan.items) {
    console.log(`[${item.kind}] ${item.title}`);
    console.log(`  ${item.start} to ${item.end}, ${item.hoursPerWeek} h/week, ${item.cost.amount} ${item.cost.currency}`);
    console.log(`  ${item.explanation}`);
  }
  const uncovered = plan.needs.filter((need) => need.coveredBy.length === 0);
  if (uncovered.length > 0) console.log(`\nnot covered: ${uncovered.map((need) => need.label).join("; ")}`);
  for (const warning of plan.warnings) console.log(`warning: ${warning.message}`);
  if (plan.unmatched.length > 0) console.log(`unmatched: ${plan.unmatched.map((u) => `“${u.source}”`).join(", ")}`);
  console.log("\nquestions to ask next:");
  for (const question of plan.questions) console.log(`  - ${question.text}\n    (${question.why})`);
  console.log(`\ncheck-ins: ${plan.checkIns.join(", ")}`);
}

const planA = recommend(ana, { asOf });
const planB = recommend(ben, { asOf });
print("Ana", planA);
print("Ben", planB);

const shared = planA.items.filter((item) => planB.items.some((other) => other.id === item.id));
console.log(`\nItems both plans share: ${shared.length === 0 ? "none" : shared.map((i) => i.title).join(", ")}`);
