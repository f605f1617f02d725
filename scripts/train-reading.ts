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
import { createRecommender, type Recommender } from "../src/core";
import { defaultCatalog, defaultTaxonomy } from "../src/data";
import { createFuzzyWords as typos } from "../src/needs/fuzzy";
import { createLearnedReading } from "../src/needs/learned";
import { share } from "../eval/metrics";
import { loadLabelled, pct, scoreReading, type LabelledStatement, type Reader, type ReadingScores } from "../eval/reading";
import { REVIEWS_FILE } from "../eval/reviews";
import { trainLearnedModel, TRAIN_DEFAULTS } from "./learn";

const asExample = (s: LabelledStatement) => ({ text: s.text, prefer: s.field === "pros" ? ("motivation" as const) : ("challenge" as const), keys: s.keys });
const keysOf = () => defaultTaxonomy.entries.map((entry) => entry.key);

export const MODEL_FILE = resolve(import.meta.dirname, "../data/model/en.json");

/** The model the labels' training split gives, as the file holds it. */
export function modelFile(train: readonly LabelledStatement[]): string {
  const model = trainLearnedModel(train.map(asExample), keysOf());
  const source = `npm run train:reading: ${train.length} hand-labelled review statements (training split of eval/labels/reviews.json); epochs ${TRAIN_DEFAULTS.epochs}, rate ${TRAIN_DEFAULTS.rate}, l2 ${TRAIN_DEFAULTS.l2}, weights below ${TRAIN_DEFAULTS.prune} left out`;
  // One key a line: the file diffs readably when the labels change.
  const keys = Object.entries(model.keys).map(([key, value]) => `    ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  return `{\n  "version": 1,\n  "language": "en",\n  "source": ${JSON.stringify(source)},\n  "keys": {\n${keys.join(",\n")}\n  }\n}\n`;
}

/**
 * Two folds of the training split, by a hash of each statement's text (so
 * one text said in several reviews never sits on both sides): each half is
 * read by a model trained on the other half and by the phrasings alone,
 * scored as `npm run eval` scores the splits. Prints precision, recall and
 * out of scope left unmatched for both, and how often a key the learned
 * reading added was accepted.
 */
function crossValidate(train: readonly LabelledStatement[]): void {
  const fold = (text: string) => {
    let h = 0;
    for (const c of text) h = (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0;
    return h % 2;
  };
  const phrasings = createRecommender({ catalog: defaultCatalog, taxonomy: defaultTaxonomy, typos });
  const folds = [0, 1].map((held) => {
    const model = trainLearnedModel(train.filter((s) => fold(s.text) !== held).map(asExample), keysOf());
    return createRecommender({ catalog: defaultCatalog, taxonomy: defaultTaxonomy, typos, learned: createLearnedReading(model) });
  });
  const readerOf =
    (pickFor: (text: string) => Recommender): Reader =>
    (text, prefer) =>
      pickFor(text).recommend(prefer === "motivation" ? { motivations: [text] } : { challenges: [text] }, { asOf: "2026-01-05" }).needs;
  const alone = readerOf(() => phrasings);
  const learned = readerOf((text) => folds[fold(text)]!);
  let added = 0;
  let addedRight = 0;
  for (const s of train) {
    const prefer = s.field === "pros" ? "motivation" : "challenge";
    const before = new Set(alone(s.text, prefer).map((need) => need.key));
    for (const { key } of learned(s.text, prefer)) {
      if (before.has(key)) continue;
      added++;
      if (s.keys.includes(key)) addedRight++;
    }
  }
  const line = (name: string, scores: ReadingScores) => `| ${name} | ${pct(scores.precision)} | ${pct(scores.recall)} | ${pct(scores.outOfScopeUnmatched)} |`;
  console.log(`Two folds of the training split (${train.length} statements), each read by a model trained on the other:\n`);
  console.log("| reading | key precision | recall | out of scope left unmatched |\n| --- | ---: | ---: | ---: |");
  console.log(line("phrasings alone", scoreReading(train, alone)));
  console.log(line("with the learned reading", scoreReading(train, learned)));
  console.log(`\nkeys the learned reading added: ${added}, accepted ${pct(share(addedRight, added))}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const labelled = loadLabelled();
  if (!labelled) {
    console.error(`The labelled statements' text is not there (${REVIEWS_FILE}): put shared/datasets beside the repository.`);
    process.exit(1);
  }
  const train = labelled.statements.filter((s) => s.split === "train");
  if (process.argv.includes("--cross-validate")) {
    crossValidate(train);
  } else {
    const built = modelFile(train);
    if (process.argv.includes("--check")) {
      const same = readFileSync(MODEL_FILE, "utf8") === built;
      console.log(same ? `${MODEL_FILE} is what the labels give.` : `${MODEL_FILE} differs from what the labels give: run npm run train:reading.`);
      process.exit(same ? 0 : 1);
    }
    writeFileSync(MODEL_FILE, built);
    console.log(`Wrote ${MODEL_FILE}.`);
  }
}
