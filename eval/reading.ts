/**
 * How well tailorplan reads real people's words: the hand-labelled review
 * statements (`labels/reviews.json`) against what the matcher finds in them.
 * Precision and recall per split, how often out-of-scope statements stay
 * unmatched, and a reliability table: for each confidence band, the share of
 * keys that were right.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createRecommender as createCore } from "../src/core";
import { de, defaultCatalog, defaultTaxonomy, es, fr, typos, type NeedKind, type Recommender } from "../src/index";
import { share } from "./metrics";
import { isTestSplit, readReviewStatements, statementId, type ReviewField, REVIEWS_FILE } from "./reviews";

export interface LabelledStatement {
  readonly id: string;
  readonly field: ReviewField;
  readonly text: string;
  /** Keys a careful reader accepts; empty when the statement names no need we hold. */
  readonly keys: readonly string[];
  readonly split: "train" | "test";
}

interface LabelRow {
  readonly id: string;
  readonly hash: string;
  readonly keys: readonly string[];
}

export const LABELS_FILE = resolve(import.meta.dirname, "labels/reviews.json");

/**
 * The labelled statements with their text from the dataset, or `undefined`
 * when the dataset is not beside the repository. A label whose statement no
 * longer hashes the same is left out and counted in `stale`.
 */
export function loadLabelled(file = REVIEWS_FILE): { statements: LabelledStatement[]; stale: string[] } | undefined {
  const all = readReviewStatements(file);
  if (!all) return undefined;
  const byId = new Map(all.map((s) => [statementId(s), s]));
  const rows = JSON.parse(readFileSync(LABELS_FILE, "utf8")) as LabelRow[];
  const statements: LabelledStatement[] = [];
  const stale: string[] = [];
  for (const row of rows) {
    const found = byId.get(row.id);
    if (!found || found.hash !== row.hash) {
      stale.push(row.id);
      continue;
    }
    statements.push({ id: row.id, field: found.field, text: found.text, keys: row.keys, split: isTestSplit(row.hash) ? "test" : "train" });
  }
  return { statements, stale };
}

/**
 * A second, blind reading of some training statements
 * (`eval/labels/reviews-second.json`): each statement with the first
 * labels (`keys`) and the second reader's (`second`). Scored as the
 * reading is, it shows how far careful readers agree: what the targets
 * can be held to.
 */
export function secondReviewReading(statements: readonly LabelledStatement[]): Array<LabelledStatement & { readonly second: readonly string[] }> {
  const labels = (JSON.parse(readFileSync(resolve(import.meta.dirname, "labels/reviews-second.json"), "utf8")) as { labels: LabelRow[] }).labels;
  const byId = new Map(statements.map((s) => [s.id, s] as const));
  return labels.flatMap((label) => {
    const statement = byId.get(label.id);
    return statement ? [{ ...statement, second: label.keys }] : [];
  });
}

/** What a reader says of one statement: keys with confidence. */
export type Reader = (text: string, prefer: NeedKind) => ReadonlyArray<{ readonly key: string; readonly confidence: number }>;

export interface ReadingScores {
  readonly statements: number;
  readonly inScope: number;
  readonly outOfScope: number;
  /** Right keys / keys found, on in-scope statements. */
  readonly precision: number;
  /** Right keys / keys found, on every statement (keys found on out-of-scope ones are wrong). */
  readonly precisionAll: number;
  /** In-scope statements where at least one accepted key was found. */
  readonly recall: number;
  /** Out-of-scope statements where nothing was found. */
  readonly outOfScopeUnmatched: number;
  readonly bins: ReadonlyArray<{ readonly label: string; readonly keys: number; readonly meanConfidence: number; readonly right: number }>;
  readonly errors: ReadonlyArray<{ readonly statement: LabelledStatement; readonly found: ReadonlyArray<{ key: string; confidence: number }> }>;
}

/** Confidence bands of the reliability table, high to low. */
export const BANDS: ReadonlyArray<{ readonly label: string; readonly min: number }> = [
  { label: "≥ 0.9", min: 0.9 },
  { label: "0.75–0.9", min: 0.75 },
  { label: "< 0.75", min: 0 },
];

/** Scores a reader on labelled statements: pros are read as motivations, cons as challenges. */
export function scoreReading(statements: readonly LabelledStatement[], read: Reader): ReadingScores {
  let found = 0;
  let right = 0;
  let foundAll = 0;
  let rightAll = 0;
  let recalled = 0;
  let quiet = 0;
  let inScope = 0;
  const bins = BANDS.map((band) => ({ ...band, keys: 0, sum: 0, right: 0 }));
  const errors: Array<ReadingScores["errors"][number]> = [];
  for (const statement of statements) {
    const keys = read(statement.text, statement.field === "pros" ? "motivation" : "challenge");
    const accepted = new Set(statement.keys);
    const good = keys.filter((k) => accepted.has(k.key)).length;
    foundAll += keys.length;
    rightAll += good;
    for (const k of keys) {
      const bin = bins.find((b) => k.confidence >= b.min)!;
      bin.keys++;
      bin.sum += k.confidence;
      if (accepted.has(k.key)) bin.right++;
    }
    if (statement.keys.length > 0) {
      inScope++;
      found += keys.length;
      right += good;
      if (good > 0) recalled++;
      if (good < keys.length || good === 0) errors.push({ statement, found: keys });
    } else if (keys.length === 0) quiet++;
    else errors.push({ statement, found: keys });
  }
  const outOfScope = statements.length - inScope;
  return {
    statements: statements.length,
    inScope,
    outOfScope,
    precision: share(right, found),
    precisionAll: share(rightAll, foundAll),
    recall: share(recalled, inScope),
    outOfScopeUnmatched: share(quiet, outOfScope),
    bins: bins.map((b) => ({ label: b.label, keys: b.keys, meanConfidence: b.keys === 0 ? 0 : b.sum / b.keys, right: b.keys === 0 ? 0 : b.right / b.keys })),
    errors,
  };
}

/** A share as a percentage with one decimal: "83.5%". */
export const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The scores of both splits as a Markdown table, and the reliability table. */
export function readingTables(train: ReadingScores, test: ReadingScores): string {
  const lines = [
    "| split | statements | in scope | key precision | recall | out of scope left unmatched | precision, all statements |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...(
      [
        ["train (tuned on)", train],
        ["test (never tuned on)", test],
      ] as const
    ).map(
      ([name, s]) =>
        `| ${name} | ${s.statements} | ${s.inScope} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.outOfScopeUnmatched)} | ${pct(s.precisionAll)} |`,
    ),
    "",
    "| confidence | keys (train) | mean confidence | right | keys (test) | mean confidence | right |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...BANDS.map((band, i) => {
      const a = train.bins[i]!;
      const b = test.bins[i]!;
      return `| ${band.label} | ${a.keys} | ${a.meanConfidence.toFixed(3)} | ${pct(a.right)} | ${b.keys} | ${b.meanConfidence.toFixed(3)} | ${pct(b.right)} |`;
    }),
  ];
  return lines.join("\n");
}

/** The built-in recommender without its learned readings: the taxonomy's phrasings and the language packs alone, what the learned readings are compared with. */
export function phrasingsAlone(): Recommender {
  return createCore({ catalog: defaultCatalog, taxonomy: defaultTaxonomy, typos, languages: [es, fr, de] });
}
