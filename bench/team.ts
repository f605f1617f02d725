/**
 * Team plans at scale: `recommendForTeam` for 1,000 people on the built-in
 * catalog, with 360° ratings that make mentoring pairs and a shared budget.
 *
 *   npm run bench:team
 */
import { loadAverage, median } from "./stats";
import { createRecommender, type Profile } from "../src/index";

const COMPETENCIES = ["communication", "sql", "negotiation", "leadership", "presentation skills", "project management", "data analysis", "coaching others"];
const MOTIVATIONS = ["I want to grow in my career", "recognition for my work", "I love learning new things", "flexibility matters a lot to me"];
const CHALLENGES = ["I freeze when presenting", "too many meetings", "burnt out from overtime", "I feel stuck, no promotion in years"];

/** 1,000 people whose ratings vary by position, so some are agreed strengths and some gaps. */
const team: Profile[] = Array.from({ length: 1000 }, (_, i) => ({
  id: `p${i}`,
  motivations: [MOTIVATIONS[i % 4]!, MOTIVATIONS[(i * 3 + 1) % 4]!],
  challenges: [CHALLENGES[(i * 7) % 4]!],
  goals: i % 3 === 0 ? ["learn SQL"] : ["negotiate bigger contracts"],
  feedback: COMPETENCIES.flatMap((competency, j) => [
    { competency, rater: "self" as const, score: 1 + ((i + j) % 5) },
    { competency, rater: "manager" as const, score: 1 + ((i * 3 + j) % 5), raterId: `m${i}` },
    { competency, rater: "peer" as const, score: 1 + ((i * 7 + j) % 5), raterId: `a${i}` },
    { competency, rater: "peer" as const, score: 1 + ((i * 11 + j * 2) % 5), raterId: `b${i}` },
  ]),
}));

const options = { asOf: "2026-01-05", teamBudget: { amount: 100_000, currency: "EUR" } };
const r = createRecommender();
const time = (run: () => unknown) => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

console.log(`# team bench: node ${process.version}, load average ${loadAverage()}`);
const first = time(() => r.recommendForTeam(team, options));
const again = Array.from({ length: 5 }, () => time(() => r.recommendForTeam(team, options)));
const singles = Array.from({ length: 3 }, () => time(() => team.forEach((p) => r.recommend(p, { asOf: options.asOf }))));
const result = r.recommendForTeam(team, options);
console.log(
  `team of ${team.length} on the built-in catalog: first call ${first.toFixed(0)} ms, then median ${median(again).toFixed(0)} ms ` +
    `(min ${Math.min(...again).toFixed(0)} ms); ${result.pairs.length} mentoring pairs, ` +
    `${result.shared.budget?.spent ?? 0} of 100000 EUR team budget spent; the same 1,000 people planned one by one: ${median(singles).toFixed(0)} ms`,
);
