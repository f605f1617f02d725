/**
 * Rebuilds the learned readings, `data/model/<language>.json`, from the
 * training split of hand-labelled statements (the test split is never used):
 *
 * - English (`en`): review statements (`eval/labels/reviews.json`, the text
 *   read from `../shared/datasets/employee-reviews.csv`; pros are read as
 *   motivations, cons as challenges) and statements written and labelled by
 *   hand (`eval/labels/lang/en.json`).
 * - Spanish, French, German (`es`, `fr`, `de`): statements written in each
 *   language and labelled by hand (`eval/labels/lang/<language>.json`), read
 *   in the field they were written in, their words read by the language's
 *   own rules.
 *
 * A model holds weights of single stemmed words, never the statements' text.
 *
 *   npm run train:reading                      # writes every model whose labels' text is here
 *   npm run train:reading -- --language de     # one language
 *   npm run train:reading -- --check           # exits 1 when a file is not what the labels give
 *   npm run train:reading -- --cross-validate  # two folds of each training split by writer, each half
 *     # read by a model trained on the other half, beside the phrasings alone: how the learned
 *     # reading's thresholds and confidence were chosen
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { createRecommender, type Recommender } from "../src/core";
import { prepare } from "../src/recommender";
import type { Matcher } from "../src/needs/matcher";
import { defaultCatalog, defaultTaxonomy } from "../src/data";
import { createFuzzyWords as typos } from "../src/needs/fuzzy";
import { compileGrammar } from "../src/needs/grammar";
import { createLearnedReading, type LearnedModel } from "../src/needs/learned";
import { packedModelText } from "../src/needs/packed";
import type { NeedKind } from "../src/schema/taxonomy";
import { de } from "../src/lang/de";
import { es } from "../src/lang/es";
import { fr } from "../src/lang/fr";
import type { LanguagePack } from "../src/schema/language";
import { share } from "../eval/metrics";
import { LANGUAGE_CODES, loadLanguage, scoreLanguage, type LanguageStatement } from "../eval/languages";
import { loadLabelled, pct, scoreReading, type LabelledStatement, type Reader, type ReadingScores } from "../eval/reading";
import { REVIEWS_FILE } from "../eval/reviews";
import { foldOf, poolAdjacent, taxonomyTerms, trainLearnedModel, TRAIN_DEFAULTS, type LearnedExample, type TrainLanguage, type TrainOptions } from "./learn";

const PACKS: Record<(typeof LANGUAGE_CODES)[number], LanguagePack> = { es, fr, de };
const CODES = ["en", ...LANGUAGE_CODES] as const;
type Code = (typeof CODES)[number];

export const modelPath = (code: Code) => resolve(import.meta.dirname, `../data/model/${code}.json`);
const keysOf = () => defaultTaxonomy.entries.map((entry) => entry.key);
const ASOF = "2026-01-05";

const kindOf = (field: string): NeedKind | undefined => (field === "pros" || field === "motivations" ? "motivation" : field === "goals" ? undefined : "challenge");

/** A recommender for each statement: the one that reads it (in cross-validation, the model trained on the other half). */
type PickFor = (text: string) => Recommender;

/**
 * How the models are trained: on several thousand statements, so each
 * weight takes AdaGrad steps and small weights are left out (a model is
 * data a screen downloads). Chosen by cross-validation on the training
 * splits, folded by writer (`fold`). Precision / recall of the statements
 * written in German, each half read by a model that never saw its writers
 * (the training split with the sixth batch; the weights a file keeps, by
 * their size before rounding to one decimal, and the Spanish file gzipped):
 * - l2 0.0005, from 0.15 (chosen when the folds were by text and the splits
 *   a third the size): 86.0 / 70.9, 70 kB;
 * - l2 0.002: 81.4 / 68.0 on the split of the round before (87.2 / 71.7 at
 *   l2 0.0005): a stronger pull to zero loses the words only a few writers used;
 * - l2 0.0001, from 0.05: 87.4 / 77.8 (from 0.1, 285 kB); from 0.15: 87.9
 *   / 75.3, 192 kB; from 0.25 (this one): 87.0 / 74.6, 109 kB; from 0.35:
 *   86.3 / 73.3, 67 kB. Spanish and French, from 0.1, on the split before
 *   the last writers of the batch: 86.6 / 70.0 → 87.8 / 74.8 and 87.4 /
 *   70.9 → 88.2 / 78.4.
 *
 * Word dropout (`dropout`: each pass leaves out that share of a statement's
 * words) was tried on the training splits with the eighth set, by the same
 * folds, precision / recall, none → 0.15:
 * - Spanish 87.3 / 71.1 → 88.1 / 71.1; French 87.2 / 76.0 → 87.9 / 76.6;
 *   German 87.7 / 70.9 → 88.0 / 71.4 (this one: 0.15);
 * - Spanish at 0.3: 88.6 / 70.6, at 0.5: 87.6 / 68.4; at 0.3 with no l2:
 *   89.6 / 66.5 (its log-odds shrink, and fewer keys reach a band);
 * - scaling each word by its naive Bayes log-ratio, so a telling word
 *   needs less weight: Spanish 86.9 / 66.4, and 87.5 / 71.4 with dropout
 *   0.15. Dropped.
 *
 * Measured again with the eighth sets (5 December, fifth round; folds by
 * writer, precision / recall / negated with no wrong need), keeping weights
 * from 0.25, 0.15 and 0.1:
 * - Spanish 90.4 / 71.5 / 93.2, 89.1 / 75.5 / 91.6, 89.7 / 75.3 / 92.2;
 * - French 89.4 / 76.5 / 91.1, 90.3 / 77.3 / 91.4, 89.1 / 80.1 / 90.2;
 * - German 90.6 / 72.8 / 92.2, 89.2 / 76.5 / 90.7, 91.5 / 73.4 / 92.6.
 * Below 0.25 each language finds one to four more needs in a hundred; how
 * many of those a careful reader accepts moves a point or two either way
 * from one setting to the next, with no order (German reads more precisely
 * from 0.1 than from 0.15 or 0.25). The harmonic mean of precision and
 * recall, averaged over the three: 81.0 from 0.25, 82.5 from 0.15, 82.6
 * from 0.1. From 0.1 reads no better than from 0.15 for files half as
 * large again: from 0.15 (this one, as English), the French file was 241
 * kB gzipped instead of 130 kB (363 kB from 0.1), written feature by
 * feature; with its weights packed (`src/needs/packed.ts`) it is 141 kB.
 *
 * Pairs of stems side by side as features of their own ("pay>rais"),
 * beside the stems, tried on 8 December (twenty-second round) by the same
 * folds, precision / recall / negated with no wrong need: Spanish 90.3 /
 * 74.1 / 92.7 → 90.5 / 74.3 / 92.6; English reviews 91.0 / 67.4 → 90.0 /
 * 69.4 (out of scope left unmatched 92.0 → 89.2), written in English
 * 85.6 / 56.9 → 83.2 / 57.9. Each band of log-odds came out more often
 * right, but fewer keys reached the high bands, so a plan read as many
 * needs as before; in English a point of precision went for a point or two
 * of recall. Not kept: a larger file for a move along the same line.
 */
const DECIDING: TrainOptions = { adaptive: true, rate: 0.3, epochs: 200, l2: 0.0001, prune: 0.15, decimals: 1, dropout: 0.15 };
// German writes compounds, and a statement's compound is often one no training statement had ("Gehaltsband",
// "Teamleiterstellen"): its model also meets such a compound by its parts among the stems it saw alone
// (`partsVocabulary`, `compoundSplitter`), as the phrasings do. By the same folds, precision / recall / negated with no
// wrong need: 88.5 / 71.6 / 91.0 without, 88.3 / 72.5 / 91.7 with parts (the file keeps the 3,300-odd stems).
/**
 * English learns mostly from reviews, short and said of a company, beside
 * statements written by writers. By the
 * same folds, reviews (precision / recall / out of scope left unmatched)
 * then written statements (precision / recall):
 * - l2 0.0005, from 0.15: 86.8 / 64.6 / 90.1, 76.5 / 48.0;
 * - l2 0.0001, from 0.15: 85.4 / 68.1 / 87.3, 77.7 / 54.5; from 0.25:
 *   87.1 / 64.4 / 90.4, 78.7 / 46.9;
 * - l2 0.0002, from 0.15: 87.2 / 65.6 / 92.4, 81.2 / 49.3, better on each
 *   figure but a file twice the size (201 kB gzipped, 92 kB); from 0.25:
 *   85.5 / 66.9 / 88.8, 76.1 / 50.9.
 * Trained at l2 0.0002 with the seventh review set (every review labelled),
 * the file was 192 kB gzipped against 56 kB, and its bands were calibrated
 * lower (log-odds 1 to 2: 0.82 against 0.85; 0.5 to 1: 0.74 against 0.76),
 * so a plan asked about needs it acts on at 0.0005 ("learn SQL for our
 * reporting work", "too many meetings, I never get real work done"): it
 * lists more keys and acts on fewer. English kept 0.0005.
 *
 * Word dropout 0.15, which read the other languages a little better, read
 * English worse by the same folds (reviews 86.9 / 68.5 / 88.8 → 87.3 / 67.9
 * / 88.9, written statements 79.5 / 58.3 → 78.9 / 57.1): English, held
 * back by its stronger l2 already, keeps every word in every pass.
 *
 * Measured again with every review labelled and the eighth English set
 * (5 December, fourth round; folds by writer, same figures): l2 0.0005
 * from 0.15 read 89.8 / 69.0 / 88.9, 81.5 / 58.5; 0.0003 from 0.15
 * (this one) 89.7 / 70.1 / 88.7, 82.5 / 61.2; 0.0002 from 0.15 89.2 /
 * 71.0 / 88.2, 82.9 / 63.1; 0.0002 from 0.2 89.2 / 70.8 / 88.3, 82.2 /
 * 62.2; from 0.25 89.4 / 70.6 / 88.0, 81.3 / 60.9; 0.0001 from 0.25 (the
 * other languages' settings) 88.3 / 71.8 / 87.2, 81.3 / 63.5. The pull to
 * zero chosen when reviews were most of what English learned from kept
 * the written statements, what people write about themselves, from being
 * learned: the model trained on them found a need in 71.6% of those that
 * name one (84.0% at 0.0003). 0.0003 reads them better on every figure and
 * the reviews with more recall at a tenth of a point of precision; 0.0002
 * reads more still, at half a point of the reviews' precision, the one
 * target in reach. Counting only the needs a plan acts on (not those it
 * asks about), by the same folds: reviews 91.0 / 60.2 → 90.7 / 62.3,
 * written statements 86.5 / 44.4 → 87.2 / 47.6, with 8% fewer questions.
 * Statements made of a phrasing and little else lean a little less on the
 * phrasings and more on their words ("I look after my elderly parents",
 * "I doubt myself a lot" fell from log-odds just above 0 to just below):
 * the generated personas' plans ask about 73 needs instead of 65.
 */
const DECIDING_ENGLISH: TrainOptions = { ...DECIDING, l2: 0.0003, prune: 0.15, dropout: 0 };
/**
 * A deciding model reads its likeliest key from these log-odds on, and a
 * further key from `FURTHER` on; the confidence of each band (from `min`
 * up to the next band) is the share of its keys a careful reader accepted
 * in cross-validation. Chosen by cross-validation on the training splits.
 * The band from 0 to 1 is cut at 0.5: with the larger training splits its
 * keys were right about three times in four in English, so the keys of a
 * plain "learn SQL for our reporting work" (0.8) and of a guess (0.2) fell
 * on both sides of a plan's line between acting and asking (`UNSURE_BELOW`,
 * 0.75) with one confidence; cut, each half has its own. The band from
 * −1 to 0 is cut at −0.5 for the same reason at the other line, between
 * asking and leaving words unmatched (`minConfidence`, 0.62): calibrated
 * by writer, the English band came out right 61% of the time, and every
 * key in it, the likelier half too, went unsaid.
 *
 * From 0.5 down to −2 the bands are a quarter of a log-odd wide (5 December,
 * sixth round). Half a log-odd wide, a band holding a plan's line held some
 * 450 Spanish keys: the reading's fixes of that round moved the Spanish band
 * from −1.5 to −1 from 62% accepted to 61%, and every key in it went from
 * asked about to unsaid, three points of recall gone for a change that
 * touched a few dozen statements. A quarter wide, the line falls between
 * smaller bands, so a small change moves few keys across it; each band
 * still holds 150 to 600 keys in cross-validation.
 *
 * `FURTHER` was 0 until the cross-validation by writer showed what a
 * statement's further keys from log-odds 0 to 1.5 cost: they were right
 * far less often than its likeliest key, and seldom the only right one.
 * By the same folds, precision / recall from a further key at 0, 0.5, 1,
 * 1.5 and 2 (and with none at all):
 * - reviews 87.1 / 69.6, 88.4 / 69.1, 89.1 / 68.8, 89.6 / 68.7, 89.8 /
 *   68.7 (89.7 / 68.5); written in English 79.4 / 58.4, 80.6 / 58.1, 81.2
 *   / 58.0, 81.5 / 58.0, 81.5 / 57.9 (81.6 / 57.8);
 * - Spanish 88.5 / 71.3, 89.6 / 71.1, 90.2 / 71.0, 90.5 / 71.0, 90.5 /
 *   70.9 (90.6 / 70.9); German, with compounds by their parts, 88.3 /
 *   72.5, 89.4 / 72.2, 90.1 / 72.1, 90.5 / 72.0, 90.6 / 72.0 (90.7 / 71.9).
 * From 1.5 on a further key gains little precision and costs recall.
 * "Long hours, low pay." still gets both needs; a second need said in the
 * same German sentence ("Ständig Überstunden, ich bin total ausgebrannt":
 * overtime) may fall under 1.5 and is left out.
 */
const BAND_MINS = [2, 1, 0.5, 0.25, 0, -0.25, -0.5, -0.75, -1, -1.25, -1.5, -1.75, -2, -2.5, -3] as const;
const FURTHER = 1.5;

interface ScoreRow {
  readonly set: string;
  readonly precision: number;
  readonly recall: number;
  readonly third: readonly [string, number];
}

/** One language's training material and how it is scored. */
interface Source {
  readonly code: Code;
  readonly language: TrainLanguage;
  readonly describe: string;
  readonly examples: readonly LearnedExample[];
  /** How its model is trained. */
  readonly options: TrainOptions;
  /** Precision, recall and a third figure (its name and value) over each set of the training split, each statement read by `pick`'s recommender. */
  readonly score: (pick: PickFor) => ScoreRow[];
}

/** The statement of a one-statement profile: what `pick` chooses a recommender by. */
const onlyStatement = (profile: unknown): string => {
  const fields = profile as { motivations?: string[]; challenges?: string[]; goals?: string[] };
  return (fields.motivations ?? fields.challenges ?? fields.goals ?? [""])[0]!;
};

/** The recommender's matcher before any learned reading, in one language: the phrasings' reading a deciding model is trained on. */
function phrasingsReader(code: Code): Matcher {
  return prepare({ catalog: defaultCatalog, taxonomy: defaultTaxonomy, typos, languages: [es, fr, de] }).matcher.localized({ language: code });
}

/** Labelled statements as a deciding model's examples: each with the phrasings' reading in `code` (their confidence in each key they found, and whether they read some need as no trouble). */
function decidingExamples(code: Code, statements: ReadonlyArray<{ readonly text: string; readonly field: string; readonly keys: readonly string[] }>): LearnedExample[] {
  const reader = phrasingsReader(code);
  return statements.map(({ text, field, keys }) => {
    const prefer = kindOf(field);
    return { text, prefer, keys, phrasings: new Map(reader.candidates(text, prefer).map((m) => [m.key, m.confidence] as const)), fine: reader.fine(text, prefer).length > 0 };
  });
}

/** Statements written and labelled by hand in one language (`eval/labels/lang/<code>.json`), training split only, with how a recommender reads them. */
function writtenTraining(code: Code): { statements: LanguageStatement[]; score: (pick: PickFor) => ScoreRow } {
  const statements = loadLanguage(code).filter((s) => s.split === "train");
  return {
    statements,
    score(pick) {
      const scores = scoreLanguage({ recommend: (profile, options) => pick(onlyStatement(profile)).recommend(profile, options) }, statements, code, ASOF);
      return { set: `written in ${code}`, precision: scores.precision, recall: scores.recall, third: ["negated: no wrong need", scores.negatedLeftAlone] };
    },
  };
}

/**
 * How many times each statement written in English counts in the English
 * model's training and in its bands' calibration. Plans read what people
 * write about themselves, and the reviews, said of a company and three
 * times as many, pulled the model towards their own words: with every
 * review labelled, the written statements' test split read worse than
 * before (75.9% / 59.9% → 74.3% / 57.6%) and the generated personas' plans
 * asked about 195 needs instead of 152. Chosen by cross-validation by
 * writer on the training splits (reviews: precision / recall / out of scope
 * left unmatched; written statements: precision / recall / negated, no
 * wrong need):
 * - once: 86.1 / 70.8 / 87.4, 73.1 / 54.0 / 74.8;
 * - twice: 86.4 / 70.0 / 87.7, 75.9 / 57.1 / 76.9;
 * - three times (this one): 86.5 / 69.2 / 88.0, 77.9 / 58.4 / 78.3: the
 *   most recall over both, and more precision on both, for a point and a
 *   half of the reviews' recall.
 * Checked again when 3,600 more written statements (an eighth set, six new
 * writers) joined the training split: twice 86.7 / 69.4 / 88.3, 77.5 / 57.3
 * / 78.9; three times (kept) 86.9 / 68.5 / 88.8, 79.0 / 58.5 / 79.7.
 * And on 8 December (twenty-second round), with 7,358 written statements:
 * three times 91.0 / 67.4 / 92.0, 85.6 / 56.9 / 86.4; four times 89.8 /
 * 69.3 / 89.6, 83.9 / 62.4 / 85.3; five times 89.8 / 69.0 / 89.8, 83.7 /
 * 62.5 / 84.8. The recall gained at four is mostly one band: keys from
 * log-odds −1 to −0.75 were accepted 59% of the time, under the 0.62 a
 * need is read at, and 64% at four times, where the written statements
 * weigh more in the count, and the reviews lose 1.2 points of precision,
 * the target in reach, for 1.9 of recall. Kept at three.
 */
const WRITTEN_WEIGHT = 3;

function englishSource(): Source | string {
  const labelled = loadLabelled();
  if (!labelled) return `the labelled statements' text is not there (${REVIEWS_FILE}): put shared/datasets beside the repository`;
  const train = labelled.statements.filter((s) => s.split === "train");
  const written = writtenTraining("en");
  noteWriters(written.statements, writtenBy);
  noteWriters(train, reviewOf);
  const read =
    (recommender: Recommender): Reader =>
    (text, prefer) =>
      recommender.recommend(prefer === "motivation" ? { motivations: [text] } : { challenges: [text] }, { asOf: ASOF }).needs;
  return {
    code: "en",
    language: { code: "en", terms: taxonomyTerms(defaultTaxonomy.entries) },
    describe: `${train.length} hand-labelled review statements (training split of eval/labels/reviews.json) and ${written.statements.length} statements written and labelled by hand (training split of eval/labels/lang/en.json), each counted ${WRITTEN_WEIGHT} times`,
    examples: decidingExamples("en", [...train, ...Array.from({ length: WRITTEN_WEIGHT }, () => written.statements).flat()]),
    // English decides, as the other languages do, trained on both kinds of statement. Measured by cross-validation on the
    // training splits of the reviews and of the statements written in English (eval/labels/lang/en.json), reviews then
    // written statements, precision / recall:
    // - the model that amended (the built-in one until this one; weights from 0.3): 83.5% / 68.3%, 59.3% / 48.0%;
    // - one that decides, weights from 0.3: 86.6% / 68.6%, 74.5% / 49.7%; from 0.15 (this one): 87.1% / 69.4%,
    //   77.4% / 54.7%; from 0.1: 87.1% / 69.1%, 78.3% / 55.2%, for a larger file;
    // - keeping a key the phrasings were sure of (0.8 or 0.9) that it turned down: such keys were accepted 17% to 54% of
    //   the time, so it does not;
    // - it was held back earlier because a model that decides, trained on reviews alone, turned down first-person
    //   statements the phrasings read right; trained on both kinds, the generated personas' intended key (npm run eval)
    //   goes from 818 to 803 of 958.
    options: DECIDING_ENGLISH,
    score(pick) {
      const scores: ReadingScores = scoreReading(train, (text, prefer) => read(pick(text))(text, prefer));
      return [{ set: "reviews", precision: scores.precision, recall: scores.recall, third: ["out of scope left unmatched", scores.outOfScopeUnmatched] }, written.score(pick)];
    },
  };
}

function languageSource(code: (typeof LANGUAGE_CODES)[number]): Source {
  const pack = PACKS[code];
  const written = writtenTraining(code);
  const train = written.statements;
  noteWriters(train, writtenBy);
  const grammar = compileGrammar(code, pack.reading);
  // The terms of the taxonomy as the pack names its needs ("pensamiento crítico", "fehlende Anerkennung").
  const named = defaultTaxonomy.entries.flatMap((entry) => (pack.needs[entry.key] ? [{ key: entry.key, ...pack.needs[entry.key]! }] : []));
  return {
    code,
    language: { code, grammar, terms: taxonomyTerms(named, grammar) },
    describe: `${train.length} statements written and labelled by hand (training split of eval/labels/lang/${code}.json)`,
    examples: decidingExamples(code, train),
    options: DECIDING,
    score: (pick) => [written.score(pick)],
  };
}

/**
 * Who wrote each training text: a written statement's writer (its id
 * without the number, "de5-3"), a review statement's review (its row).
 * The first writer of a text said several times counts.
 */
const writers = new Map<string, string>();
function noteWriters(statements: ReadonlyArray<{ readonly id: string; readonly text: string }>, writerOf: (id: string) => string): void {
  for (const { id, text } of statements) if (!writers.has(text)) writers.set(text, writerOf(id));
}
const writtenBy = (id: string) => id.replace(/-\d+$/, "");
const reviewOf = (id: string) => `review ${id.split(":")[0]}`;

/**
 * A statement's fold in cross-validation, by a hash of its writer: each
 * half is read by a model that learned nothing from its writers, as the
 * statements of people none of us has seen will be (folds by text let a
 * model learn a writer's turns of phrase from one half and meet them in the
 * other, and made its bands a little too sure). One text said several
 * times never sits on both sides.
 */
const fold = (text: string): number => foldOf(writers.get(text) ?? text, 2);

/** Two models, each trained on one half of the training split (fold 0's model read fold 1, and the other way round). */
function foldModels(source: Source): LearnedModel[] {
  return [0, 1].map((held) => trainLearnedModel(source.examples.filter((example) => fold(example.text) !== held), keysOf(), source.options, source.language));
}

const fieldOf = (prefer: NeedKind | undefined) => (prefer === "motivation" ? "motivations" : prefer === "challenge" ? "challenges" : "goals");
const profileOf = (source: Source, example: LearnedExample) => ({ ...(source.code === "en" ? {} : { language: source.code }), [fieldOf(example.prefer)]: [example.text] });

type Band = { readonly min: number; readonly confidence: number };

/** Two sets of stand-in confidences for the bands, all above a plan's minimum and in the bands' order, so both readings keep the same needs. */
const STAND_INS = [(i: number) => 0.99 - i * 0.01, (i: number) => 0.985 - i * 0.01] as const;

/**
 * A deciding model's bands: each one's confidence is the share of the keys
 * read in it that a careful reader accepted, when each half of the
 * training split is read by the model trained on the other half.
 *
 * A plan's needs tell their band only by their confidence, so each half is
 * read twice, with two sets of stand-in confidences (`STAND_INS`): a need
 * is in band i when it carries the first set's i-th stand-in in one reading
 * and the second set's in the other. A statement that is one whole phrasing
 * keeps the phrasings' own confidence (`onePhrasing` in
 * `src/needs/learned.ts`) whatever the bands say, and a single set of
 * stand-ins could not tell it from a band: 0.95 and 0.94, the commonest,
 * were exactly two stand-ins in floating point, and such readings, right
 * about 19 times in 20, made those bands look surer than the model's own
 * keys in them (BENCHMARKS.md, "A fault in how the bands are calibrated").
 * Needs that change with neither set are counted in the last place: read
 * by the phrasings alone.
 */
function calibrate(source: Source, models: readonly LearnedModel[]): { bands: Band[]; read: number[]; right: number[] } {
  const read = [...BAND_MINS.map(() => 0), 0];
  const right = [...BAND_MINS.map(() => 0), 0];
  const [first, second] = STAND_INS.map((standIn) => {
    const marks = BAND_MINS.map((min, i) => ({ min, confidence: standIn(i) }));
    return models.map((model) => recommender([{ ...model, decide: { bands: marks, further: FURTHER } }]));
  }) as [Recommender[], Recommender[]];
  for (const example of source.examples) {
    const profile = profileOf(source, example);
    const again = new Map(second[fold(example.text)]!.recommend(profile, { asOf: ASOF }).needs.map((need) => [need.key, need.confidence] as const));
    for (const need of first[fold(example.text)]!.recommend(profile, { asOf: ASOF }).needs) {
      const mark = BAND_MINS.findIndex((_, i) => need.confidence === STAND_INS[0](i) && again.get(need.key) === STAND_INS[1](i));
      const band = mark < 0 ? BAND_MINS.length : mark;
      read[band]!++;
      if (example.keys.includes(need.key)) right[band]!++;
    }
  }
  const pooled = poolAdjacent(read.slice(0, BAND_MINS.length), right.slice(0, BAND_MINS.length));
  return { bands: BAND_MINS.map((min, i) => ({ min, confidence: Math.round(pooled[i]! * 100) / 100 })), read, right };
}

/** The model a language's training split gives, as the file holds it: weights packed, one key a line, so it diffs by key when the labels change. */
export function modelFile(source: Source): string {
  const model = trainLearnedModel(source.examples, keysOf(), source.options, source.language);
  const settings = { ...TRAIN_DEFAULTS, ...source.options };
  const how = `${settings.adaptive ? "AdaGrad, " : ""}epochs ${settings.epochs}, rate ${settings.rate}, l2 ${settings.l2}, weights below ${settings.prune} left out`;
  const text = `npm run train:reading: ${source.describe}; ${how}; bands from two-fold cross-validation by writer on the same split`;
  const decide = { bands: calibrate(source, foldModels(source)).bands, further: FURTHER };
  return packedModelText({ version: 1, language: model.language, source: text, ...(model.parts ? { parts: model.parts } : {}), ...(model.terms ? { terms: model.terms } : {}), fields: model.fields, decide }, model.keys, model.nothing);
}

/** Every recommender of the comparison reads the four languages; only the learned readings differ. */
function recommender(learned: readonly LearnedModel[]): Recommender {
  return createRecommender({ catalog: defaultCatalog, taxonomy: defaultTaxonomy, typos, languages: [es, fr, de], learned: learned.map(createLearnedReading) });
}

/**
 * Two folds of a training split: each half is read by a model trained on
 * the other half and by the phrasings alone, scored as `npm run eval`
 * scores the splits. Prints both, how often a key the learned reading added
 * was accepted, and the model's bands.
 */
function crossValidate(source: Source): void {
  const models = foldModels(source);
  const calibrated = calibrate(source, models);
  const alone = recommender([]);
  const learned = models.map((model) => recommender([{ ...model, decide: { bands: calibrated.bands, further: FURTHER } }]));
  const byFold: PickFor = (text) => learned[fold(text)]!;
  let added = 0;
  let addedRight = 0;
  for (const example of source.examples) {
    const profile = profileOf(source, example);
    const had = new Set(alone.recommend(profile, { asOf: ASOF }).needs.map((need) => need.key));
    for (const { key } of byFold(example.text).recommend(profile, { asOf: ASOF }).needs) {
      if (had.has(key)) continue;
      added++;
      if (example.keys.includes(key)) addedRight++;
    }
  }
  const before = source.score(() => alone);
  const after = source.score(byFold);
  const line = (name: string, scores: ScoreRow) => `| ${scores.set} | ${name} | ${pct(scores.precision)} | ${pct(scores.recall)} | ${scores.third[0]}: ${pct(scores.third[1])} |`;
  console.log(`\n${source.code}: two folds of the training split (${source.examples.length} statements), each read by a model trained on the other:\n`);
  console.log(`| statements | reading | key precision | recall | third |\n| --- | --- | ---: | ---: | --- |`);
  before.forEach((row, i) => {
    console.log(line("phrasings alone", row));
    console.log(line("with the learned reading", after[i]!));
  });
  console.log(`\nkeys the learned reading added: ${added}, accepted ${pct(share(addedRight, added))}`);
  console.log(`\n| log-odds from | keys read | accepted (the band's confidence) |\n| ---: | ---: | ---: |`);
  calibrated.bands.forEach((band, i) => console.log(`| ${band.min} | ${calibrated.read[i]} | ${pct(band.confidence)} |`));
  const rest = calibrated.bands.length;
  if (calibrated.read[rest]! > 0) console.log(`| (read by the phrasings alone: read as another language) | ${calibrated.read[rest]} | ${pct(share(calibrated.right[rest]!, calibrated.read[rest]!))} |`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const at = process.argv.indexOf("--language");
  const only = at >= 0 ? process.argv[at + 1] : undefined;
  if (only !== undefined && !(CODES as readonly string[]).includes(only)) {
    console.error(`--language must be one of ${CODES.join(", ")}`);
    process.exit(2);
  }
  let failed = false;
  for (const code of CODES.filter((c) => only === undefined || c === only)) {
    const source = code === "en" ? englishSource() : languageSource(code);
    if (typeof source === "string") {
      console.log(`${code}: skipped, ${source}.`);
      if (only !== undefined) failed = true;
      continue;
    }
    const file = modelPath(code);
    if (process.argv.includes("--cross-validate")) {
      crossValidate(source);
    } else if (process.argv.includes("--check")) {
      const same = readFileSync(file, "utf8") === modelFile(source);
      console.log(same ? `${file} is what the labels give.` : `${file} differs from what the labels give: run npm run train:reading.`);
      if (!same) failed = true;
    } else {
      writeFileSync(file, modelFile(source));
      console.log(`Wrote ${file}.`);
    }
  }
  process.exit(failed ? 1 : 0);
}
