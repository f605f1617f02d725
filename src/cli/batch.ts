import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { ValidationError } from "../errors";
import type { Recommender } from "../recommender";
import { isProblem, readCsv as readCsvRecords, readHeader, rowToProfile } from "./csv";
import { InputError, type CliIo, type Output } from "./io";
import { createProgress, type Progress } from "./progress";
import { asOfFrom, checkLocale, DATA_OPTIONS, inputFormatOf, loadRecommender, onlyFile } from "./shared";

/** `tailorplan batch --help`. */
export const BATCH_HELP = `Usage: tailorplan batch <employees.jsonl|employees.csv> [options]

Makes one plan per employee, reading and writing one record at a time, so
files of any size stream through. A record that cannot be read or is not a
valid profile is reported on stderr with its line number and skipped; the
others still get their plans.

Input:
  .jsonl (or .ndjson)  one profile JSON object per line, as for "tailorplan plan"
  .csv                 a header line, then one employee per record; columns, in
                       any order, all but one optional:
                         id, name, role, level (junior|mid|senior|lead|manager),
                         motivations, challenges, goals   (statements split on ;)
                         hoursPerWeek, budget, currency (EUR; needed with budget),
                         horizonWeeks, startDate, askedAt (YYYY-MM-DD),
                         formats, languages, exclude, completed (split on ;)
                       Quote a field that holds a comma, a quote ("") or a
                       line break, as spreadsheets do.

Output: one JSON object per line, { "line": <input line>, "id": <profile id or
null>, "plan": <the plan> }, in input order.

Options:
  --out <file>                   where to write the plans (default: stdout)
  --input-format <jsonl|csv>     when the file name does not say
  --locale <code>                the plans' language: en, es, fr or de
                                 (default: each profile's "language" when it
                                 is one of these, else English)
  --as-of <YYYY-MM-DD>           the plans' "today" (default: today's date)
  --catalog <file>               a catalog JSON file instead of the built-in one
  --taxonomy <file>              a taxonomy JSON file instead of the built-in one
  -h, --help                     show this help

Progress goes to stderr: a bar on a terminal, a plain line every 100 records
otherwise. Exit codes: 0 every record got a plan, 1 at least one failed (or
the data is invalid, or --locale names a language it does not speak), 2 the
command was called wrongly.

Example:
  tailorplan batch employees.csv --out plans.jsonl --as-of 2026-01-05
`;

/** Writes one line, waiting when a file or pipe asks us to slow down. */
async function writeLine(sink: Output, line: string): Promise<void> {
  if (sink.write(line) === false && "once" in sink) await once(sink as NodeJS.WritableStream, "drain");
}

interface Tally {
  records: number;
  failed: number;
  readonly failedLines: number[];
}

/**
 * `tailorplan batch`: streams employees from JSON lines or CSV to plans as
 * JSON lines, reporting bad records by line and carrying on.
 *
 * @example
 * ```ts
 * const code = await batchCommand(["employees.csv", "--out", "plans.jsonl"], io); // 1 if any record failed
 * ```
 */
export async function batchCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { ...DATA_OPTIONS, out: { type: "string", short: "o" }, "input-format": { type: "string" } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout.write(BATCH_HELP);
    return 0;
  }
  const file = onlyFile(positionals, "give the employees file: tailorplan batch <employees.jsonl|csv>", "input file");
  const format = inputFormatOf(file, values["input-format"], { ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv" });
  const asOf = asOfFrom(values, io);
  const recommender = await loadRecommender(values, io);
  const locale = values.locale;
  checkLocale(recommender, locale, asOf);

  const path = resolve(io.cwd, file);
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const out = values.out === undefined ? undefined : createWriteStream(resolve(io.cwd, values.out), { encoding: "utf8" });
  if (out) {
    try {
      await once(out, "open");
    } catch (error) {
      throw new InputError(`cannot write ${values.out}: ${(error as Error).message}`);
    }
  }
  const input = createReadStream(path, { encoding: "utf8" });
  const sink: Output = out ?? io.stdout;
  const progress = createProgress(io.stderr, "batch");
  const tally: Tally = { records: 0, failed: 0, failedLines: [] };
  // Bytes of the lines handed out so far: the stream's own count runs a buffer ahead.
  const read = { bytes: 0 };

  const fail = (line: number, message: string) => {
    tally.failed++;
    tally.failedLines.push(line);
    progress.log(`${file} line ${line}: ${message.replace(/\n/g, "\n  ")}`);
  };
  const plan = async (line: number, profile: unknown) => {
    try {
      const result = recommender.recommend(profile, { asOf, ...(locale === undefined ? {} : { locale }) });
      const id = typeof profile === "object" && profile !== null && "id" in profile && typeof profile.id === "string" ? profile.id : null;
      await writeLine(sink, `${JSON.stringify({ line, id, plan: result })}\n`);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      fail(line, error.message);
    }
  };

  try {
    await (format === "csv" ? readCsv : readJsonl)(input, file, read, async (line, profile) => {
      tally.records++;
      if (profile instanceof Error) fail(line, profile.message);
      else await plan(line, profile);
      progress.update({ records: tally.records, failed: tally.failed, fraction: size === 0 ? 1 : read.bytes / size });
    });
    progress.update({ records: tally.records, failed: tally.failed, fraction: 1 });
  } finally {
    progress.done();
    if (out) {
      out.end();
      await once(out, "close");
    }
  }

  const written = tally.records - tally.failed;
  const where = values.out === undefined ? "" : ` to ${values.out}`;
  const failed = tally.failed === 0 ? "" : `; ${tally.failed} failed (${tally.failedLines.length > 10 ? `lines ${tally.failedLines.slice(0, 10).join(", ")}, …` : `line${tally.failed === 1 ? "" : "s"} ${tally.failedLines.join(", ")}`})`;
  io.stderr.write(`batch: ${written} ${written === 1 ? "plan" : "plans"} written${where}${failed}\n`);
  return tally.failed === 0 ? 0 : 1;
}

/** Hands each record to `each`: the profile object, or an Error saying why the record cannot be read. */
type EachRecord = (line: number, profile: unknown) => Promise<void>;

/** Counts the bytes of the lines read so far, line break included. */
interface ReadCount {
  bytes: number;
}

async function readJsonl(input: NodeJS.ReadableStream, _file: string, read: ReadCount, each: EachRecord): Promise<void> {
  let lineNumber = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber++;
    read.bytes += Buffer.byteLength(line) + 1;
    const text = lineNumber === 1 ? line.replace(/^\uFEFF/, "") : line;
    if (text.trim() === "") continue;
    let profile: unknown;
    try {
      profile = JSON.parse(text);
    } catch (error) {
      profile = new Error(`not valid JSON: ${(error as Error).message}`);
    }
    await each(lineNumber, profile);
  }
}

async function readCsv(input: NodeJS.ReadableStream, file: string, read: ReadCount, each: EachRecord): Promise<void> {
  let columns: ReturnType<typeof readHeader> | undefined;
  for await (const record of readCsvRecords(input as AsyncIterable<string>, (bytes) => (read.bytes += bytes))) {
    if (isProblem(record)) {
      if (!columns) throw new InputError(`${file} line ${record.line}: the header cannot be read: ${record.problem}`);
      await each(record.line, new Error(record.problem));
      continue;
    }
    if (!columns) {
      try {
        columns = readHeader(record.fields);
      } catch (error) {
        throw new InputError(`${file} line ${record.line}: ${(error as Error).message}`);
      }
      continue;
    }
    let profile: unknown;
    try {
      profile = rowToProfile(columns, record.fields);
    } catch (error) {
      profile = error as Error;
    }
    await each(record.line, profile);
  }
  if (!columns) throw new InputError(`${file} is empty: it needs a header line, such as id,name,motivations,challenges,goals`);
}
