/**
 * How well tailorplan reads statements people write about themselves in
 * English, Spanish, French and German: written by hand the way colleagues
 * in each country say them, labelled before any reader ran on them
 * (`labels/lang/<code>.json`). A third of each language, chosen by a hash of
 * the text, is the test split nobody tunes on.
 *
 * A statement is read as a one-statement profile, as an app would send it:
 * once with the profile's `language` given, once left to detection.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Recommender } from "../src/index";
import { share } from "./metrics";
import { pct } from "./reading";
import { isTestSplit, statementHash } from "./reviews";

export const LANGUAGE_CODES = ["es", "fr", "de"] as const;
/** Languages with hand-written statements: English ones too, first-person statements beside the reviews. */
export const WRITTEN_CODES = ["en", ...LANGUAGE_CODES] as const;
export type LanguageCode = (typeof WRITTEN_CODES)[number];

type Field = "motivations" | "challenges" | "goals";

export interface LanguageStatement {
  readonly id: string;
  readonly field: Field;
  readonly text: string;
  /** Keys a careful reader accepts; empty for a negated or out-of-scope statement. */
  readonly keys: readonly string[];
  /** A negated statement's key: said to be no trouble, never a need. */
  readonly fine: readonly string[];
  readonly negated: boolean;
  readonly split: "train" | "test";
}

interface Row {
  readonly id: string;
  readonly field: Field;
  readonly text: string;
  readonly keys: readonly string[];
  readonly fine?: readonly string[];
  readonly negated?: boolean;
}

/** Whether a statement is of a language's training batches (`<code>4-<writer>-<n>` and every later batch), written after the first three batches. */
export function inTrainingBatch(id: string, code: string): boolean {
  const batch = /^([a-z]+)(\d+)-/.exec(id);
  return batch?.[1] === code && Number(batch[2]) >= 4;
}

/** The labelled statements of one language, each with its split. */
export function loadLanguage(code: LanguageCode): LanguageStatement[] {
  const file = resolve(import.meta.dirname, `labels/lang/${code}.json`);
  const { statements } = JSON.parse(readFileSync(file, "utf8")) as { statements: Row[] };
  return statements.map((row) => ({
    id: row.id,
    field: row.field,
    text: row.text,
    keys: row.keys,
    fine: row.fine ?? [],
    negated: row.negated === true,
    split: isTestSplit(statementHash(row.text)) ? "test" : "train",
  }));
}

export interface LanguageScores {
  readonly statements: number;
  /** Statements that name a need (neither negated nor out of scope). */
  readonly inScope: number;
  readonly negated: number;
  /** Right keys / keys found, over every statement: a key found in a negated or out-of-scope statement is wrong. */
  readonly precision: number;
  /** In-scope statements where an accepted key was found. */
  readonly recall: number;
  /**
   * Negated statements read without a wrong need: none for what is said to
   * be no trouble, and only the need it turns to in "X is fine, but Y".
   */
  readonly negatedLeftAlone: number;
  /** Negated statements whose key the plan lists under `fine`. */
  readonly negatedReadFine: number;
  /** The notes a plan lists under `fine`, over every statement: the share that name a key the statement said was no trouble. */
  readonly fineNotesRight: number;
  readonly errors: ReadonlyArray<{ readonly statement: LanguageStatement; readonly found: readonly string[] }>;
}

/** Reads each statement as a one-statement profile and scores the needs the plan lists (confirmed or asked about). */
export function scoreLanguage(recommender: Pick<Recommender, "recommend">, statements: readonly LanguageStatement[], language: string | undefined, asOf: string): LanguageScores {
  let found = 0;
  let right = 0;
  let inScope = 0;
  let recalled = 0;
  let negated = 0;
  let leftAlone = 0;
  let readFine = 0;
  let notes = 0;
  let notesRight = 0;
  const errors: Array<LanguageScores["errors"][number]> = [];
  for (const statement of statements) {
    const plan = recommender.recommend({ ...(language ? { language } : {}), [statement.field]: [statement.text] }, { asOf });
    const keys = [...new Set(plan.needs.map((n) => n.key))];
    const accepted = new Set(statement.keys);
    const good = keys.filter((k) => accepted.has(k)).length;
    notes += plan.fine.length;
    notesRight += plan.fine.filter((f) => statement.fine.includes(f.key)).length;
    found += keys.length;
    right += good;
    if (statement.negated) {
      negated++;
      if (good === keys.length) leftAlone++;
      if (statement.fine.some((key) => plan.fine.some((f) => f.key === key))) readFine++;
    } else if (statement.keys.length > 0) {
      inScope++;
      if (good > 0) recalled++;
    }
    if (good < keys.length || (statement.keys.length > 0 && good === 0)) errors.push({ statement, found: keys });
  }
  return {
    statements: statements.length,
    inScope,
    negated,
    precision: share(right, found),
    recall: share(recalled, inScope),
    negatedLeftAlone: share(leftAlone, negated),
    negatedReadFine: share(readFine, negated),
    fineNotesRight: share(notesRight, notes),
    errors,
  };
}

/** One Markdown table: each language and split, with the profile's language given and detected. */
export function languageTable(recommender: Recommender, asOf: string, english?: { readonly precision: number; readonly recall: number; readonly statements: number }): string {
  const lines = [
    "| language | split | statements | in scope | negated | key precision | recall | negated: no wrong need | negated: read as fine | notes of no trouble right | precision, language detected | recall, language detected |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const code of WRITTEN_CODES) {
    const all = loadLanguage(code);
    // The first three batches' part of the test split: written before the training batch, by other writers, so it says most about text in another hand.
    const parts = [
      // The English phrasings were never tuned on the English statements; the English model learned from their training split.
      { name: code === "en" ? "train (learned from, never tuned on)" : "train (tuned on, learned from)", statements: all.filter((s) => s.split === "train") },
      { name: "test (never tuned on)", statements: all.filter((s) => s.split === "test") },
      // English has no earlier batches: its statements were all written this way at once.
      { name: "test, first three batches only", statements: code === "en" ? [] : all.filter((s) => s.split === "test" && !inTrainingBatch(s.id, code)) },
    ];
    for (const { name, statements } of parts.filter((part) => part.statements.length > 0)) {
      const given = scoreLanguage(recommender, statements, code, asOf);
      const detected = scoreLanguage(recommender, statements, undefined, asOf);
      lines.push(
        `| ${code} | ${name} | ${given.statements} | ${given.inScope} | ${given.negated} | ${pct(given.precision)} | ${pct(given.recall)} | ${pct(given.negatedLeftAlone)} | ${pct(given.negatedReadFine)} | ${pct(given.fineNotesRight)} | ${pct(detected.precision)} | ${pct(detected.recall)} |`,
      );
    }
  }
  if (english) lines.push(`| en (real reviews) | test (never tuned on) | ${english.statements} | | | ${pct(english.precision)} | ${pct(english.recall)} | | | | | |`);
  return lines.join("\n");
}
