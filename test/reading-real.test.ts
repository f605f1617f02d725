import { describe, expect, it } from "vitest";
import { createRecommender, type NeedKind, type Recommender } from "../src/index";
import { BANDS, loadLabelled, phrasingsAlone, scoreReading, type Reader } from "../eval/reading";
import { REVIEWS_FILE } from "../eval/reviews";

// The review text is not in this repository: it is read from the shared datasets when they are there.
const labelled = loadLabelled();
if (!labelled) console.warn(`reading-real.test.ts: skipped, ${REVIEWS_FILE} is not there (the labels in eval/labels/ need its text)`);

describe.skipIf(!labelled)("reading real people's words (hand-labelled review statements)", () => {
  // The body runs to collect the tests even when they are skipped: with no dataset there is nothing to score.
  const { statements, stale } = labelled ?? { statements: [], stale: [] };
  const recommender = createRecommender();
  const readerOf =
    (by: Recommender): Reader =>
    (text, prefer: NeedKind) =>
      by.recommend(prefer === "motivation" ? { motivations: [text] } : { challenges: [text] }, { asOf: "2026-01-05" }).needs;
  const read = readerOf(recommender);
  const train = scoreReading(
    statements.filter((s) => s.split === "train"),
    read,
  );
  const test = scoreReading(
    statements.filter((s) => s.split === "test"),
    read,
  );

  it("finds every labelled statement's text, unchanged, and keeps a third apart", () => {
    expect(stale).toEqual([]);
    expect(statements.length).toBeGreaterThanOrEqual(800);
    const share = test.statements / statements.length;
    expect(share).toBeGreaterThan(0.28);
    expect(share).toBeLessThan(0.38);
  });

  // On the test split only: the training split is read by the model that learned it, so its keys are right more often
  // than their confidence says. The bands' confidence comes from cross-validation on the training split instead, each
  // half read by a model trained on the other (npm run train:reading -- --cross-validate).
  it("gives a confidence an app can show: each band within 0.1 of its share right on the test split", () => {
    test.bins.forEach((bin, i) => {
      if (bin.keys < 20) return; // too few keys to say
      expect(Math.abs(bin.right - bin.meanConfidence), `${BANDS[i]!.label}: ${bin.keys} keys`).toBeLessThanOrEqual(0.1);
    });
  });

  // Floors, not targets (BENCHMARKS.md has the numbers and the targets): a change that falls below them reads worse.
  it("leaves out-of-scope statements unmatched and does not fall below today's precision and recall", () => {
    expect(test.outOfScopeUnmatched).toBeGreaterThanOrEqual(0.85);
    // 0.86 until a statement's further key needed log-odds 1.5 (87.4% → 89.7%); 0.89 until the bands were cut a quarter
    // of a log-odd wide (5 December, sixth round: 89.9% → 91.2%).
    expect(test.precision).toBeGreaterThanOrEqual(0.9);
    // 0.69 until the eighth set of statements written in English: the model learned from 3,600 more of them, which read
    // 2 points better on their test split, and the reviews' test recall went from 69.1% to 68.1% (BENCHMARKS.md). 0.68
    // until a statement's further key needed log-odds 1.5: 68.8% → 67.9%, for 2.3 points of precision. 0.67 until the
    // narrower bands left unsaid the keys from log-odds -1 to -0.5, right 60% of the time by writer: 69.6% → 66.5%.
    expect(test.recall).toBeGreaterThanOrEqual(0.65);
    // 0.9 and 0.78 until the sixth set, 0.89 and 0.74 until the seventh: each set made the train split larger (5,700,
    // 10,400, then 16,300 statements), a model fit to more reviews recalls less of its own training, and since the
    // seventh the English model weighs the statements people write about themselves three times against the reviews
    // (the test split, read by neither, is the measure; its floors above hold). Recall 0.7 until the eighth set of
    // statements written in English (69.99% after it).
    expect(train.precision).toBeGreaterThanOrEqual(0.9);
    expect(train.recall).toBeGreaterThanOrEqual(0.69);
  });

  // The learned reading (data/model/en.json) is trained on the train split only: the test split says what it adds on words it never saw.
  // Reads the 8,272 test statements once more: seconds, more on a busy machine.
  it("reads more of the test split with the learned reading than with the phrasings alone, at no lower precision", { timeout: 60_000 }, () => {
    const phrasings = scoreReading(
      statements.filter((s) => s.split === "test"),
      readerOf(phrasingsAlone()),
    );
    expect(test.recall - phrasings.recall).toBeGreaterThanOrEqual(0.03);
    expect(test.precision).toBeGreaterThanOrEqual(phrasings.precision);
  });
});
