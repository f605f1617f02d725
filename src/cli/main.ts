import { version } from "../../package.json";
import { ValidationError } from "../errors";
import { batchCommand } from "./batch";
import { importCommand } from "./import";
import { InputError, UsageError, type CliIo } from "./io";
import { planCommand } from "./plan";
import { requestsCommand } from "./requests";
import { validateCommand } from "./validate";

/** `tailorplan --help`. */
export const MAIN_HELP = `tailorplan ${version}: development plans made for one employee, from their own words.

Usage:
  tailorplan plan <profile.json> [options]        one plan, as text, JSON or markdown
  tailorplan batch <employees.jsonl|csv> [options] many plans, streamed as JSON lines
  tailorplan validate <catalog.json> [options]    check a catalog, every problem by path
  tailorplan import <courses.csv|json> [options]  turn a course export into a tagged catalog
  tailorplan requests <profiles.json> [options]   who to ask for missing 360° ratings

Run "tailorplan <command> --help" for a command's options.

  -h, --help     show this help
  -v, --version  print the version
`;

const COMMANDS = {
  plan: planCommand,
  batch: batchCommand,
  validate: validateCommand,
  import: importCommand,
  requests: requestsCommand,
} as const;
type Command = keyof typeof COMMANDS;

const isCommand = (name: string): name is Command => Object.hasOwn(COMMANDS, name);

/** parseArgs reports a bad flag as a TypeError with an `ERR_PARSE_ARGS_*` code. */
function isParseArgsError(error: unknown): error is Error {
  if (!(error instanceof Error) || !("code" in error)) return false;
  return typeof error.code === "string" && error.code.startsWith("ERR_PARSE_ARGS");
}

/**
 * Runs the CLI on `argv` (without `node` and the script) and resolves to
 * the exit code: 0 done, 1 invalid input or a failed record, 2 wrong usage.
 * Everything it needs from the process comes in through `io`.
 *
 * @example
 * ```ts
 * process.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), today: "2026-01-05" });
 * ```
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === "-h" || first === "--help" || first === "help") {
    const topic = first === "help" ? rest[0] : undefined;
    if (topic !== undefined && isCommand(topic)) return run([topic, "--help"], io);
    io.stdout.write(MAIN_HELP);
    return first === undefined ? 2 : 0;
  }
  if (first === "-v" || first === "--version") {
    io.stdout.write(`${version}\n`);
    return 0;
  }
  if (!isCommand(first)) {
    io.stderr.write(`tailorplan: unknown command ${JSON.stringify(first)}\n\n${MAIN_HELP}`);
    return 2;
  }
  try {
    return await COMMANDS[first](rest, io);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr.write(`tailorplan ${first}: ${error.message}\nRun "tailorplan ${first} --help" for its options.\n`);
      return 2;
    }
    if (error instanceof InputError || error instanceof ValidationError) {
      io.stderr.write(`tailorplan ${first}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
