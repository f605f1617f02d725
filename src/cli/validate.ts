import { parseArgs } from "node:util";
import { defaultTaxonomy } from "../data";
import { formatPath, type Issue } from "../errors";
import type { Taxonomy } from "../schema/taxonomy";
import { safeParseCatalog, safeParseTaxonomy } from "../validate/parse";
import { readJsonFile, type CliIo } from "./io";
import { onlyFile } from "./shared";

/** `tailorplan validate --help`. */
export const VALIDATE_HELP = `Usage: tailorplan validate <catalog.json> [options]

Checks a catalog with the same rules the library applies: every item's
fields, unique ids, prerequisites that exist and form no cycle, and taxonomy
keys that exist. Every problem is listed with its path, such as
catalog[3].cost.currency.

Options:
  --taxonomy <file>  check the keys against this taxonomy (checked too)
                     instead of the built-in one
  --json             print { valid, problems: [{ file, path, message }] }
  -h, --help         show this help

Exit codes: 0 no problems, 1 problems found, 2 the command was called wrongly.
`;

interface Problem {
  readonly file: string;
  readonly path: string;
  readonly message: string;
}

const problemsOf = (file: string, subject: string, issues: readonly Issue[]): Problem[] =>
  issues.map((issue) => ({ file, path: formatPath(subject, issue.path), message: issue.message }));

/**
 * `tailorplan validate`: lists every problem of a catalog (and of the
 * taxonomy it is checked against) by path.
 *
 * @example
 * ```ts
 * const code = await validateCommand(["our-catalog.json", "--taxonomy", "our-taxonomy.json"], io);
 * ```
 */
export async function validateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { taxonomy: { type: "string" }, json: { type: "boolean" }, help: { type: "boolean", short: "h" } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout.write(VALIDATE_HELP);
    return 0;
  }
  const file = onlyFile(positionals, "give the catalog file: tailorplan validate <catalog.json>", "catalog file");

  const problems: Problem[] = [];
  // Without a usable taxonomy the catalog is still checked, only not its keys.
  let taxonomy: Taxonomy | undefined = defaultTaxonomy;
  if (values.taxonomy !== undefined) {
    const parsed = safeParseTaxonomy(await readJsonFile(values.taxonomy, io));
    if (parsed.success) taxonomy = parsed.output;
    else {
      taxonomy = undefined;
      problems.push(...problemsOf(values.taxonomy, "taxonomy", parsed.issues));
    }
  }
  const catalog = safeParseCatalog(await readJsonFile(file, io), taxonomy);
  if (!catalog.success) problems.push(...problemsOf(file, "catalog", catalog.issues));

  if (values.json) {
    io.stdout.write(`${JSON.stringify({ valid: problems.length === 0, problems }, null, 2)}\n`);
  } else if (problems.length === 0 && catalog.success) {
    const against = values.taxonomy === undefined ? "the built-in taxonomy" : values.taxonomy;
    io.stdout.write(`${file}: ${catalog.output.length} items, no problems (keys checked against ${against})\n`);
  } else {
    io.stdout.write(`${problems.length === 1 ? "1 problem" : `${problems.length} problems`}:\n`);
    for (const problem of problems) io.stdout.write(`${problem.file}: ${problem.path}: ${problem.message}\n`);
  }
  return problems.length === 0 ? 0 : 1;
}
