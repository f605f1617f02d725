import { createReadStream, createWriteStream } from "node:fs";
import { once } from "node:events";
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { importCatalog } from "../defaults";
import { ValidationError } from "../errors";
import { IMPORT_FIELDS, type ImportField, type ImportOptions, type ImportReport } from "../schema/import";
import { isProblem, readCsv } from "./csv";
import { InputError, readJsonFile, UsageError, type CliIo, type Output } from "./io";
import { createProgress } from "./progress";
import { inputFormatOf, onlyFile } from "./shared";

/** `tailorplan import --help`. */
export const IMPORT_HELP = `Usage: tailorplan import <courses.csv|courses.json> --out catalog.json [options]

Turns a course export (an LMS or a course provider's list) into a catalog:
each course tagged with the needs it serves, read from its title, skills and
description; durations, prices, levels and languages read as exports write
them. Courses that serve no need are left out and listed with the closest
one. A summary goes to stderr; --report writes the full report.

Columns are found by their usual names (title, course, name; description,
summary; skills; duration, length, effort; price, is_paid; level; language;
url, link; provider, partner; id). Name others with --columns.

Options:
  --out <file>           write the catalog (JSON) here; stdout when left out
  --report <file>        write the report (JSON): every row's tags and the
                         words behind them, rows left out and why, values
                         misread and what was used instead
  --columns <list>       field=column pairs, comma-separated, such as
                         title=Course,skills=Skills Gained,duration=Effort;
                         the fields: ${IMPORT_FIELDS.join(", ")}
  --currency <code>      currency of prices that name none (default USD)
  --format <format>      delivery when no column says (default self-paced)
  --audit <free|certificate>
                         plan free-to-audit courses at 0 (free, default) or
                         at the certificate's price
  --min-confidence <n>   confidence a tag needs, 0-1 (default 0.6)
  --taxonomy <file>      tag with this taxonomy instead of the built-in one
  --input-format <csv|json>
                         when the file name does not say
  -h, --help             show this help

Then: tailorplan validate catalog.json, and
      tailorplan plan profile.json --catalog catalog.json

Exit codes: 0 imported, 1 the file or its values cannot be read, 2 the
command was called wrongly.
`;

/**
 * `--columns title=Course,skills=Skills Gained`: a field may repeat, to read
 * several columns (`description=Summary,description=About`).
 */
function readColumns(text: string): NonNullable<ImportOptions["columns"]> {
  const out: Partial<Record<ImportField, string[]>> = {};
  for (const pair of text.split(",")) {
    const at = pair.indexOf("=");
    const field = pair.slice(0, at).trim();
    const column = pair.slice(at + 1).trim();
    if (at < 0 || column === "") throw new UsageError(`--columns: "${pair}" is not field=column`);
    if (!(IMPORT_FIELDS as readonly string[]).includes(field)) throw new UsageError(`--columns: "${field}" is not a field; the fields are ${IMPORT_FIELDS.join(", ")}`);
    (out[field as ImportField] ??= []).push(column);
  }
  return Object.fromEntries(Object.entries(out).map(([field, list]) => [field, list.length === 1 ? list[0]! : list]));
}

/** A JSON export: a list of rows, or an object holding one (`{ "courses": [...] }`). */
function rowsOfJson(data: unknown, file: string): unknown[] {
  if (Array.isArray(data)) return data;
  if (typeof data === "object" && data !== null) {
    const lists = Object.values(data).filter(Array.isArray);
    if (lists.length === 1) return lists[0]!;
  }
  throw new InputError(`${file}: expected a list of courses, or an object with one list of them`);
}

/** A report's summary in a few lines a person reads. */
export function summaryLines(report: ImportReport, file: string): string[] {
  const { summary } = report;
  const lines = [`import: ${summary.imported} of ${summary.rows} ${summary.rows === 1 ? "row" : "rows"} imported from ${file}`];
  const left = summary.leftOut["no-key"] + summary.leftOut["title-missing"];
  if (left > 0) {
    const reasons = [
      summary.leftOut["no-key"] > 0 ? `${summary.leftOut["no-key"]} serve no need in the taxonomy` : "",
      summary.leftOut["title-missing"] > 0 ? `${summary.leftOut["title-missing"]} have no title` : "",
    ].filter(Boolean);
    lines.push(`  left out: ${left} (${reasons.join(", ")})`);
    for (const row of report.leftOut.slice(0, 5)) {
      lines.push(`    row ${row.row}${row.title ? ` "${row.title}"` : ""}: ${row.reason === "no-key" ? `no key${row.closest ? `, closest ${row.closest.key} at ${row.closest.confidence}` : ""}` : "no title"}`);
    }
    if (left > 5) lines.push(`    …and ${left - 5} more (see --report)`);
  }
  if (summary.misread > 0) {
    lines.push(`  values misread: ${summary.misread}`);
    for (const m of report.misread.slice(0, 5)) lines.push(`    row ${m.row}, ${m.column}: ${JSON.stringify(m.value)} ${m.message}; used ${m.used}`);
    if (summary.misread > 5) lines.push(`    …and ${summary.misread - 5} more (see --report)`);
  }
  if (summary.notes > 0) lines.push(`  notes: ${summary.notes} (trimmed text, free-to-audit prices, renamed ids; see --report)`);
  if (summary.assumed.hoursPerWeek + summary.assumed.weeks > 0) {
    lines.push(`  default effort used: hours per week for ${summary.assumed.hoursPerWeek}, weeks for ${summary.assumed.weeks}`);
  }
  const top = Object.entries(summary.tags).slice(0, 8);
  if (top.length > 0) lines.push(`  most tagged: ${top.map(([key, n]) => `${key} ${n}`).join(", ")}`);
  return lines;
}

async function writeJson(path: string, value: unknown, io: CliIo): Promise<void> {
  const out = createWriteStream(resolve(io.cwd, path), { encoding: "utf8" });
  try {
    await once(out, "open");
  } catch (error) {
    throw new InputError(`cannot write ${path}: ${(error as Error).message}`);
  }
  out.end(`${JSON.stringify(value, null, 2)}\n`);
  await once(out, "close");
}

/**
 * `tailorplan import`: reads a CSV or JSON course export, imports it with
 * {@link importCatalog} and writes the catalog (and the report), with
 * progress while a large file is read and a summary at the end.
 *
 * @example
 * ```ts
 * const code = await importCommand(["courses.csv", "--columns", "title=Course", "--out", "catalog.json"], io);
 * ```
 */
export async function importCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      out: { type: "string", short: "o" },
      report: { type: "string" },
      columns: { type: "string" },
      currency: { type: "string" },
      format: { type: "string" },
      audit: { type: "string" },
      "min-confidence": { type: "string" },
      taxonomy: { type: "string" },
      "input-format": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout.write(IMPORT_HELP);
    return 0;
  }
  const file = onlyFile(positionals, "give the course export: tailorplan import <courses.csv|json>", "input file");
  const format = inputFormatOf(file, values["input-format"], { ".csv": "csv", ".tsv": "csv", ".txt": "csv", ".json": "json" });
  const minConfidence = values["min-confidence"] === undefined ? undefined : Number(values["min-confidence"]);
  if (minConfidence !== undefined && !(minConfidence >= 0 && minConfidence <= 1)) throw new UsageError(`--min-confidence ${values["min-confidence"]}: a number from 0 to 1`);
  const options: Record<string, unknown> = {
    ...(values.columns === undefined ? {} : { columns: readColumns(values.columns) }),
    defaults: {
      ...(values.currency === undefined ? {} : { currency: values.currency }),
      ...(values.format === undefined ? {} : { format: values.format }),
      ...(values.audit === undefined ? {} : { audit: values.audit }),
    },
    ...(minConfidence === undefined ? {} : { minConfidence }),
    ...(values.taxonomy === undefined ? {} : { taxonomy: await readJsonFile(values.taxonomy, io) }),
  };

  let rows: unknown[];
  if (format === "json") rows = rowsOfJson(await readJsonFile(file, io), file);
  else rows = await readCsvRows(file, io);

  io.stderr.write(`import: tagging ${rows.length} ${rows.length === 1 ? "row" : "rows"}…\n`);
  let result;
  try {
    result = importCatalog(rows, options as ImportOptions);
  } catch (error) {
    if (error instanceof ValidationError && error.subject === "options") {
      throw new UsageError(error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "));
    }
    if (error instanceof ValidationError) throw new InputError(`${file}: ${error.message}`);
    throw error;
  }
  if (values.out === undefined) io.stdout.write(`${JSON.stringify(result.catalog, null, 2)}\n`);
  else await writeJson(values.out, result.catalog, io);
  if (values.report !== undefined) await writeJson(values.report, result.report, io);
  const where = values.out === undefined ? "" : `; catalog written to ${values.out}`;
  const lines = summaryLines(result.report, file);
  lines[0] += where;
  io.stderr.write(`${lines.join("\n")}\n`);
  return 0;
}

/** A CSV export as row objects keyed by the header, with progress while it is read. */
async function readCsvRows(file: string, io: CliIo): Promise<Array<Record<string, string>>> {
  const path = resolve(io.cwd, file);
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const progress = createProgress(io.stderr as Output, "import", 1000);
  const rows: Array<Record<string, string>> = [];
  let header: readonly string[] | undefined;
  let bytes = 0;
  const problems: string[] = [];
  try {
    for await (const record of readCsv(createReadStream(path, { encoding: "utf8" }), (n) => (bytes += n))) {
      if (isProblem(record)) {
        if (!header) throw new InputError(`${file} line ${record.line}: the header cannot be read: ${record.problem}`);
        problems.push(`${file} line ${record.line}: ${record.problem}`);
        continue;
      }
      if (!header) {
        header = record.fields.map((name) => name.trim());
        continue;
      }
      // Own properties made as data, so a column headed "__proto__" is a column like any other, not a prototype to set.
      const fields = record.fields;
      rows.push(Object.fromEntries(header.flatMap((name, i) => (name !== "" && fields[i] !== undefined ? [[name, fields[i]!] as const] : []))));
      progress.update({ records: rows.length, failed: problems.length, fraction: size === 0 ? 1 : bytes / size });
    }
    progress.update({ records: rows.length, failed: problems.length, fraction: 1 });
  } finally {
    progress.done();
  }
  if (!header) throw new InputError(`${file} is empty: it needs a header line naming the columns`);
  // A record the CSV reader cannot split would shift every later row's cells: better to stop and say where.
  if (problems.length > 0) throw new InputError(`${problems.join("\n")}\n(fix the quoting and import again; nothing was written)`);
  return rows;
}
