import { parseArgs } from "node:util";
import { ValidationError } from "../errors";
import { feedbackRequests } from "../requests";
import type { FeedbackRequest } from "../requests/schema";
import { InputError, readJsonFile, UsageError, type CliIo } from "./io";
import { asOfFrom, onlyFile } from "./shared";

/** `tailorplan requests --help`. */
export const REQUESTS_HELP = `Usage: tailorplan requests <profiles.json> [options]

Lists the 360° feedback that is missing: for each person, the competencies
their goals, challenges and blind spots rest on that too few colleagues have
rated, or rated too long ago, with whom to ask and the question to send.
The file holds one profile, or an array of profiles with ids (a team: peers
are then named, and nobody is asked to rate more than --max-per-rater people).

Options:
  --format <text|json>       text for a terminal (default), json for programs
  --as-of <YYYY-MM-DD>       "today", for how old ratings are (default: today's date)
  --max-per-rater <n>        in a team, people one colleague rates at most (default 5)
  --taxonomy <file>          a taxonomy JSON file instead of the built-in one
  -h, --help                 show this help

Exit codes: 0 the requests were printed, 1 the input is invalid (every
problem is listed by path), 2 the command was called wrongly.

Example:
  tailorplan requests team.json --as-of 2026-01-05 --max-per-rater 4
`;

function asText(requests: readonly FeedbackRequest[]): string {
  if (requests.length === 0) return "No feedback is missing: every competency that matters has enough recent ratings.\n";
  const lines: string[] = [];
  for (const r of requests) {
    lines.push(`${r.profileId === undefined ? "" : `${r.profileId}: `}${r.label}. ${r.why}`);
    for (const ask of r.asks) {
      const who = ask.colleagues ? ask.colleagues.join(", ") : ask.group === "manager" ? "their manager" : `${ask.count} ${ask.group === "peer" ? (ask.count === 1 ? "peer" : "peers") : ask.count === 1 ? "direct report" : "direct reports"}`;
      lines.push(`  ask ${who}: ${ask.question}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/**
 * `tailorplan requests`: who to ask for which missing 360° rating.
 *
 * @example
 * ```ts
 * const code = await requestsCommand(["team.json", "--as-of", "2026-01-05"], io);
 * ```
 */
export async function requestsCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      taxonomy: { type: "string" },
      "as-of": { type: "string" },
      "max-per-rater": { type: "string" },
      format: { type: "string", short: "f" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout.write(REQUESTS_HELP);
    return 0;
  }
  const file = onlyFile(positionals, "give the profiles file: tailorplan requests <profiles.json>", "file");
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") throw new UsageError(`--format ${JSON.stringify(values.format)}: use text or json`);
  const cap = values["max-per-rater"];
  if (cap !== undefined && !/^[1-9]\d*$/.test(cap)) throw new UsageError(`--max-per-rater ${JSON.stringify(cap)}: must be a whole number of people, 1 or more`);
  const asOf = asOfFrom(values, io);
  const profiles = await readJsonFile(file, io);
  const taxonomy = values.taxonomy === undefined ? undefined : await readJsonFile(values.taxonomy, io);
  let requests: FeedbackRequest[];
  try {
    requests = feedbackRequests(profiles, { asOf, ...(cap === undefined ? {} : { maxPerRater: Number(cap) }), ...(taxonomy === undefined ? {} : { taxonomy }) });
  } catch (error) {
    if (error instanceof ValidationError) throw new InputError(`${error.subject === "taxonomy" ? values.taxonomy : file}: ${error.message}`);
    throw error;
  }
  io.stdout.write(format === "json" ? `${JSON.stringify(requests, null, 2)}\n` : asText(requests));
  return 0;
}
