/**
 * Reads CSV (RFC 4180) one physical line at a time, so a batch streams
 * through `node:readline` without holding the file: a quoted field may span
 * lines, and a record is only handed out once its last quote is closed.
 */

/** One CSV record: its fields and the line it started on (1-based). */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

/** A record that cannot be read; the reader skips it and carries on with the next line. */
export class CsvSyntaxError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(message);
    this.name = "CsvSyntaxError";
    this.line = line;
  }
}

/** Feeds lines in, gets whole records out. */
export interface CsvReader {
  /** Reads one line (without its line break); returns a record when one is complete, `undefined` while inside quotes or on a blank line. */
  push(line: string, lineNumber: number): CsvRecord | undefined;
  /** Call at the end of input: throws if a quoted field was never closed. */
  end(): void;
}

/**
 * Makes a reader for one CSV file. Quoted fields may hold commas, line
 * breaks and doubled quotes (`""`); text after a closing quote is an error.
 *
 * @example
 * ```ts
 * const reader = createCsvReader();
 * reader.push('id,goals', 1);             // { line: 1, fields: ["id", "goals"] }
 * reader.push('ana,"learn SQL; lead', 2); // undefined: the quote is still open
 * reader.push('a team"', 3);              // { line: 2, fields: ["ana", "learn SQL; lead\na team"] }
 * ```
 */
export function createCsvReader(): CsvReader {
  let fields: string[] = [];
  let field = "";
  let quoted = false; // inside a quoted field, waiting for its closing quote
  let start = 0; // line the pending record started on, 0 when none

  function reset(): void {
    fields = [];
    field = "";
    quoted = false;
    start = 0;
  }

  return {
    push(line, lineNumber) {
      if (start === 0) {
        if (line.trim() === "") return undefined;
        start = lineNumber;
      } else {
        field += "\n"; // a quoted field goes on over a line break
      }
      let i = 0;
      while (i < line.length) {
        const char = line[i]!;
        if (quoted) {
          if (char !== '"') field += char;
          else if (line[i + 1] === '"') {
            field += '"';
            i++;
          } else {
            quoted = false;
            const next = line[i + 1];
            if (next !== undefined && next !== ",") {
              const at = start;
              reset();
              throw new CsvSyntaxError(at, `unexpected ${JSON.stringify(next)} after a closing quote (write "" for a quote inside a quoted field)`);
            }
          }
        } else if (char === ",") {
          fields.push(field);
          field = "";
        } else if (char === '"' && field === "") {
          quoted = true;
        } else {
          field += char;
        }
        i++;
      }
      if (quoted) return undefined;
      fields.push(field);
      const record = { line: start, fields };
      reset();
      return record;
    },
    end() {
      if (start !== 0) {
        const at = start;
        reset();
        throw new CsvSyntaxError(at, "a quoted field is never closed");
      }
    },
  };
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
