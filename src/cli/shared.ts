import { createRecommender } from "../defaults";
import { ValidationError } from "../errors";
import type { Recommender } from "../recommender";
import { parseOptions } from "../validate/parse";
import { extname } from "node:path";
import { InputError, readJsonFile, UsageError, type CliIo } from "./io";

/** The options every plan-making command shares, as `parseArgs` reads them. */
export const DATA_OPTIONS = {
  catalog: { type: "string" },
  taxonomy: { type: "string" },
  "as-of": { type: "string" },
  locale: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/**
 * Builds one recommender from `--catalog`/`--taxonomy` files, the built-in
 * data filling in what is not given. Bad data throws the library's
 * `ValidationError`, every problem listed by path.
 *
 * @example
 * ```ts
 * const recommender = await loadRecommender({ catalog: "our-catalog.json" }, io);
 * ```
 */
export async function loadRecommender(values: { catalog?: string; taxonomy?: string }, io: CliIo): Promise<Recommender> {
  const catalog = values.catalog === undefined ? undefined : await readJsonFile(values.catalog, io);
  const taxonomy = values.taxonomy === undefined ? undefined : await readJsonFile(values.taxonomy, io);
  try {
    return createRecommender({ catalog, taxonomy });
  } catch (error) {
    if (error instanceof ValidationError) {
      const file = error.subject === "catalog" ? values.catalog : error.subject === "taxonomy" ? values.taxonomy : undefined;
      throw new InputError(file ? `${file}: ${error.message}` : error.message);
    }
    throw error;
  }
}

/**
 * The library's complaint about `--locale`, naming the flag and its value
 * (`--locale "xx": Invalid options (1 problem): …`); undefined for any other
 * problem.
 */
export function localeProblem(locale: string | undefined, error: ValidationError): InputError | undefined {
  if (locale === undefined || error.subject !== "options" || !error.issues.some((issue) => issue.path[0] === "locale")) return undefined;
  return new InputError(`--locale ${JSON.stringify(locale)}: ${error.message}`);
}

/**
 * Checks `--locale` once, before a batch reads any record: the library is
 * asked for a plan of an empty profile in that language, and only a problem
 * with the locale counts. The recommender alone knows which languages it
 * speaks.
 *
 * @example
 * ```ts
 * checkLocale(recommender, "xx", "2026-01-05"); // throws an InputError naming --locale "xx"
 * ```
 */
export function checkLocale(recommender: Recommender, locale: string | undefined, asOf: string): void {
  if (locale === undefined) return;
  try {
    recommender.recommend({}, { asOf, locale });
  } catch (error) {
    const problem = error instanceof ValidationError ? localeProblem(locale, error) : undefined;
    if (problem) throw problem;
  }
}

/**
 * The plan date: `--as-of` when given, else today. Only the CLI reads the
 * clock; the library is always told the date.
 *
 * @example
 * ```ts
 * asOfFrom({ "as-of": "2026-01-05" }, io); // "2026-01-05"
 * ```
 */
export function asOfFrom(values: { "as-of"?: string }, io: CliIo): string {
  const asOf = values["as-of"] ?? io.today;
  try {
    parseOptions({ asOf });
  } catch (error) {
    if (error instanceof ValidationError) throw new UsageError(`--as-of ${JSON.stringify(asOf)}: must be a real calendar date written YYYY-MM-DD`);
    throw error;
  }
  return asOf;
}

/**
 * The format of an input file: `--input-format` when given (one of the
 * command's formats), else the file's extension.
 */
export function inputFormatOf<F extends string>(file: string, given: string | undefined, byExtension: Readonly<Record<string, F>>): F {
  const formats = [...new Set(Object.values(byExtension))];
  if (given !== undefined) {
    if ((formats as string[]).includes(given)) return given as F;
    throw new UsageError(`--input-format ${JSON.stringify(given)}: use ${formats.join(" or ")}`);
  }
  const format = byExtension[extname(file).toLowerCase()];
  if (format === undefined) {
    throw new UsageError(`cannot tell the format of ${file} from its name: use a ${formats.map((f) => `.${f}`).join(" or ")} file, or --input-format`);
  }
  return format;
}

/**
 * The one file a command reads: a usage error naming what to give when there
 * is none, or how many were given when there are more.
 */
export function onlyFile(positionals: readonly string[], missing: string, what: string): string {
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? missing : `one ${what} at a time, got ${positionals.length}`);
  return positionals[0]!;
}
