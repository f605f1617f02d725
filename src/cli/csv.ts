/**
 * Reading CSV files with csv-parse: a byte-order mark, quoted fields with
 * commas and line breaks, doubled quotes, and `;` or tab delimiters (what
 * European spreadsheets write) are all read; the delimiter is taken from the
 * header line. Records stream through, so a large file is never held whole.
 */
import { parse, type CsvError } from "csv-parse";
import { Readable } from "node:stream";

/** One CSV record: its fields and the line it starts on (1-based). */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

/** A record that cannot be read: the line where the trouble was found, and why. */
export interface CsvProblem {
  readonly line: number;
  readonly problem: string;
}

/**
 * The delimiter a header line uses: the most frequent of `,`, `;` and tab
 * outside quotes; a comma when there is none.
 *
 * @example
 * ```ts
 * sniffDelimiter("id;name;goals"); // ";"
 * ```
 */
export function sniffDelimiter(header: string): "," | ";" | "\t" {
  const counts = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const char of header) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "," || char === ";" || char === "\t")) counts[char]++;
  }
  const best = (Object.entries(counts) as Array<[keyof typeof counts, number]>).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] === 0 ? "," : best[0];
}

/**
 * Reads CSV text in chunks and yields each record with the line it starts
 * on, or a problem where a record cannot be read (the reader carries on
 * after it). Line breaks inside quoted fields read as `\n` whatever the
 * file uses. `read` is told how many bytes have been handed to the
 * parser, for a progress bar.
 *
 * @example
 * ```ts
 * for await (const record of readCsv(createReadStream("courses.csv", "utf8"))) console.log(record);
 * ```
 */
export async function* readCsv(input: AsyncIterable<string | Buffer> | Iterable<string | Buffer>, read?: (bytes: number) => void): AsyncGenerator<CsvRecord | CsvProblem> {
  const chunks = normalised(input, read);
  const first = await chunks.next();
  if (first.done) return;
  const head = first.value.replace(/^\uFEFF/, "");
  const delimiter = sniffDelimiter(head.split("\n", 1)[0]!);
  const problems: CsvProblem[] = [];
  const parser = Readable.from(
    (async function* () {
      yield head;
      for await (const chunk of { [Symbol.asyncIterator]: () => chunks }) yield chunk;
    })(),
  ).pipe(parse({ delimiter, relax_column_count: true, skip_empty_lines: true, info: true, skip_records_with_error: true }));
  parser.on("skip", (error: CsvError & { lines?: number }) => problems.push({ line: error.lines ?? 0, problem: error.message.replace(/ at line \d+/, "") }));
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      // The parser runs ahead of this loop: a problem found further on waits for the records before it.
      // The parser counts the line a record ends on; each line break inside its quotes moves the start up one.
      let breaks = 0;
      for (const field of record) for (let i = field.indexOf("\n"); i >= 0; i = field.indexOf("\n", i + 1)) breaks++;
      const line = info.lines - breaks;
      while (problems.length > 0 && problems[0]!.line < line) yield problems.shift()!;
      yield { line, fields: record };
    }
  } catch (error) {
    const e = error as CsvError & { lines?: number };
    problems.push({ line: e.lines ?? 0, problem: e.message.replace(/ at line \d+/, "") });
  }
  while (problems.length > 0) yield problems.shift()!;
}

/** Text chunks with CRLF and lone CR line breaks made LF; a CR at a chunk's end waits for the next chunk. */
async function* normalised(input: AsyncIterable<string | Buffer> | Iterable<string | Buffer>, read?: (bytes: number) => void): AsyncGenerator<string> {
  let carry = "";
  for await (const raw of input) {
    const chunk = typeof raw === "string" ? raw : raw.toString("utf8");
    read?.(typeof raw === "string" ? Buffer.byteLength(raw) : raw.length);
    let text = carry + chunk;
    carry = "";
    if (text.endsWith("\r")) {
      carry = "\r";
      text = text.slice(0, -1);
    }
    if (text !== "") yield text.replace(/\r\n?/g, "\n");
  }
  if (carry !== "") yield "\n";
}

/** Whether a read CSV item is a problem rather than a record. */
export function isProblem(item: CsvRecord | CsvProblem): item is CsvProblem {
  return "problem" in item;
}

/** The columns a batch CSV may have, in the order the docs list them. */
export const CSV_COLUMNS = [
  "id",
  "name",
  "role",
  "level",
  "motivations",
  "challenges",
  "goals",
  "hoursPerWeek",
  "budget",
  "currency",
  "horizonWeeks",
  "startDate",
  "formats",
  "languages",
  "exclude",
  "completed",
  "askedAt",
] as const;
type Column = (typeof CSV_COLUMNS)[number];

const LISTS = new Set<Column>(["motivations", "challenges", "goals", "formats", "languages", "exclude", "completed"]);
const NUMBERS = new Set<Column>(["hoursPerWeek", "budget", "horizonWeeks"]);

/**
 * Reads the header record: which column sits where. Names are matched
 * without regard to case; an unknown or repeated name is an error, because
 * a misspelt column would otherwise be dropped without a word.
 *
 * @example
 * ```ts
 * const columns = readHeader(["id", "Motivations", "hoursPerWeek"]); // ["id", "motivations", "hoursPerWeek"]
 * ```
 */
export function readHeader(fields: readonly string[]): Column[] {
  const byName = new Map<string, Column>(CSV_COLUMNS.map((column) => [column.toLowerCase(), column]));
  const seen = new Set<Column>();
  return fields.map((raw, index) => {
    const name = raw.replace(/^\uFEFF/, "").trim();
    const column = byName.get(name.toLowerCase());
    if (!column) throw new Error(`column ${index + 1} "${name}" is not one we read; the columns are ${CSV_COLUMNS.join(", ")}`);
    if (seen.has(column)) throw new Error(`column "${column}" appears twice`);
    seen.add(column);
    return column;
  });
}

/**
 * Turns one CSV row into a profile object for the library to validate.
 * Empty cells are left out; list columns split on `;`; a budget needs a
 * currency. Problems the library would not see (a number that is not one)
 * throw here, naming the column.
 *
 * @example
 * ```ts
 * rowToProfile(["id", "challenges", "hoursPerWeek"], ["ana", "burnt out; I freeze when I present", "4"]);
 * // { id: "ana", challenges: ["burnt out", "I freeze when I present"], constraints: { hoursPerWeek: 4 } }
 * ```
 */
export function rowToProfile(columns: readonly Column[], fields: readonly string[]): Record<string, unknown> {
  if (fields.length !== columns.length) {
    throw new Error(`has ${fields.length} ${fields.length === 1 ? "field" : "fields"}, the header has ${columns.length} (quote a field that holds a comma)`);
  }
  const cell: Partial<Record<Column, string | string[] | number>> = {};
  columns.forEach((column, index) => {
    const value = fields[index]!.trim();
    if (value === "") return;
    if (LISTS.has(column)) {
      const items = value.split(";").map((part) => part.trim()).filter((part) => part !== "");
      if (items.length > 0) cell[column] = items;
    } else if (NUMBERS.has(column)) {
      const number = Number(value);
      if (!Number.isFinite(number)) throw new Error(`column ${column}: "${value}" is not a number`);
      cell[column] = number;
    } else {
      cell[column] = value;
    }
  });
  if (cell.budget !== undefined && cell.currency === undefined) throw new Error("column budget: give the currency too (a currency column, such as EUR)");
  if (cell.currency !== undefined && cell.budget === undefined) throw new Error("column currency: there is no budget for it");

  const profile: Record<string, unknown> = {};
  for (const key of ["id", "name", "role", "level", "motivations", "challenges", "goals", "askedAt"] as const) {
    if (cell[key] !== undefined) profile[key] = cell[key];
  }
  const constraints: Record<string, unknown> = {};
  for (const key of ["hoursPerWeek", "horizonWeeks", "startDate", "formats", "languages", "exclude", "completed"] as const) {
    if (cell[key] !== undefined) constraints[key] = cell[key];
  }
  if (cell.budget !== undefined) constraints.budget = { amount: cell.budget, currency: cell.currency };
  if (Object.keys(constraints).length > 0) profile.constraints = constraints;
  return profile;
}
