/**
 * A small team with 360° feedback: who sees what in whom becomes mentoring
 * pairs inside the team, and the team's training budget goes first to those
 * whose needs nothing free can meet. Run with `npm run example:team`.
 */
import { recommendForTeam, type Profile, type Rating } from "../src/index";

const asOf = "2026-01-05";

/** One competency rated by the person and by colleagues; rater ids count voices and never reach a plan. */
function rated(competency: string, self: number, others: ReadonlyArray<[Rating["rater"], number, string?]>): Rating[] {
  return [
    { competency, rater: "self", score: self },
    ...others.map(([rater, score, comment], i) => ({
      competency,
      rater,
      raterId: `${competency.replace(/\W+/g, "-")}-${i}`,
      score,
      ...(comment ? { comment } : {}),
    })),
  ];
}

const team: Profile[] = [
  {
    id: "ana",
    name: "Ana",
    role: "Engineering Lead",
    level: "lead",
    motivations: ["I love helping my colleagues grow"],
    feedback: rated("communication", 4.5, [["manager", 5], ["peer", 4.5], ["report", 5, "explains complex things simply"]]),
    constraints: { hoursPerWeek: 4 },
  },
  {
    id: "ben",
    name: "Ben",
    role: "Software Engineer",
    level: "mid",
    goals: ["become a tech lead"],
    feedback: rated("communication", 5, [["manager", 2.5], ["peer", 2, "hard to follow in design reviews"], ["peer", 2.5]]),
    constraints: { hoursPerWeek: 4 },
  },
  {
    id: "chloe",
    name: "Chloe",
    role: "Marketing Analyst",
    level: "junior",
    goals: [{ text: "learn SQL for our campaign reports", horizon: "short" }],
    feedback: rated("sql", 2, [["manager", 1.5], ["peer", 2]]),
    constraints: { hoursPerWeek: 5 },
  },
  {
    id: "dev",
    name: "Dev",
    role: "Data Engineer",
    level: "senior",
    challenges: ["I freeze when presenting"],
    feedback: [
      ...rated("sql", 5, [["manager", 5], ["peer", 4.5]]),
      ...rated("presentation skills", 2, [["manager", 4], ["peer", 4.5, "the clearest demos in the company"]]),
    ],
    constraints: { hoursPerWeek: 4 },
  },
];

const result = recommendForTeam(team, { asOf, teamBudget: { amount: 3000, currency: "EUR" } });

console.log("Mentoring pairs inside the team:");
for (const pair of result.pairs) {
  console.log(`  ${pair.mentorId} mentors ${pair.menteeId} in ${pair.label}, ${pair.start} to ${pair.end}, ${pair.hoursPerWeek} h/week`);
  console.log(`    ${pair.reason}`);
}

for (const [id, plan] of Object.entries(result.plans)) {
  console.log(`\n${"-".repeat(72)}\n${id}: ${plan.items.length} items, ${plan.totals.peakHoursPerWeek}/${plan.totals.hoursPerWeekLimit} h/week at peak, ${plan.totals.cost.amount} ${plan.totals.cost.currency}`);
  for (const need of plan.needs.filter((n) => n.type === "feedback")) console.log(`  360° ${need.pattern}: ${need.source}`);
  for (const item of plan.items) {
    const side = item.pair ? ` [${item.pair.role} of ${item.pair.partnerId}]` : "";
    console.log(`  [${item.kind}] ${item.title}${side}, ${item.start} to ${item.end}, ${item.hoursPerWeek} h/week, ${item.cost.amount} ${item.cost.currency}`);
    console.log(`    ${item.explanation}`);
  }
  for (const warning of plan.warnings) console.log(`  warning: ${warning.message}`);
}

const budget = result.shared.budget;
console.log(`\nTeam budget: ${budget ? `${budget.spent} of ${budget.limit.amount} ${budget.limit.currency} planned` : "none"}`);
for (const seat of result.shared.seats) console.log(`Seats on “${seat.title}”: ${seat.taken} of ${seat.seats} taken`);
for (const warning of result.warnings) console.log(`team warning: ${warning.message}`);
