/**
 * Import speed: `importCatalog` as the first import on a taxonomy, on
 * 10,000 rows grown from the built-in trainings, and on a real export (the
 * Coursera file beside the repository, when it is there) with its titles
 * made into 10,000 rows, every title new, on rows with descriptions,
 * every title and description new, and on descriptions of three lengths.
 * Part of `npm run bench`; alone,
 * in a process that did nothing before (as `tailorplan import` runs):
 *
 *   npm run bench:import
 *   npm run bench:import -- --import-rows 20000
 */
import { existsSync, readFileSync } from "node:fs";
import { cpus } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { parse } from "csv-parse/sync";
import { defaultCatalog, importCatalog } from "../src/index";
import { COURSERA_CSV, writtenCourses } from "../eval/courses";
import { distinctTitles, growCourseExport, taxonomyOfRun } from "./import";
import { loadAverage, median } from "./stats";

/** Prints the import measures: `count` rows each, three runs, after a warm-up import. */
export function measureImports(count: number, seed: number): void {
  importGrownRows(count, seed);
  importRealTitles(count);
  importDescriptions(count);
  importLongDescriptions();
}

/**
 * Rows grown from the built-in trainings, each run the first import on its taxonomy. A matcher shares its readers (and
 * the readings they keep) with every matcher of a taxonomy with the same entries, so a copy of the same taxonomy would
 * read warm: each run's taxonomy is the built-in one with a word no course has added to a motivation (`taxonomyOfRun`).
 */
function importGrownRows(count: number, seed: number): void {
  importCatalog(growCourseExport(defaultCatalog, 2000, seed + 1), { taxonomy: taxonomyOfRun(9) }); // JIT warm-up, on a taxonomy of its own
  const times: number[] = [];
  const again: number[] = [];
  let summary = "";
  for (let run = 0; run < 3; run++) {
    const rows = growCourseExport(defaultCatalog, count, seed + 10 + run);
    const taxonomy = taxonomyOfRun(run);
    let start = performance.now();
    const { report } = importCatalog(rows, { taxonomy });
    times.push(performance.now() - start);
    summary = `${report.summary.imported} imported, ${report.summary.leftOut["no-key"]} left out as serving no key, ${report.summary.misread} values misread`;
    // The same rows again on a copy of the same taxonomy, as an app that parses its taxonomy for every request passes it:
    // found by what it holds, so its tagger and every reading it made are kept.
    start = performance.now();
    importCatalog(rows, { taxonomy: structuredClone(taxonomy) });
    again.push(performance.now() - start);
  }
  const importMs = median(times);
  console.log(
    `
importCatalog on ${count.toLocaleString("en")} export rows (grown from the built-in trainings, ~40% other subjects), the first import on a taxonomy: ` +
      `median ${importMs.toFixed(0)} ms of ${times.map((t) => t.toFixed(0)).join(", ")} ms (${summary}); target ≤ 2 s: ${importMs <= 2000 ? "met" : "MISSED"}; ` +
      `the same rows again on a copy of that taxonomy (found by what it holds: its tagger and readings kept): median ${median(again).toFixed(0)} ms`,
  );
}

/**
 * A real export's titles, every one new (the Coursera file, beside the repository; it is not shipped with it): rows
 * grown from the built-in trainings repeat their texts, so most of a first import's readings there were made before.
 */
function importRealTitles(count: number): void {
  if (!existsSync(COURSERA_CSV)) {
    console.log(`\nimportCatalog on a real export: skipped — ${COURSERA_CSV} is not there.`);
    return;
  }
  const file = parse(readFileSync(COURSERA_CSV, "utf8"), { columns: true, bom: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  const rows = distinctTitles(file, count);
  const times: number[] = [];
  const perRow: number[] = [];
  let summary = "";
  for (let run = 0; run < 3; run++) {
    let start = performance.now();
    importCatalog(file, { taxonomy: taxonomyOfRun(20 + run) });
    perRow.push(((performance.now() - start) * 1000) / file.length);
    start = performance.now();
    const { report } = importCatalog(rows, { taxonomy: taxonomyOfRun(30 + run) });
    times.push(performance.now() - start);
    summary = `${report.summary.imported} imported, ${report.summary.leftOut["no-key"]} left out as serving no key`;
  }
  const ms = median(times);
  console.log(
    `\nimportCatalog on a real export (${COURSERA_CSV.split("/").slice(-1)[0]}, ${file.length.toLocaleString("en")} rows), the first import on a taxonomy: median ${median(perRow).toFixed(0)} µs a row; ` +
      `its titles made ${count.toLocaleString("en")} rows, every title new (\`distinctTitles\`): median ${ms.toFixed(0)} ms of ${times.map((t) => t.toFixed(0)).join(", ")} ms (${summary}); target ≤ 2 s: ${ms <= 2000 ? "met" : "MISSED"}`,
  );
}

/**
 * Courses with descriptions, every title and description new: the written courses of `eval/labels/courses` (in the
 * repository, four languages, each as another provider writes its export) that have a description, made into `count`
 * rows by `distinctTitles`. An LMS export has a description per course, and a description is read as a statement is,
 * a sentence at a time: what a catalog of distinct courses with descriptions costs.
 */
function importDescriptions(count: number): void {
  const file = writtenCourses()
    .filter((course) => course.description !== undefined)
    .map((course) => ({ title: course.title, description: course.description!, skills: (course.skills ?? []).join(", "), language: course.language }));
  const rows = distinctTitles(file, count, "title", ["description"]);
  const times: number[] = [];
  let summary = "";
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    const { report } = importCatalog(rows, { taxonomy: taxonomyOfRun(40 + run) });
    times.push(performance.now() - start);
    summary = `${report.summary.imported} imported, ${report.summary.leftOut["no-key"]} left out as serving no key`;
  }
  const ms = median(times);
  console.log(
    `\nimportCatalog on ${count.toLocaleString("en")} rows with descriptions, every title and description new (the ${file.length.toLocaleString("en")} written courses with one, in four languages), ` +
      `the first import on a taxonomy: median ${ms.toFixed(0)} ms of ${times.map((t) => t.toFixed(0)).join(", ")} ms, ${((ms * 1000) / count).toFixed(0)} µs a row (${summary}); target ≤ 2 s: ${ms <= 2000 ? "met" : "MISSED"}`,
  );
}

/**
 * What a description's length costs: 1,000 English rows at a time, every title and description new, with descriptions
 * of about 20, 80 and 300 words (the English written courses' descriptions, each joined to those after it until it is
 * that long), the first import on a taxonomy each. LMS exports often describe a course in a few paragraphs; a catalog
 * item holds up to 5,000 characters of it, and all of it is read.
 */
function importLongDescriptions(): void {
  const english = writtenCourses().filter((course) => course.language === "en" && course.description !== undefined);
  const rows = 1000;
  const perRow: string[] = [];
  for (const [run, words] of [20, 80, 300].entries()) {
    const file = english.map((course, i) => {
      const parts = [course.description!];
      for (let next = i + 1; parts.join(" ").split(" ").length < words; next++) parts.push(english[next % english.length]!.description!);
      return { title: course.title, description: parts.join(" "), skills: (course.skills ?? []).join(", ") };
    });
    const chosen = distinctTitles(file, rows, "title", ["description"]);
    const mean = chosen.reduce((sum, row) => sum + row.description!.split(" ").length, 0) / rows;
    const start = performance.now();
    importCatalog(chosen, { taxonomy: taxonomyOfRun(50 + run) });
    perRow.push(`about ${words} words (mean ${mean.toFixed(0)}): ${(((performance.now() - start) * 1000) / rows).toFixed(0)} µs a row`);
  }
  console.log(`\nimportCatalog on ${rows.toLocaleString("en")} English rows with descriptions of three lengths, every title and description new, the first import on a taxonomy each: ${perRow.join("; ")}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { values } = parseArgs({ options: { "import-rows": { type: "string", default: "10000" }, seed: { type: "string", default: "20260105" } } });
  console.log(`# tailorplan import bench: node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? "cpu"}, load average ${loadAverage()}`);
  measureImports(Number(values["import-rows"]), Number(values.seed));
  console.log(`load average at the end: ${loadAverage()}`);
}
