/**
 * The Spanish, French, German and English readings on the hand-written statements'
 * test split (`eval/labels/lang`, a third by hash, never tuned on): floors
 * under what `npm run eval` reports in BENCHMARKS.md, and what the learned
 * readings add to the phrasings alone. The statements are in the
 * repository, so this runs everywhere.
 */
import { describe, expect, it } from "vitest";
import { LANGUAGE_CODES, loadLanguage, scoreLanguage } from "../eval/languages";
import { phrasingsAlone as phrasingsOnly } from "../eval/reading";
import { createRecommender } from "../src/index";

const asOf = "2026-01-05";
const withLearned = createRecommender();
const phrasingsAlone = phrasingsOnly();

/**
 * Each language's floors under its test split: precision, recall, negated statements read without a wrong need, and
 * how many test statements it must hold.
 * - Spanish, French, German: 90.7% / 79.3% / 91.3%, 90.5% / 82.3% / 89.3%, 91.1% / 79.6% / 90.2% since the bands
 *   were cut a quarter of a log-odd wide (5 December, sixth round; 90.1% / 80.5%, 90.5% / 82.4%, 90.3% / 80.9% before).
 *   Spanish and German recall was 76.5% and 76.6% when their models left out the weights under 0.25: the recall floor
 *   says so. The split holds a third of every batch, the later ones by writers whose statements read worst (German
 *   recall on its newest writers' part was 65%).
 * - English, what people write about themselves, read by the model that learned from the training split of these
 *   statements and from the reviews: 87.1% / 61.5% / 84.9% since the narrower bands (84.8% / 66.7% / 82.1% before:
 *   keys from log-odds -1 to -0.5 were listed at 0.67, and by writer they came out right 60% of the time, under a
 *   plan's minConfidence). Precision's floor rose with it; recall's fell to 0.6.
 */
const FLOORS = [
  ...LANGUAGE_CODES.map((code) => ({ code, precision: 0.88, recall: 0.78, negated: 0.86, statements: 4000 })),
  { code: "en" as const, precision: 0.85, recall: 0.6, negated: 0.82, statements: 3000 },
];

describe("reading Spanish, French, German and written English on the held-back test split", () => {
  // Each language reads its 3,800–6,500 test statements twice. German's first reading alone took 54 s while two training
  // jobs shared the machine's two cores, and the whole test passed 60 s. The timeout only keeps a hung run from waiting
  // for ever; it times nothing.
  it.each(FLOORS)("$code: precision and recall stay above their floors, and the learned reading is far more precise than the phrasings alone at no less recall", { timeout: 180_000 }, (floor) => {
    const test = loadLanguage(floor.code).filter((s) => s.split === "test");
    const learned = scoreLanguage(withLearned, test, floor.code, asOf);
    const alone = scoreLanguage(phrasingsAlone, test, floor.code, asOf);
    expect(test.length).toBeGreaterThan(floor.statements);
    expect(learned.precision).toBeGreaterThanOrEqual(floor.precision);
    expect(learned.recall).toBeGreaterThanOrEqual(floor.recall);
    expect(learned.negatedLeftAlone).toBeGreaterThanOrEqual(floor.negated);
    expect(learned.precision - alone.precision).toBeGreaterThanOrEqual(0.1);
    expect(learned.recall).toBeGreaterThanOrEqual(alone.recall);
  });
});
