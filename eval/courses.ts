/**
 * How well the importer tags courses, against hand labels:
 *
 * - Coursera: all 1,139 courses of `../shared/datasets/coursera-courses.csv`
 *   labelled by row and title hash (`eval/labels/coursera.json`), split into
 *   a dev and a test third by hash; the file is read at run time, never
 *   copied here;
 * - course rows written in the style of other providers' exports, in four
 *   languages (`eval/labels/courses/<language>.json`), split into train and
 *   test by hash;
 * - the built-in catalog's trainings, tagged from their descriptions alone
 *   (`eval/labels/catalog-descriptions.json`).
 *
 * Each is tagged twice: as `importCatalog` tags (with the learned course
 * tagging, `data/model/courses.json`) and by the taxonomy's phrasings alone
 * (`learned: false`). The learned tagging is trained on the dev and train
 * splits only (`npm run train:courses`).
 *
 * Tag precision: the share of tags given that the labels hold. Recall: the
 * share of labelled keys of in-scope courses that were given. Out of scope
 * left untagged: the share of courses labelled `[]` that got no tag.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "csv-parse/sync";
import { defaultCatalog, defaultTaxonomy, importCatalog } from "../src/index";
import { readSkills } from "../src/import/fields";
import { MAX_TAGS, TAG_THRESHOLD, type CourseText } from "../src/import/tagging";
import { taggerFor } from "../src/import/taggers";
import { de } from "../src/lang/de";
import { es } from "../src/lang/es";
import { fr } from "../src/lang/fr";
import courseModel from "../data/model/courses.json";
import { share } from "./metrics";

export interface Labelled {
  readonly name: string;
  readonly gold: readonly string[];
  readonly given: readonly string[];
  readonly split?: "dev" | "test" | "train";
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

/** A labelled Coursera course: its row, the text the importer reads of it, its keys and split. */
export interface CourseraCourse {
  readonly row: number;
  readonly course: CourseText;
  readonly keys: readonly string[];
  readonly split: "dev" | "test";
}

/**
 * The Coursera file's rows and its labelled courses, each with the text the
 * importer reads (title and skills; the file has no descriptions).
 * `undefined` when the file is not there (it is not shipped with the
 * repository); throws when a labelled row's title no longer has its hash.
 */
export function courseraLabelled(file = COURSERA_CSV): { rows: Array<Record<string, string>>; courses: CourseraCourse[] } | undefined {
  if (!existsSync(file)) return undefined;
  const labels = (JSON.parse(readFileSync(resolve(import.meta.dirname, "labels/coursera.json"), "utf8")) as { labels: CourseraLabel[] }).labels;
  const rows = parse(readFileSync(file, "utf8"), { columns: true, bom: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  const courses = labels.map((label) => {
    const row = rows[label.row - 1];
    const title = row?.course ?? "";
    const hash = createHash("sha1").update(title).digest("hex").slice(0, 16);
    if (hash !== label.hash) throw new Error(`coursera row ${label.row}: the title's hash is ${hash}, the label's ${label.hash}: the file is not the one labelled`);
    return { row: label.row, course: { title: title.replace(/\s+/g, " ").trim(), skills: readSkills(row?.skills) }, keys: label.keys, split: label.split };
  });
  return { rows, courses };
}

/** The keys an import tagged, by row. */
const keysByRow = (imported: ReturnType<typeof importCatalog>["report"]["imported"]) => new Map(imported.map((r) => [r.row, r.tags.map((t) => t.key)] as const));

/**
 * Imports the whole Coursera file, with the learned tagging and by the
 * phrasings alone, and pairs each labelled row with its tags (`given`, and
 * `alone`). `undefined` when the file is not there.
 */
export function courseraCourses(file = COURSERA_CSV): { courses: Array<Labelled & { alone: readonly string[] }>; rows: number; imported: number; seconds: number } | undefined {
  const read = courseraLabelled(file);
  if (!read) return undefined;
  const start = performance.now();
  const { report } = importCatalog(read.rows);
  const seconds = (performance.now() - start) / 1000;
  const alone = importCatalog(read.rows, { learned: false }).report;
  const learned = keysByRow(report.imported);
  const phrasings = keysByRow(alone.imported);
  const courses = read.courses.map((c) => ({ name: `row ${c.row}`, gold: c.keys, given: learned.get(c.row) ?? [], alone: phrasings.get(c.row) ?? [], split: c.split }));
  return { courses, rows: read.rows.length, imported: report.summary.imported, seconds };
}

/**
 * How far a second, blind reading of the Coursera courses
 * (`eval/labels/coursera-second.json`) agrees with the labels, scored as a
 * tagger would be: the ceiling a tagger can be held to.
 */
export function secondReading(): Labelled[] {
  const read = (name: string) => (JSON.parse(readFileSync(resolve(import.meta.dirname, `labels/${name}`), "utf8")) as { labels: Array<{ row: number; keys: string[]; split?: "dev" | "test" }> }).labels;
  const second = new Map(read("coursera-second.json").map((label) => [label.row, label.keys] as const));
  return read("coursera.json").map((label) => ({ name: `row ${label.row}`, gold: label.keys, given: second.get(label.row) ?? [], ...(label.split ? { split: label.split } : {}) }));
}

/** A course row written in the style of another provider's export, labelled by hand. */
export interface WrittenCourse {
  readonly id: string;
  readonly set: string;
  readonly title: string;
  readonly description?: string;
  readonly skills?: readonly string[];
  readonly keys: readonly string[];
  readonly split: "train" | "test";
  readonly language: string;
}

/** Every written course (`eval/labels/courses/<language>.json`), with its language. */
export function writtenCourses(): WrittenCourse[] {
  const dir = resolve(import.meta.dirname, "labels/courses");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .flatMap((name) => {
      const file = JSON.parse(readFileSync(resolve(dir, name), "utf8")) as { language: string; courses: Array<Omit<WrittenCourse, "language">> };
      return file.courses.map((course) => ({ ...course, language: file.language }));
    });
}

/** A written course as the importer reads its row. */
export const writtenText = (course: WrittenCourse): CourseText => ({ title: course.title, skills: course.skills ?? [], ...(course.description === undefined ? {} : { description: course.description }) });

/** The written courses imported as one export per language (title, description, skills and language columns), with the learned tagging and by the phrasings alone. */
export function writtenScored(): Array<Labelled & { alone: readonly string[]; language: string }> {
  const courses = writtenCourses();
  const rows = courses.map((c) => ({ title: c.title, ...(c.description === undefined ? {} : { description: c.description }), ...(c.skills === undefined ? {} : { skills: [...c.skills] }), language: c.language }));
  const learned = keysByRow(importCatalog(rows).report.imported);
  const alone = keysByRow(importCatalog(rows, { learned: false }).report.imported);
  return courses.map((c, i) => ({ name: c.id, gold: c.keys, given: learned.get(i + 1) ?? [], alone: alone.get(i + 1) ?? [], split: c.split, language: c.language }));
}

const PACKS = [es, fr, de];
/** The tagger the built-in `importCatalog` reads courses with, by the phrasings alone. */
export const plainTagger = () => taggerFor(defaultTaxonomy, PACKS, undefined).tagger;
/** The tagger the built-in `importCatalog` reads courses with, with a learned tagging (the built-in one unless given). */
export const learnedTagger = (model: unknown = courseModel) => taggerFor(defaultTaxonomy, PACKS, model).tagger;

/** The built-in trainings, each tagged from its description alone, with the learned tagging (`given`) and by the phrasings alone (`alone`). */
export function catalogDescriptions(): Array<Labelled & { alone: readonly string[] }> {
  const labels = (JSON.parse(readFileSync(resolve(import.meta.dirname, "labels/catalog-descriptions.json"), "utf8")) as { labels: Array<{ id: string; keys: string[] }> }).labels;
  // As importCatalog reads: the same tagger, but a row without a title would be left out, so the tagger is asked directly.
  const learned = learnedTagger();
  const alone = plainTagger();
  return labels.map(({ id, keys }) => {
    const item = defaultCatalog.find((i) => i.id === id);
    if (!item?.description) throw new Error(`catalog-descriptions: no training "${id}" with a description`);
    const course = { title: "", skills: [], description: item.description };
    const tags = (tagger: typeof learned) => tagger.read(course, TAG_THRESHOLD, MAX_TAGS).tags.map((t) => t.key);
    return { name: id, gold: keys, given: tags(learned), alone: tags(alone) };
  });
}
