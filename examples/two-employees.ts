import { recommend, type Plan, type Profile } from "../src/index";

/** Today, for the example: plans never read the clock. */
export const asOf = "2026-01-05";

export const ana: Profile = {
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

export const ben: Profile = {
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

/** A plan as a person reads it: kinds, dates, reasons, gaps and questions. */
export function renderPlan(name: string, plan: Plan): string {
  const lines: string[] = [];
  lines.push(`${name}: ${plan.items.length} items, ${plan.totals.peakHoursPerWeek} h/week at peak, ${plan.totals.cost.amount} ${plan.totals.cost.currency}`);
  lines.push(`mix: ${Object.entries(plan.mix).map(([kind, m]) => `${kind} ${m.count}`).join(", ")}`, "");
  for (const item of plan.items) {
    lines.push(`[${item.kind}] ${item.title}`);
    lines.push(`  ${item.start} to ${item.end}, ${item.hoursPerWeek} h/week, ${item.cost.amount} ${item.cost.currency}`);
    lines.push(`  ${item.explanation}`);
  }
  // A need read unsure is not planned for until it is confirmed: it waits for an answer rather than going uncovered.
  const uncovered = plan.needs.filter((need) => need.coveredBy.length === 0 && need.confirmed !== false);
  const waiting = plan.needs.filter((need) => need.confirmed === false);
  if (uncovered.length + waiting.length > 0) lines.push("");
  // Two statements may name the same need: each label once.
  const labels = (needs: typeof plan.needs) => [...new Set(needs.map((need) => need.label))].join("; ");
  if (uncovered.length > 0) lines.push(`not covered: ${labels(uncovered)}`);
  if (waiting.length > 0) lines.push(`waiting for an answer: ${labels(waiting)}`);
  for (const warning of plan.warnings) lines.push(`warning: ${warning.message}`);
  if (plan.unmatched.length > 0) lines.push(`unmatched: ${plan.unmatched.map((u) => `“${u.source}”`).join(", ")}`);
  if (plan.questions.length > 0) {
    lines.push("", "questions to ask next:");
    for (const question of plan.questions) {
      lines.push(`  - ${question.text}`, `    (${question.why})`);
      if (question.options) lines.push(`    options: ${question.options.map((option) => option.label).join(" / ")} (answer with answers["${question.id}"])`);
    }
  }
  lines.push("", `check-ins: ${plan.checkIns.join(", ")}`);
  return lines.join("\n");
}

/** What `npm run example` prints. */
export function exampleOutput(): string {
  const planA = recommend(ana, { asOf });
  const planB = recommend(ben, { asOf });
  const shared = planA.items.filter((item) => planB.items.some((other) => other.id === item.id));
  const rule = "-".repeat(72);
  return [
    rule,
    renderPlan("Ana", planA),
    rule,
    renderPlan("Ben", planB),
    rule,
    `Items both plans share: ${shared.length === 0 ? "none" : shared.map((i) => i.title).join(", ")}`,
  ].join("\n");
}
