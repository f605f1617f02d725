/** Where in the input a problem is: object keys and array indexes, outermost first. */
export type IssuePath = ReadonlyArray<string | number>;

/** One problem with the input, in words a person can act on. */
export interface Issue {
  readonly path: IssuePath;
  readonly message: string;
}

/** Base class of every error tailorplan throws on purpose. */
export class TailorplanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TailorplanError";
  }
}

/** How many issues the message spells out; all of them stay in `issues`. */
const LISTED = 25;

/**
 * Bad input: a profile, catalog, taxonomy or options that cannot be read.
 * The message lists every problem as `path: problem`; `issues` carries them
 * for apps that show them beside their fields. Never a partial plan.
 *
 * @example
 * ```ts
 * try {
 *   recommend({ motivation: ["growth"] }, { asOf: "2026-01-05" });
 * } catch (error) {
 *   if (error instanceof ValidationError) console.log(error.issues[0].path); // ["motivation"]
 * }
 * ```
 */
export class ValidationError extends TailorplanError {
  /** What was being read: "profile", "catalog", "taxonomy", "options"… */
  readonly subject: string;
  readonly issues: readonly Issue[];

  constructor(subject: string, issues: readonly Issue[]) {
    const lines = issues.slice(0, LISTED).map((issue) => `  - ${formatPath(subject, issue.path)}: ${issue.message}`);
    if (issues.length > LISTED) lines.push(`  - …and ${issues.length - LISTED} more`);
    const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
    super(`Invalid ${subject} (${count}):\n${lines.join("\n")}`);
    this.name = "ValidationError";
    this.subject = subject;
    this.issues = issues;
  }
}

/** `profile.motivations[2].text`: the way a developer writes the path in code. */
export function formatPath(subject: string, path: IssuePath): string {
  let out = subject;
  for (const segment of path) {
    out += typeof segment === "number" ? `[${segment}]` : /^[A-Za-z_$][\w$]*$/.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`;
  }
  return out;
}
