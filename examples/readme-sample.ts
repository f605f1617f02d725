import { recommend, type Profile } from "../src/index";

/** The small input the README shows with its whole plan. */
export const sampleProfile: Profile = {
  id: "cara",
  role: "Data Analyst",
  level: "junior",
  motivations: ["I want to become an expert in my field"],
  challenges: ["too many meetings, no time to focus"],
  goals: [{ text: "learn SQL", horizon: "short", successMeasure: "writes the weekly report queries herself" }],
  constraints: { hoursPerWeek: 3, budget: { amount: 300, currency: "EUR" } },
};

/** The plan the README shows, as JSON. */
export function samplePlanJson(): string {
  return JSON.stringify(recommend(sampleProfile, { asOf: "2026-01-05" }), null, 2);
}
