import { parseArgs } from "node:util";
import { ValidationError } from "../errors";
import type { Plan } from "../schema/plan";
import type { Progress } from "../schema/revision";
import { formatPlan, PLAN_FORMATS, type PlanFormat } from "./format";
import { InputError, readJsonFile, UsageError, type CliIo } from "./io";
import { asOfFrom, DATA_OPTIONS, loadRecommender, localeProblem, onlyFile } from "./shared";

/** `tailorplan plan --help`. */
export const PLAN_HELP = `Usage: tailorplan plan <profile.json> [options]

Makes one development plan from one employee's profile (a JSON file, or -
for standard input) and prints it. A question about words we are unsure of
lists its options: write the chosen keys (or the person's own words) into
the profile's "answers" by question id and run again.

Options:
  --format <text|json|markdown|html|ics>
                                 text for a terminal (default), json for
                                 programs, markdown to paste into an HR
                                 system, html for one self-contained page
                                 with the timeline, ics for a calendar
  --previous <plan.json>         revise this earlier plan (saved with
                                 --format json) instead of starting over
  --progress <progress.json>     where each item of --previous stands:
                                 { "<item id>": { "status": "done" |
                                 "in-progress" | "dropped" | "not-started",
                                 "helped": 1-5, "note": "..." } }
  --locale <code>                the plan's language, for its sentences and
                                 the headings of every format: en, es, fr or
                                 de (default: the profile's "language" when
                                 it is one of these, else English)
  --as-of <YYYY-MM-DD>           the plan's "today" (default: today's date)
  --catalog <file>               a catalog JSON file instead of the built-in one
  --taxonomy <file>              a taxonomy JSON file instead of the built-in one
  -h, --help                     show this help

Exit codes: 0 a plan was printed, 1 the profile or data is invalid (every
problem is listed by path) or --locale names a language it does not speak,
2 the command was called wrongly.

Examples:
  tailorplan plan ana.json --as-of 2026-01-05 --format markdown > ana.md
  tailorplan plan ana.json --as-of 2026-01-05 --format json > plan.json
  tailorplan plan ana.json --as-of 2026-01-05 --locale de
  tailorplan plan ana.json --as-of 2026-02-02 --previous plan.json \
    --progress progress.json --format html > ana.html
`;

/**
 * `tailorplan plan`: one profile in, one plan out.
 *
 * @example
 * ```ts
 * const code = await planCommand(["ana.json", "--format", "markdown"], io);
 * ```
 */
export async function planCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { ...DATA_OPTIONS, format: { type: "string", short: "f" }, previous: { type: "string" }, progress: { type: "string" } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout.write(PLAN_HELP);
    return 0;
  }
  const file = onlyFile(positionals, "give the profile file: tailorplan plan <profile.json>", "profile file");
  const format = (values.format ?? "text") as PlanFormat;
  if (!PLAN_FORMATS.includes(format)) throw new UsageError(`--format ${JSON.stringify(values.format)}: use one of ${PLAN_FORMATS.join(", ")}`);
  const asOf = asOfFrom(values, io);

  const profile = await readJsonFile(file, io);
  if (values.progress !== undefined && values.previous === undefined) throw new UsageError("--progress needs --previous, the plan whose items it reports on");
  const previous = values.previous === undefined ? undefined : await readJsonFile(values.previous, io);
  const progress = values.progress === undefined ? undefined : await readJsonFile(values.progress, io);
  const recommender = await loadRecommender(values, io);
  let plan;
  try {
    // Checked by the library like every option; a problem names the file it is in.
    plan = recommender.recommend(profile, {
      asOf,
      ...(values.locale === undefined ? {} : { locale: values.locale }),
      ...(previous === undefined ? {} : { previous: previous as Plan }),
      ...(progress === undefined ? {} : { progress: progress as Progress }),
    });
  } catch (error) {
    if (error instanceof ValidationError) {
      const problem = localeProblem(values.locale, error);
      if (problem) throw problem;
      const where = error.subject === "options" ? (error.issues[0]?.path[0] === "progress" ? values.progress : error.issues[0]?.path[0] === "previous" ? values.previous : undefined) : file;
      throw new InputError(`${where ?? file}: ${error.message}`);
    }
    throw error;
  }
  const name = typeof profile === "object" && profile !== null && "name" in profile && typeof profile.name === "string" ? profile.name : undefined;
  io.stdout.write(formatPlan(plan, format, name));
  return 0;
}
