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

describe("reading Spanish, French, German and written English on the held-back test split", () => {
  // Each language reads its 4,700–6,500 test statements twice. German's first reading alone took 54 s while two training
  // jobs shared the machine's two cores, and the whole test passed 60 s. The timeout only keeps a hung run from waiting
  // for ever; it times nothing.
  it.each(LANGUAGE_CODES)("%s: precision and recall stay above their floors, and the learned reading is far more precise than the phrasings alone at no less recall", { timeout: 180_000 }, (code) => {
    const test = loadLanguage(code).filter((s) => s.split === "test");
    const learned = scoreLanguage(withLearned, test, code, asOf);
    const alone = scoreLanguage(phrasingsAlone, test, code, asOf);
    expect(learned.precision).toBeGreaterThanOrEqual(0.84);
    // A third of the fifth batch, by writers no model has read a line of, joined the split: German recall there is 65%.
    expect(learned.recall).toBeGreaterThanOrEqual(0.7);
    expect(learned.negatedLeftAlone).toBeGreaterThanOrEqual(0.8);
    expect(learned.precision - alone.precision).toBeGreaterThanOrEqual(0.1);
    expect(learned.recall).toBeGreaterThanOrEqual(alone.recall);
  });

  // What people write about themselves in English, read by the model that learned from the training split of these
  // statements and from the reviews: 84.8% / 66.7% / 82.1% (BENCHMARKS.md). Recall was 62.3% while the model's pull to
  // zero kept it from learning them (l2 0.0005, before 5 December, fourth round): the floor says so.
  it("en (written statements): precision and recall stay above their floors, above the phrasings alone", { timeout: 180_000 }, () => {
    const test = loadLanguage("en").filter((s) => s.split === "test");
    const learned = scoreLanguage(withLearned, test, "en", asOf);
    const alone = scoreLanguage(phrasingsAlone, test, "en", asOf);
    expect(test.length).toBeGreaterThan(3000);
    expect(learned.precision).toBeGreaterThanOrEqual(0.8);
    expect(learned.recall).toBeGreaterThanOrEqual(0.64);
    expect(learned.negatedLeftAlone).toBeGreaterThanOrEqual(0.78);
    expect(learned.precision - alone.precision).toBeGreaterThanOrEqual(0.1);
    expect(learned.recall).toBeGreaterThanOrEqual(alone.recall);
  });
});
