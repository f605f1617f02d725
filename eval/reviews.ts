/**
 * Real employees' words: the reviews in `../shared/datasets/employee-reviews.csv`
 * split into statements. The text is never copied into this repository; a
 * statement is named by its review row, its field, its place in the field and
 * a hash of its text, and the text is read from the dataset at run time.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "csv-parse/sync";

/** Where the shared datasets live, beside the repository. */
export const DATASETS = resolve(import.meta.dirname, "../../shared/datasets");
export const REVIEWS_FILE = resolve(DATASETS, "employee-reviews.csv");

export type ReviewField = "pros" | "cons";

/** One statement of one review, as read from the dataset. */
export interface ReviewStatement {
  /** 1-based record number in the CSV, header not counted. */
  readonly row: number;
  /** Pros read as what moves the person, cons as what holds them back. */
  readonly field: ReviewField;
  /** 0-based place of the statement in its field. */
  readonly n: number;
  readonly text: string;
  /** First 16 hex digits of the SHA-1 of `text`: proves a label still names the same words. */
  readonly hash: string;
}

/** The statement's hash, as stored beside its labels. */
export function statementHash(text: string): string {
  return createHash("sha1").update(text, "utf8").digest("hex").slice(0, 16);
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", nbsp: " ", "#39": "'" };

/** HTML entities as the characters they stand for. */
export function decodeEntities(text: string): string {
  return text
    .replace(/&(amp|quot|apos|lt|gt|nbsp|#39);/g, (_, name: string) => ENTITIES[name] ?? "")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}

/**
 * A field's text as statements: one per line or bullet, and one per sentence
 * within a line. Lists inside a sentence ("good pay, nice people") stay one
 * statement, which may name several needs.
 */
export function splitStatements(field: string): string[] {
  const out: string[] = [];
  for (const line of decodeEntities(field).split(/\r?\n|[•▪●◦·]|\s-\s(?=[A-Z])/)) {
    const cleaned = line.replace(/^[\s\-*–—>\d.)]+(?=\S)/, "").trim();
    if (cleaned.length === 0) continue;
    // A sentence ends at . ! or ? followed by a space and a capital letter or a digit.
    for (const sentence of cleaned.split(/(?<=[.!?])\s+(?=[A-Z0-9"“(])/)) {
      const text = sentence.trim();
      if (/[\p{L}]/u.test(text) && text.length >= 2) out.push(text);
    }
  }
  return out;
}

/** Every review's pros and cons as statements, in file order; `undefined` when the dataset is absent. */
export function readReviewStatements(file = REVIEWS_FILE): ReviewStatement[] | undefined {
  if (!existsSync(file)) return undefined;
  const records = parse(readFileSync(file, "utf8"), { columns: true, bom: true, skip_empty_lines: true, relax_quotes: true }) as Array<Record<string, string>>;
  const statements: ReviewStatement[] = [];
  records.forEach((record, index) => {
    for (const field of ["pros", "cons"] as const) {
      splitStatements(record[field] ?? "").forEach((text, n) => {
        statements.push({ row: index + 1, field, n, text, hash: statementHash(text) });
      });
    }
  });
  return statements;
}

/** The statement's name in a label file: `row:field:n`. */
export function statementId(s: Pick<ReviewStatement, "row" | "field" | "n">): string {
  return `${s.row}:${s.field}:${s.n}`;
}

/**
 * The third of statements kept for testing, never tuned on: chosen by the
 * hash, so the split does not depend on the order labels were written in.
 */
export function isTestSplit(hash: string): boolean {
  return Number.parseInt(hash.slice(0, 8), 16) % 3 === 0;
}
