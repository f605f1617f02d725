import { ValidationError, type Issue, type IssuePath } from "../errors";

/**
 * A table's value for a key that came from outside (a word, a taxonomy
 * key, a column's value), or undefined: own keys only, so "constructor" or
 * "__proto__" is a key like any other, not `Object.prototype`'s member.
 *
 * @example
 * ```ts
 * ownValue({ english: "en" }, "constructor"); // undefined
 * ```
 */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** No schema looks deeper than this; below it the input is passed on untouched. */
const MAX_DEPTH = 12;
/** Longer lists than any schema allows are left for the schema to reject by their length alone. */
const MAX_COPIED = 1_000_000;

/**
 * A plain copy of untrusted input, each property read once. A getter or a
 * Proxy that throws becomes an issue at its path instead of a foreign error
 * from deep inside; reading once means a getter cannot show the check one
 * value and the engine another; and keys such as `__proto__` stay ordinary
 * keys, so the schema reports them as unknown fields.
 *
 * @example
 * ```ts
 * const profile = readInput("profile", JSON.parse(body)); // then parse it with the schema
 * ```
 */
export function readInput(subject: string, input: unknown): unknown {
  const issues: Issue[] = [];
  const copy = read(input, undefined, 0, new Map(), issues);
  if (issues.length > 0) throw new ValidationError(subject, issues);
  return copy;
}

/** Where a value sits, kept as links to its parent and spelt out only when an issue needs it. */
interface Trail {
  readonly parent: Trail | undefined;
  readonly key: string | number;
}

function pathOf(trail: Trail | undefined): IssuePath {
  const path: Array<string | number> = [];
  for (let t = trail; t; t = t.parent) path.push(t.key);
  return path.reverse();
}

function read(value: unknown, trail: Trail | undefined, depth: number, seen: Map<object, unknown>, issues: Issue[]): unknown {
  if (value === null || typeof value !== "object" || depth > MAX_DEPTH) return value;
  try {
    const known = seen.get(value);
    if (known !== undefined) return known;
    if (Array.isArray(value)) {
      const length = value.length;
      if (length > MAX_COPIED) return value;
      const out: unknown[] = new Array(length);
      seen.set(value, out);
      for (let i = 0; i < length; i++) out[i] = readProperty(value, i, trail, depth, seen, issues);
      return out;
    }
    // A Date, Map or boxed value would pass an object schema as an empty record: say what it is instead.
    const tag = Object.prototype.toString.call(value);
    if (tag !== "[object Object]") {
      const name = tag.slice(8, -1);
      const hint = name === "Date" ? ": write dates as YYYY-MM-DD text" : " (an object, a list, text or a number)";
      issues.push({ path: pathOf(trail), message: `must be plain data, not a ${name}${hint}` });
      return undefined;
    }
    const out: Record<string, unknown> = {};
    seen.set(value, out);
    for (const key of Object.keys(value)) {
      const copy = readProperty(value, key, trail, depth, seen, issues);
      // Assigning "__proto__" would set the prototype; defining it keeps it an ordinary (unknown) key.
      if (key === "__proto__") Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
      else out[key] = copy;
    }
    return out;
  } catch (error) {
    issues.push({ path: pathOf(trail), message: unreadable(error) });
    return undefined;
  }
}

function readProperty(
  owner: object,
  key: string | number,
  parent: Trail | undefined,
  depth: number,
  seen: Map<object, unknown>,
  issues: Issue[],
): unknown {
  const trail: Trail = { parent, key };
  let value: unknown;
  try {
    value = (owner as Record<string | number, unknown>)[key];
  } catch (error) {
    issues.push({ path: pathOf(trail), message: unreadable(error) });
    return undefined;
  }
  return read(value, trail, depth + 1, seen, issues);
}

function unreadable(error: unknown): string {
  let reason: string;
  try {
    reason = error instanceof Error ? String(error.message) : String(error);
  } catch {
    reason = "an error that cannot be shown";
  }
  return `could not be read: reading it threw ${JSON.stringify(reason.slice(0, 200))}`;
}

/**
 * The top level of an options or config bag, read once. Nothing (`undefined`
 * or `null`) is an empty bag; anything but an object is a ValidationError.
 * Values are not copied: a catalog keeps its identity, which the one-shot
 * `recommend` caches on.
 *
 * @example
 * ```ts
 * const { catalog, ...options } = readBag("options", input);
 * ```
 */
export function readBag(subject: string, input: unknown): Record<string, unknown> {
  if (input === undefined || input === null) return {};
  const issues: Issue[] = [];
  const out: Record<string, unknown> = {};
  try {
    if (typeof input !== "object" || Array.isArray(input)) {
      const kind = Array.isArray(input) ? "a list" : typeof input === "string" ? "text" : `a ${typeof input}`;
      throw new ValidationError(subject, [{ path: [], message: `must be an object, not ${kind}` }]);
    }
    for (const key of Object.keys(input)) {
      let value: unknown;
      try {
        value = (input as Record<string, unknown>)[key];
      } catch (error) {
        issues.push({ path: [key], message: unreadable(error) });
        continue;
      }
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    }
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    issues.push({ path: [], message: unreadable(error) });
  }
  if (issues.length > 0) throw new ValidationError(subject, issues);
  return out;
}
