/**
 * Bring your own catalog: a small course export, as an LMS hands it over,
 * imported and tagged; its trainings planned beside the built-in mentoring
 * and working-condition items. `npx tsx examples/import-catalog.ts` prints
 * the report and the plan's courses; the README shows the report.
 */
import { createRecommender, defaultCatalog, importCatalog, type Catalog } from "../src/index";

/** Rows as a CSV export reads them: one object per course, the export's own column names. */
export const exportRows = [
  { course_id: "PY-101", course_title: "Python for Data Analysis", skills: "Python Programming; Data Analysis; Pandas", content_duration: "6 Weeks", effort: "2–4 hours per week", level: "Beginner", price: "49", is_paid: "True", language: "English", url: "https://learning.example.com/py-101", provider: "Example University" },
  { course_id: "SQL-2", course_title: "SQL for Reporting", skills: "SQL; Databases", content_duration: "2h 30m", level: "Intermediate", price: "FREE-Add a Verified Certificate for $49 USD", language: "Español" },
  { course_id: "HIS-9", course_title: "Castles of Medieval Europe", skills: "History; Architecture", content_duration: "3 - 6 Months", level: "Mixed", price: "Free" },
  { course_id: "NEG-1", course_title: "Negotiation Skills", content_duration: "whenever you like", level: "All Levels", price: "200", is_paid: "False" },
];

/** The import's report, shortened to what the README shows. */
export function importExample() {
  const { catalog, report } = importCatalog(exportRows, { defaults: { currency: "EUR" } });
  return { catalog, report };
}

/** The imported trainings with the built-in mentoring and working-condition items, less those needing a built-in training first. */
export function mixedCatalog(imported: Catalog): Catalog {
  const ours = defaultCatalog.filter((item) => item.kind !== "training");
  const ids = new Set([...imported, ...ours].map((item) => item.id));
  return [...imported, ...ours.filter((item) => (item.prerequisites ?? []).every((id) => ids.has(id)))];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { catalog, report } = importExample();
  console.log(JSON.stringify(report, null, 2));
  const plan = createRecommender({ catalog: mixedCatalog(catalog) }).recommend(
    { id: "ana", goals: ["learn Python for data analysis"], constraints: { hoursPerWeek: 3 } },
    { asOf: "2026-01-05" },
  );
  for (const item of plan.items) console.log(`[${item.kind}] ${item.title} ${item.start}..${item.end} ${item.hoursPerWeek} h/week${item.pace ? ` (${item.pace.mode})` : ""}${item.url ? ` ${item.url}` : ""}`);
}
