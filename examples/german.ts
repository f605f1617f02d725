/**
 * A plan in German: a screen that brings its own data loads only the
 * language it needs (`tailorplan/lang/de`) beside the engine. Run with
 * `npx tsx examples/german.ts`.
 */
import { pathToFileURL } from "node:url";
import { createRecommender, type Profile } from "../src/core";
import { defaultCatalog, defaultTaxonomy } from "../src/data";
import { de } from "../src/lang/de";

export const jonas: Profile = {
  id: "jonas",
  language: "de",
  motivations: ["Ich möchte mehr Verantwortung übernehmen"],
  challenges: ["Ständig Überstunden, ich bin total ausgebrannt", "Präsentieren ist kein Problem für mich"],
  goals: ["In zwei Jahren möchte ich ein Team leiten"],
  constraints: { hoursPerWeek: 3 },
};

/** What the README shows of Jonas's plan: what was heard, said to be fine, the first item and the first question. */
export function germanExample() {
  const recommender = createRecommender({ catalog: defaultCatalog, taxonomy: defaultTaxonomy, languages: [de] });
  const plan = recommender.recommend(jonas, { asOf: "2026-01-05" });
  return {
    locale: plan.locale,
    needs: plan.needs.map(({ key, label, source }) => ({ key, label, source })),
    fine: plan.fine.map(({ key, label }) => ({ key, label })),
    firstItem: (({ title, explanation }) => ({ title, explanation }))(plan.items[0]!),
    firstQuestion: plan.questions[0]?.text,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) console.log(JSON.stringify(germanExample(), null, 2));
