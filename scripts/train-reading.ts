/**
 * Rebuilds `data/model/en.json`, the learned reading, from the hand-labelled
 * review statements' training split (`eval/labels/reviews.json`, the text
 * read from `../shared/datasets/employee-reviews.csv`; the test split is
 * never used). Pros are read as motivations, cons as challenges. The model
 * holds weights of single stemmed words, never the statements' text.
 *
 *   npm run train:reading            # writes data/model/en.json
 *   npm run train:reading -- --check # exits 1 when the file is not what the labels give
 *   npm run train:reading -- --cross-validate
 *     # two folds of the training split: each half read by a model trained on the other half,
 *     # beside the phrasings alone; how the matcher's LEARNED_* thresholds and confidence were chosen
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { createRecommender } from "../src/core";
import { defaultCatalog, defaultTaxonomy } from "../src/data";
import { createFuzzyWords as typos } from "../src/needs/fuzzy";
import { createLearnedReading } from "../src/needs/learned";
import { loadLabelled, type LabelledStatement } from "../eval/reading";
import { REVIEWS_FILE } from "../eval/reviews";
import { trainLearnedModel, TRAIN_DEFAULTS } from "./learn";

const asExample = (s: LabelledStatement) => ({ text: s.text, prefer: s.field === "pros" ? ("motivation" as const) : ("challenge" as const), keys: s.keys });
const keysOf = () => defaultTaxonomy.entries.map((entry) => entry.key);

export const MODEL_FILE = resolve(import.meta.dirname, "../data/model/en.json");

/** The model the labels give, as the file holds it; undefined when the dataset is not beside the repository. */
export function buildModel(): string | undefined {
  const labelled = loadLabelled();
  if (!labelled) return undefined;
  const train = labelled.statements.filter((s) => s.split === "train");
  const model = trainLearnedModel(train.map(asExample), keysOf());
  const source = `npm run train:reading: ${train.length} hand-labelled review statements (training split of eval/labels/reviews.json); epochs ${TRAIN_DEFAULTS.epochs}, rate ${TRAIN_DEFAULTS.rate}, l2 ${TRAIN_DEFAULTS.l2}, weights below ${TRAIN_DEFAULTS.prune} left out`;
  // One key a line: the file diffs readably when the labels change.
  const keys = Object.entries(model.keys).map(([key, value]) => `    ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  return `{\n  "version": 1,\n  "language": "en",\n  "source": ${JSON.stringify(source)},\n  "keys": {\n${keys.join(",\n")}\n  }\n}\n`;
}

/**
 * Two folds of the training split (by a hash of each statement's id): each
 * half is read by a model trained on the other half and by the phrasings
 * alone. Prints precision, recall and out of scope left unmatched for both,
 * and how often a key the learned reading added was accepted.
 */
function crossValidate(train: readonly LabelledStatement[]): void {
  const fold = (s: LabelledStatement) => {
    let h = 0;
    for (const c of s.id) h = (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0;
    return h % 2;
  };
  const phrasings = createRecommender({ catalog: defaultCatalog, taxonomy: defaultTaxonomy, typos });
  const keysFound = (recommender: typeof phrasings, s: LabelledStatement) =>
    recommender.recommend(s.field === "pros" ? { motivations: [s.text] } : { challenges: [s.text] }, { asOf: "2026-01-05" }).needs.map((need) => need.key);
  const tally = () => ({ right: 0, found: 0, inScope: 0, recalled: 0, outOfScope: 0, unmatched: 0 });
  const count = (t: ReturnType<typeof tally>, found: readonly string[], accepted: readonly string[]) => {
    if (accepted.length === 0) {
      t.outOfScope++;
      if (found.length === 0) t.unmatched++;
      return;
    }
    t.inScope++;
    t.found += found.length;
    t.right += found.filter((key) => accepted.includes(key)).length;
    if (found.some((key) => accepted.includes(key))) t.recalled++;
  };
  const alone = tally();
  const learned = tally();
  let added = 0;
  let addedRight = 0;
  for (const held of [0, 1]) {
    const model = trainLearnedModel(train.filter((s) => fold(s) !== held).map(asExample), keysOf());
    const recommender = createRecommender({ catalog: defaultCatalog, taxonomy: defaultTaxonomy, typos, learned: createLearnedReading(model) });
    for (const s of train.filter((s) => fold(s) === held)) {
      const before = keysFound(phrasings, s);
      const after = keysFound(recommender, s);
      count(alone, before, s.keys);
      count(learned, after, s.keys);
      for (const key of after.filter((key) => !before.includes(key))) {
        added++;
        if (s.keys.includes(key)) addedRight++;
      }
    }
  }
  const pct = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)}%`;
  const line = (name: string, t: ReturnType<typeof tally>) => `| ${name} | ${pct(t.right, t.found)} | ${pct(t.recalled, t.inScope)} | ${pct(t.unmatched, t.outOfScope)} |`;
  console.log(`Two folds of the training split (${train.length} statements), each read by a model trained on the other:\n`);
  console.log("| reading | key precision | recall | out of scope left unmatched |\n| --- | ---: | ---: | ---: |");
  console.log(line("phrasings alone", alone));
  console.log(line("with the learned reading", learned));
  console.log(`\nkeys the learned reading added: ${added}, accepted ${pct(addedRight, added)}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const built = buildModel();
  if (built === undefined) {
    console.error(`The labelled statements' text is not there (${REVIEWS_FILE}): put shared/datasets beside the repository.`);
    process.exit(1);
  }
  if (process.argv.includes("--cross-validate")) {
    crossValidate(loadLabelled()!.statements.filter((s) => s.split === "train"));
    process.exit(0);
  }
  if (process.argv.includes("--check")) {
    const same = readFileSync(MODEL_FILE, "utf8") === built;
    console.log(same ? `${MODEL_FILE} is what the labels give.` : `${MODEL_FILE} differs from what the labels give: run npm run train:reading.`);
    process.exit(same ? 0 : 1);
  }
  writeFileSync(MODEL_FILE, built);
  console.log(`Wrote ${MODEL_FILE}.`);
}
