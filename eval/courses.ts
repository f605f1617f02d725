/**
 * How well the importer tags courses, against hand labels:
 *
 * - Coursera: 240 courses of `../shared/datasets/coursera-courses.csv`
 *   labelled by row and title hash (`eval/labels/coursera.json`), split into
 *   a dev and a test third by hash; the file is read at run time, never
 *   copied here;
 * - the built-in catalog's trainings, tagged from their descriptions alone
 *   (`eval/labels/catalog-descriptions.json`).
 *
 * Tag precision: the share of tags given that the labels hold. Recall: the
 * share of labelled keys of in-scope courses that were given. Out of scope
 * left untagged: the share of courses labelled `[]` that got no tag.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "csv-parse/sync";
import { defaultCatalog, defaultTaxonomy, importCatalog } from "../src/index";
import { share } from "./metrics";
import { createFuzzyWords } from "../src/needs/fuzzy";
import { createMatcher } from "../src/needs/matcher";
import { createCourseTagger, MAX_TAGS, TAG_THRESHOLD } from "../src/import/tagging";
import { courseTaxonomy } from "../src/import/vocabulary";

export interface Labelled {
  readonly name: string;
  readonly gold: readonly string[];
  readonly given: readonly string[];
  readonly split?: "dev" | "test";
}

export interface TagScores {
  readonly courses: number;
  readonly outOfScope: number;
  readonly precision: number;
  readonly recall: number;
  /** The share of in-scope courses whose first labelled key (the main subject) was given. */
  readonly mainKey: number;
  readonly untagged: number;
  readonly tags: number;
  readonly correct: number;
}

/**
 * Micro-averaged precision and recall of tags, and out-of-scope courses left untagged.
 *
 * @example
 * ```ts
 * scoreTags([{ name: "a", gold: ["sql"], given: ["sql", "excel"] }]).precision; // 0.5
 * ```
 */
export function scoreTags(courses: readonly Labelled[]): TagScores {
  let tags = 0;
  let correct = 0;
  let goldKeys = 0;
  let found = 0;
  let main = 0;
  let inScope = 0;
  let outOfScope = 0;
  let untagged = 0;
  for (const course of courses) {
    const gold = new Set(course.gold);
    tags += course.given.length;
    correct += course.given.filter((key) => gold.has(key)).length;
    if (gold.size === 0) {
      outOfScope++;
      if (course.given.length === 0) untagged++;
      continue;
    }
    inScope++;
    goldKeys += gold.size;
    found += course.gold.filter((key) => course.given.includes(key)).length;
    if (course.given.includes(course.gold[0]!)) main++;
  }
  return {
    courses: courses.length,
    outOfScope,
    precision: share(correct, tags),
    recall: share(found, goldKeys),
    mainKey: share(main, inScope),
    untagged: share(untagged, outOfScope),
    tags,
    correct,
  };
}

interface CourseraLabel {
  readonly row: number;
  readonly hash: string;
  readonly keys: readonly string[];
  readonly split: "dev" | "test";
}

/** Where the Coursera file is expected: beside the repository, in `../shared/datasets/`. */
export const COURSERA_CSV = resolve(import.meta.dirname, "../../shared/datasets/coursera-courses.csv");

/**
 * Imports the whole Coursera file and pairs each labelled row with its tags.
 * `undefined` when the file is not there (it is not shipped with the
 * repository); throws when a labelled row's title no longer has its hash.
 */
export function courseraCourses(file = COURSERA_CSV): { courses: Labelled[]; rows: number; imported: number; seconds: number } | undefined {
  if (!existsSync(file)) return undefined;
  const labels = (JSON.parse(readFileSync(resolve(import.meta.dirname, "labels/coursera.json"), "utf8")) as { labels: CourseraLabel[] }).labels;
  const rows = parse(readFileSync(file, "utf8"), { columns: true, bom: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  const start = performance.now();
  const { report } = importCatalog(rows);
  const seconds = (performance.now() - start) / 1000;
  const tagsByRow = new Map(report.imported.map((r) => [r.row, r.tags.map((t) => t.key)] as const));
  const courses = labels.map((label) => {
    const title = rows[label.row - 1]?.course ?? "";
    const hash = createHash("sha1").update(title).digest("hex").slice(0, 16);
    if (hash !== label.hash) throw new Error(`coursera row ${label.row}: the title's hash is ${hash}, the label's ${label.hash}: the file is not the one labelled`);
    return { name: `row ${label.row}`, gold: label.keys, given: tagsByRow.get(label.row) ?? [], split: label.split };
  });
  return { courses, rows: rows.length, imported: report.summary.imported, seconds };
}

/** The built-in trainings, each tagged from its description alone. */
export function catalogDescriptions(): Labelled[] {
  const labels = (JSON.parse(readFileSync(resolve(import.meta.dirname, "labels/catalog-descriptions.json"), "utf8")) as { labels: Array<{ id: string; keys: string[] }> }).labels;
  const tagger = createCourseTagger(createMatcher(courseTaxonomy(defaultTaxonomy), { typos: createFuzzyWords }));
  return labels.map(({ id, keys }) => {
    const item = defaultCatalog.find((i) => i.id === id);
    if (!item?.description) throw new Error(`catalog-descriptions: no training "${id}" with a description`);
    const given = tagger.read({ title: "", skills: [], description: item.description }, TAG_THRESHOLD, MAX_TAGS).tags.map((t) => t.key);
    return { name: id, gold: keys, given };
  });
}
