/**
 * Ask instead of assuming, in two calls: words that could mean two things get
 * a question with options and no spending; the answer goes into the profile
 * and the next plan acts on it. Run with `npx tsx examples/ask-and-answer.ts`.
 *
 * A small taxonomy of its own keeps the example about the round trip: two keys
 * say "deadline(s)", so "Deadlines worry me" could be either.
 */
import { pathToFileURL } from "node:url";
import { createRecommender, type Profile } from "../src/core";

export const taxonomy = {
  entries: [
    { key: "time-pressure", kind: "challenge", label: "Time pressure", synonyms: ["deadlines"] },
    { key: "planning", kind: "challenge", label: "Planning", synonyms: ["deadline"] },
  ],
};
const free = { amount: 0, currency: "EUR" };
export const catalog = [
  { id: "focus-days", kind: "working-condition", title: "Protected focus days", addresses: ["time-pressure"], hoursPerWeek: 0, weeks: 8, cost: free, format: "on-the-job" },
  { id: "plan-week", kind: "training", title: "Planning your week", addresses: ["planning"], hoursPerWeek: 1, weeks: 2, cost: free, format: "online" },
];
export const profile: Profile = { id: "dana", challenges: ["Deadlines worry me"], level: "mid", constraints: { hoursPerWeek: 2 } };

/** Both calls, reduced to what the README shows: the question, the answer, and what the next plan makes of it. */
export function askAndAnswer() {
  const r = createRecommender({ catalog, taxonomy });
  const first = r.recommend(profile, { asOf: "2026-01-05" });
  const question = first.questions.find((q) => q.options !== undefined)!;
  const answers = { [question.id]: ["time-pressure"] };
  const next = r.recommend({ ...profile, answers }, { asOf: "2026-01-05" });
  return {
    first: { needs: first.needs, items: first.items.map((i) => i.id), question },
    answers,
    next: {
      needs: next.needs,
      items: next.items.map((i) => i.id),
      asked: next.questions.map((q) => q.id),
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) console.log(JSON.stringify(askAndAnswer(), null, 2));
