/**
 * Rebuilds `data/model/en.json`, the learned reading, from the hand-labelled
 * review statements' training split (`eval/labels/reviews.json`, the text
 * read from `../shared/datasets/employee-reviews.csv`; the test split is
 * never used). Pros are read as motivations, cons as challenges. The model
 * holds weights of single stemmed words, never the statements' text.
 *
 *   npm run train:reading            # writes data/model/en.json
 *   npm run train:reading -- --check # exits 1 when the file is not what the labels give
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { defaultTaxonomy } from "../src/data";
import { loadLabelled } from "../eval/reading";
import { REVIEWS_FILE } from "../eval/reviews";
import { trainLearnedModel, TRAIN_DEFAULTS } from "./learn";

export const MODEL_FILE = resolve(import.meta.dirname, "../data/model/en.json");

/** The model the labels give, as the file holds it; undefined when the dataset is not beside the repository. */
export function buildModel(): string | undefined {
  const labelled = loadLabelled();
  if (!labelled) return undefined;
  const train = labelled.statements.filter((s) => s.split === "train");
  const model = trainLearnedModel(
    train.map((s) => ({ text: s.text, prefer: s.field === "pros" ? "motivation" : "challenge", keys: s.keys })),
    defaultTaxonomy.entries.map((entry) => entry.key),
  );
  const source = `npm run train:reading: ${train.length} hand-labelled review statements (training split of eval/labels/reviews.json); epochs ${TRAIN_DEFAULTS.epochs}, rate ${TRAIN_DEFAULTS.rate}, l2 ${TRAIN_DEFAULTS.l2}, weights below ${TRAIN_DEFAULTS.prune} left out`;
  // One key a line: the file diffs readably when the labels change.
  const keys = Object.entries(model.keys).map(([key, value]) => `    ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  return `{\n  "version": 1,\n  "language": "en",\n  "source": ${JSON.stringify(source)},\n  "keys": {\n${keys.join(",\n")}\n  }\n}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const built = buildModel();
  if (built === undefined) {
    console.error(`The labelled statements' text is not there (${REVIEWS_FILE}): put shared/datasets beside the repository.`);
    process.exit(1);
  }
  if (process.argv.includes("--check")) {
    const same = readFileSync(MODEL_FILE, "utf8") === built;
    console.log(same ? `${MODEL_FILE} is what the labels give.` : `${MODEL_FILE} differs from what the labels give: run npm run train:reading.`);
    process.exit(same ? 0 : 1);
  }
  writeFileSync(MODEL_FILE, built);
  console.log(`Wrote ${MODEL_FILE}.`);
}
