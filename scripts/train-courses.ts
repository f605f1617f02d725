/**
 * Rebuilds the learned course tagging, `data/model/courses.json`, from the
 * training split of hand-labelled courses (the test split is never used):
 *
 * - Coursera courses (`eval/labels/coursera.json`, dev split; the title and
 *   skills read from `../shared/datasets/coursera-courses.csv`);
 * - course rows written in the style of other providers' exports, in
 *   English, Spanish, French and German, and labelled by hand
 *   (`eval/labels/courses/<language>.json`, train split).
 *
 * Each course is read as `importCatalog` reads it: its stems by place and
 * the phrasings' reading, from the same tagger. The model holds weights of
 * single stemmed words, never the courses' text.
 *
 *   npm run train:courses                      # writes the model
 *   npm run train:courses -- --check           # exits 1 when the file is not what the labels give
 *   npm run train:courses -- --cross-validate  # five folds of the training courses, each tagged by a
 *     # model trained on the other four, beside the phrasings alone: how the bands were chosen
 *   npm run train:courses -- --leave-out en-microlearning,de-employer  # (or --leave-out all) each written set,
 *     # both splits, tagged by a model trained without any of its rows: a provider the model has never seen
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { defaultTaxonomy } from "../src/data";
import { courseFeatures, createCourseModel, nothingInputs, phrasingsInputs, type CourseModel, type CourseWords, type PhrasingsScores } from "../src/import/learned";
import { packedModelText } from "../src/needs/packed";
import { MAX_TAGS, TAG_THRESHOLD, type CourseText } from "../src/import/tagging";
import { courseTaxonomy } from "../src/import/vocabulary";
import { COURSERA_CSV, courseraLabelled, learnedTagger, plainTagger, scoreTags, writtenCourses, writtenText, type Labelled, type TagScores } from "../eval/courses";
import { share } from "../eval/metrics";
import { pct } from "../eval/reading";
import { foldOf, trainLogistic, trainShared, TRAIN_DEFAULTS, type SharedRow, type TrainOptions } from "./learn";

export const COURSE_MODEL = resolve(import.meta.dirname, "../data/model/courses.json");

/** One labelled course of the training split, read as the importer reads it. */
export interface CourseExample {
  readonly name: string;
  readonly course: CourseText;
  readonly language?: string;
  readonly keys: readonly string[];
  /** What its cross-validation fold is chosen by, when not its title: a description read alone goes with its course. */
  readonly fold?: string;
}

/** The training courses: Coursera's dev split and the written courses' train split. A reason when the Coursera file is absent. */
export function trainingCourses(): CourseExample[] | string {
  const coursera = courseraLabelled();
  if (!coursera) return `${COURSERA_CSV} is not there`;
  return [
    ...coursera.courses.filter((c) => c.split === "dev").map((c) => ({ name: `coursera row ${c.row}`, course: c.course, keys: c.keys })),
    ...writtenCourses()
      .filter((c) => c.split === "train")
      .flatMap((c) => [
        { name: c.id, course: writtenText(c), language: c.language, keys: c.keys },
        // Its description alone as well: a model that only ever saw titles would learn that a description says little.
        ...(c.description === undefined ? [] : [{ name: `${c.id} (description)`, course: { title: "", skills: [], description: c.description }, language: c.language, keys: c.keys, fold: c.title }]),
      ]),
  ];
}


/** The keys a course may be tagged with: the course reading of the built-in taxonomy. */
export const courseKeys = () => courseTaxonomy(defaultTaxonomy).entries.map((entry) => entry.key);

/**
 * How the model is trained: AdaGrad steps on a few thousand courses, small
 * weights kept. Chosen by cross-validation on the training courses.
 *
 * Weights kept from 0.15, 0.1 (this one, since 5 December, fifth round) and
 * 0.05, by the five folds (precision / recall / out of scope left
 * untagged): Coursera dev 84.2 / 71.2 / 89.7, 85.9 / 71.2 / 91.4, 85.4 /
 * 70.1 / 90.8; written courses 82.6 / 76.0 / 91.3, 83.5 / 76.2 / 91.6,
 * 84.9 / 75.6 / 91.8; their descriptions alone 81.7 / 42.7, 83.0 / 43.3,
 * 84.6 / 42.8. From 0.1 is as good or better on every figure than from
 * 0.15; from 0.05 trades recall for precision.
 *
 * L2 0.0002, 0.0001 and 0.00005 (this one, since 7 December, twenty-first
 * round, when the training courses had doubled), by the same folds:
 * Coursera dev 86.1 / 69.9 / 90.8, 86.3 / 71.3 / 90.2, 87.4 / 70.1 / 93.1;
 * written courses 84.3 / 72.5 / 90.5, 84.2 / 74.2 / 90.8, 84.9 / 74.8 /
 * 92.1; their descriptions alone 82.9 / 41.9, 83.7 / 44.5, 85.3 / 46.2.
 */
const OPTIONS: TrainOptions = { adaptive: true, rate: 1, epochs: 300, l2: 0.00005, prune: 0.1, decimals: 1 };
/** A key is given from these log-odds on, each band at the share of its tags accepted in cross-validation. */
export const BAND_MINS = [3, 2, 1, 0, -1] as const;
/** Courses a feature must be seen in to be learned. */
const MIN_COURSES = 2;
/** A key after the likeliest needs log-odds of 0: second subjects are where readers differ most. */
const FURTHER = 0;
/**
 * Folds of the cross-validation the bands come from: each fold is tagged by
 * a model trained on the other four, close to the model trained on all.
 */
export const FOLDS = 5;

/** Each course as the learned tagging reads it: its stems by place and the phrasings' scores. */
const readAll = (examples: readonly CourseExample[]): Read[] => {
  const tagger = plainTagger();
  return examples.map((example) => ({ example, ...tagger.inputs(example.course, example.language) }));
};

interface Read {
  readonly example: CourseExample;
  readonly words: CourseWords;
  readonly phrasings: PhrasingsScores;
}

/** The phrasings' inputs: confidence, whether the title, the skills, the description named the key, and how near the title came to it. */
const INPUTS = 5;
const inputWeights = (weights: readonly number[]) => ({ phrasings: weights[0]!, title: weights[1]!, skills: weights[2]!, description: weights[3]!, near: weights[4]! });

/** The logistic models of each key and of nothing, trained on `reads`. */
export function train(reads: readonly Read[], keys: readonly string[]): Omit<CourseModel, "bands" | "source"> {
  // A feature of a single course says nothing another course could share: it is left out.
  const featureLists = reads.map((read) => [...courseFeatures(read.words).keys()].sort());
  const counts = new Map<string, number>();
  for (const list of featureLists) for (const feature of list) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const ids = new Map<string, number>();
  const rows = featureLists.map((list) => {
    const kept = list.filter((feature) => counts.get(feature)! >= MIN_COURSES);
    for (const feature of kept) if (!ids.has(feature)) ids.set(feature, ids.size);
    return { features: Int32Array.from(kept, (feature) => ids.get(feature)!) };
  });
  const names = [...ids.keys()];
  const settings = { ...TRAIN_DEFAULTS, ...OPTIONS };
  const labelled = new Set(reads.flatMap((read) => read.example.keys));
  const model: CourseModel["keys"] = {};
  const held = [...keys].filter((k) => labelled.has(k)).sort();
  const index = new Map(held.map((key, k) => [key, k] as const));
  const sharedRows: SharedRow[] = reads.map((read, r) => ({
    features: rows[r]!.features,
    inputs: new Map([...read.phrasings].flatMap(([key, s]) => (index.has(key) ? [[index.get(key)!, phrasingsInputs(s)] as const] : []))),
    keys: new Set(read.example.keys.flatMap((key) => (index.has(key) ? [index.get(key)!] : []))),
  }));
  const trained = trainShared(sharedRows, names, held.length, INPUTS, settings);
  held.forEach((key, k) => (model[key] = { bias: trained.biases[k]!, weights: trained.weights[k]!, ...inputWeights(trained.inputs) }));
  const summaries = reads.map((read) => nothingInputs(read.phrasings));
  const nothing = trainLogistic(rows, names, reads.map((read) => read.example.keys.length === 0), Array.from({ length: INPUTS }, (_, i) => summaries.map((s) => s[i]!)), settings);
  const languages = [...new Set(["en", ...reads.flatMap((read) => read.example.language ?? [])])].sort();
  return { version: 1, languages, keys: model, nothing: { bias: nothing.bias, weights: nothing.weights, ...inputWeights(nothing.inputs) } };
}

/** Which fold of the training courses a course is in, from its title: the same on every machine. */
export const fold = (example: CourseExample): number => foldOf(example.fold ?? example.course.title, FOLDS);

/** Each training course read by the model trained on the other folds, with stand-in bands: the logits of the tags it gives and whether each was accepted. */
export function crossRead(reads: readonly Read[], keys: readonly string[]) {
  const marks = BAND_MINS.map((min, i) => ({ min, confidence: 0.99 - i * 0.01 }));
  const trained = Array.from({ length: FOLDS }, (_, held) => train(reads.filter((r) => fold(r.example) !== held), keys));
  const models = trained.map((model) => createCourseModel({ ...model, bands: marks, further: FURTHER }));
  return { trained, crossed: reads.map((read) => ({ read, tags: models[fold(read.example)]!.read(read.words, read.phrasings, MAX_TAGS) })) };
}

/** The bands' confidences: the share of each band's tags accepted in cross-validation. */
export function calibrate(crossed: ReturnType<typeof crossRead>["crossed"]): { bands: CourseModel["bands"]; given: number[]; right: number[] } {
  const given = BAND_MINS.map(() => 0);
  const right = BAND_MINS.map(() => 0);
  for (const { read, tags } of crossed) {
    for (const tag of tags) {
      const band = BAND_MINS.findIndex((min) => tag.logit >= min);
      given[band]!++;
      if (read.example.keys.includes(tag.key)) right[band]!++;
    }
  }
  return { bands: BAND_MINS.map((min, i) => ({ min, confidence: Math.round(pooled(right, given)[i]! * 100) / 100 })), given, right };
}

/**
 * The share accepted in each band, bands that would be surer than the band
 * above them pooled with it (pool-adjacent-violators), so confidence never
 * rises as the log-odds fall: the lowest band holds only first keys (a
 * further key needs log-odds 0), which are right more often than the
 * further keys of the band above.
 */
function pooled(right: readonly number[], given: readonly number[]): number[] {
  const blocks: Array<{ right: number; given: number; size: number }> = [];
  right.forEach((r, i) => {
    blocks.push({ right: r, given: given[i]!, size: 1 });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1]!;
      const before = blocks[blocks.length - 2]!;
      if (share(last.right, last.given) <= share(before.right, before.given)) break;
      blocks.splice(-2, 2, { right: before.right + last.right, given: before.given + last.given, size: before.size + last.size });
    }
  });
  return blocks.flatMap((block) => Array.from({ length: block.size }, () => share(block.right, block.given)));
}

/** The model the training courses give, as the file holds it: weights packed, one key a line, so it diffs by key when the labels change. */
export function courseModelFile(examples: readonly CourseExample[]): string {
  const reads = readAll(examples);
  const keys = courseKeys();
  const model = train(reads, keys);
  const { bands } = calibrate(crossRead(reads, keys).crossed);
  const settings = { ...TRAIN_DEFAULTS, ...OPTIONS };
  const coursera = examples.filter((e) => e.name.startsWith("coursera")).length;
  const alone = examples.filter((e) => e.fold !== undefined).length;
  const source = `npm run train:courses: ${coursera} Coursera courses (dev split) and ${examples.length - coursera - alone} written courses (train split), labelled by hand, and ${alone} of their descriptions read alone; AdaGrad, epochs ${settings.epochs}, rate ${settings.rate}, l2 ${settings.l2}, weights below ${settings.prune} left out; bands from five-fold cross-validation on the same courses`;
  return packedModelText({ version: 1, source, languages: model.languages, bands, further: FURTHER }, model.keys, model.nothing);
}

/** Folds of the training courses, tagged by the phrasings alone and by the model trained on the other folds; the bands. */
function crossValidate(examples: readonly CourseExample[]): void {
  const tagger = plainTagger();
  const reads = readAll(examples);
  const { trained, crossed } = crossRead(reads, courseKeys());
  const { bands, given, right } = calibrate(crossed);
  const taggers = trained.map((model) => learnedTagger({ ...model, bands, further: FURTHER }));
  const groups = [
    ["Coursera dev", (e: CourseExample) => e.name.startsWith("coursera")],
    ["written, train", (e: CourseExample) => !e.name.startsWith("coursera") && !e.name.endsWith("(description)")],
    ["written, train, description alone", (e: CourseExample) => e.name.endsWith("(description)")],
  ] as const;
  console.log(`${FOLDS} folds of ${examples.length} training courses, each tagged by a model trained on the others (tags at confidence ≥ ${TAG_THRESHOLD}):\n`);
  console.log("| courses | tagging | tags | precision | recall | out of scope left untagged |\n| --- | --- | ---: | ---: | ---: | ---: |");
  for (const [name, pick] of groups) {
    const chosen = crossed.filter(({ read }) => pick(read.example));
    const alone = scoreTags(chosen.map(({ read }) => ({ name: read.example.name, gold: read.example.keys, given: tagger.read(read.example.course, TAG_THRESHOLD, MAX_TAGS, read.example.language).tags.map((t) => t.key) })));
    const learned = scoreTags(chosen.map(({ read }) => ({ name: read.example.name, gold: read.example.keys, given: taggers[fold(read.example)]!.read(read.example.course, TAG_THRESHOLD, MAX_TAGS, read.example.language).tags.map((t) => t.key) })));
    for (const [how, s] of [["phrasings alone", alone], ["learned", learned]] as const) console.log(`| ${name} (${s.courses}) | ${how} | ${s.tags} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.untagged)} |`);
  }
  console.log(`\n| log-odds from | tags | accepted | the band's confidence (pooled so it never rises as log-odds fall) |\n| ---: | ---: | ---: | ---: |`);
  bands.forEach((band, i) => console.log(`| ${band.min} | ${given[i]} | ${pct(share(right[i]!, given[i]!))} | ${pct(band.confidence)} |`));
}

/** The written set a course row belongs to, as `<language>-<set>` ("en-microlearning"), from its id or its training example's name. */
const setOf = (name: string): string => name.replace(/ \(description\)$/, "").replace(/-\d+$/, "");

/**
 * Each named written set (`<language>-<set>`, or every set for "all"), both
 * splits, tagged by a model trained on every other training course, beside
 * the phrasings alone: how the tagging reads a provider it has never seen.
 * The bands are the built-in model's (its cross-validation is not redone).
 */
function leaveOut(examples: readonly CourseExample[], wanted: string): void {
  const written = writtenCourses();
  const known = [...new Set(written.map((course) => setOf(course.id)))];
  const sets = wanted === "all" ? known : wanted.split(",");
  const unknown = sets.filter((set) => !known.includes(set));
  if (unknown.length > 0) {
    console.error(`--leave-out: no written set ${unknown.join(", ")}; the sets are ${known.join(", ")}`);
    process.exit(2);
  }
  const { bands } = JSON.parse(readFileSync(COURSE_MODEL, "utf8")) as Pick<CourseModel, "bands">;
  const tagger = plainTagger();
  const reads = readAll(examples);
  console.log(`Each written set, both splits, tagged by a model trained without any of its rows (bands of ${COURSE_MODEL}):\n`);
  console.log("| set left out | courses | out of scope | phrasings alone: precision / recall / untagged | learned without it: precision / recall / untagged | main key |\n| --- | ---: | ---: | --- | --- | ---: |");
  const pooled: { alone: Labelled[]; without: Labelled[] } = { alone: [], without: [] };
  const line = (name: string, alone: TagScores, without: TagScores) =>
    console.log(`| ${name} | ${without.courses} | ${without.outOfScope} | ${pct(alone.precision)} / ${pct(alone.recall)} / ${pct(alone.untagged)} | ${pct(without.precision)} / ${pct(without.recall)} / ${pct(without.untagged)} | ${pct(without.mainKey)} |`);
  for (const set of sets) {
    const learned = learnedTagger({ ...train(reads.filter((read) => setOf(read.example.name) !== set), courseKeys()), bands, further: FURTHER });
    const rows = written.filter((course) => setOf(course.id) === set);
    const tagged = (read: typeof tagger): Labelled[] => rows.map((c) => ({ name: c.id, gold: c.keys, given: read.read(writtenText(c), TAG_THRESHOLD, MAX_TAGS, c.language).tags.map((t) => t.key) }));
    const alone = tagged(tagger);
    const without = tagged(learned);
    pooled.alone.push(...alone);
    pooled.without.push(...without);
    line(set, scoreTags(alone), scoreTags(without));
  }
  if (sets.length > 1) line(`**all ${sets.length} sets**`, scoreTags(pooled.alone), scoreTags(pooled.without));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const examples = trainingCourses();
  if (typeof examples === "string") {
    console.log(`courses: skipped, ${examples}.`);
    process.exit(process.argv.includes("--check") ? 0 : 1);
  }
  const leaving = process.argv.indexOf("--leave-out");
  if (leaving >= 0) leaveOut(examples, process.argv[leaving + 1] ?? "all");
  else if (process.argv.includes("--cross-validate")) crossValidate(examples);
  else if (process.argv.includes("--check")) {
    const same = readFileSync(COURSE_MODEL, "utf8") === courseModelFile(examples);
    console.log(same ? `${COURSE_MODEL} is what the labels give.` : `${COURSE_MODEL} differs from what the labels give: run npm run train:courses.`);
    process.exit(same ? 0 : 1);
  } else {
    writeFileSync(COURSE_MODEL, courseModelFile(examples));
    console.log(`Wrote ${COURSE_MODEL}.`);
  }
}
