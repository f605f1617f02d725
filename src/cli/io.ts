import { readFile } from "node:fs/promises";
import { resolve } from "node:path";

/** Where the CLI writes: `process.stdout`/`stderr`, or a buffer in tests. */
export interface Output {
  write(chunk: string): unknown;
  /** Set on a terminal: the batch draws a progress bar only there. */
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** Everything the CLI takes from the process, passed in so that it runs the same in tests. */
export interface CliIo {
  readonly stdout: Output;
  readonly stderr: Output;
  /** Read when a file argument is `-`. */
  readonly stdin: NodeJS.ReadableStream;
  /** Relative paths are read from here. */
  readonly cwd: string;
  /** Today's date (`YYYY-MM-DD`), the default of `--as-of`: the library itself never reads the clock. */
  readonly today: string;
}

/** A mistake in how the command was called: printed with a hint to `--help`, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** A file that cannot be read or parsed: printed as is, exit code 1. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

/**
 * Reads and parses one JSON file (`-` reads standard input), naming the file
 * in any error so that a person knows which of several inputs is wrong.
 *
 * @example
 * ```ts
 * const profile = await readJsonFile("ana.json", io);
 * ```
 */
export async function readJsonFile(file: string, io: CliIo): Promise<unknown> {
  let text: string;
  try {
    text = file === "-" ? await readStream(io.stdin) : await readFile(resolve(io.cwd, file), "utf8");
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new InputError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  let text = "";
  stream.setEncoding("utf8");
  for await (const chunk of stream) text += chunk;
  return text;
}
