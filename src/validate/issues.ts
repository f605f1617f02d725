import type { Issue } from "../errors";

/**
 * The parts of a zod issue we read. Kept structural so no zod type reaches
 * the public API.
 */
interface RawIssue {
  readonly code: string;
  readonly path: ReadonlyArray<PropertyKey>;
  readonly message: string;
  readonly expected?: string;
  readonly origin?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly inclusive?: boolean;
  readonly keys?: readonly string[];
  readonly values?: readonly unknown[];
  readonly format?: string;
  readonly errors?: ReadonlyArray<ReadonlyArray<RawIssue>>;
  readonly input?: unknown;
}

/** The internals of a zod schema we walk to find the fields known at a path. */
interface SchemaNode {
  readonly _zod: {
    readonly def: {
      readonly type: string;
      readonly shape?: Readonly<Record<string, SchemaNode>>;
      readonly element?: SchemaNode;
      readonly innerType?: SchemaNode;
      readonly options?: readonly SchemaNode[];
    };
  };
}

/** The field names an object at `path` may have, to suggest the one a typo meant. */
function fieldsAt(schema: SchemaNode | undefined, path: ReadonlyArray<string | number>): string[] {
  if (!schema) return [];
  const def = schema._zod.def;
  if (def.innerType) return fieldsAt(def.innerType, path);
  if (def.options) return def.options.flatMap((option) => fieldsAt(option, path));
  if (path.length === 0) return def.shape ? Object.keys(def.shape) : [];
  const [head, ...rest] = path;
  if (def.element && typeof head === "number") return fieldsAt(def.element, rest);
  if (def.shape && typeof head === "string" && Object.prototype.hasOwnProperty.call(def.shape, head)) return fieldsAt(def.shape[head], rest);
  return [];
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

function suggest(key: string, fields: readonly string[]): string {
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.min(3, Math.ceil(key.length / 2));
  for (const name of fields) {
    const d = distance(lower, name.toLowerCase());
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best === undefined ? "" : ` (did you mean "${best}"?)`;
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return "text";
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : Number.isFinite(value) ? "a number" : "an infinite number";
  if (typeof value === "object") return "an object";
  return typeof value === "undefined" ? "nothing" : `a ${typeof value}`;
}

const EXPECTED: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  date: "a date",
};

function describeSize(issue: RawIssue, big: boolean): string {
  const limit = Number(big ? issue.maximum : issue.minimum);
  const strict = issue.inclusive === false;
  switch (issue.origin) {
    case "string":
      return big ? `must be at most ${limit} characters long` : limit <= 1 ? "must not be empty" : `must be at least ${limit} characters long`;
    case "array":
    case "set":
      return big ? `must have at most ${limit} entries` : limit <= 1 ? "must have at least one entry" : `must have at least ${limit} entries`;
    default:
      return big ? `must be ${strict ? "below" : "at most"} ${limit}` : `must be ${strict ? "above" : "at least"} ${limit}`;
  }
}

function describe(issue: RawIssue, input: unknown): string {
  switch (issue.code) {
    case "invalid_type": {
      const expected = EXPECTED[issue.expected ?? ""] ?? issue.expected ?? "another type";
      if (input === undefined) return `is required (${expected})`;
      return `must be ${expected}, not ${kindOf(input)}`;
    }
    case "too_big":
      return describeSize(issue, true);
    case "too_small":
      return describeSize(issue, false);
    case "invalid_value":
      return `must be one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(", ")}`;
    case "invalid_format":
      return issue.message !== "Invalid input" ? issue.message : `is not a valid ${issue.format ?? "value"}`;
    default:
      return issue.message !== "Invalid input" ? issue.message : "is not valid here";
  }
}

function valueAt(root: unknown, path: ReadonlyArray<string | number>): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== "object") return undefined;
    if (!Object.prototype.hasOwnProperty.call(value, segment)) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

function pathOf(raw: ReadonlyArray<PropertyKey>): Array<string | number> {
  return raw.map((segment) => (typeof segment === "symbol" ? String(segment) : segment));
}

/** Turns zod issues into our plain-words issues, diving into the union branch the input was meant for. */
export function toIssues(
  raw: ReadonlyArray<RawIssue>,
  root: unknown,
  schema: unknown,
  prefix: ReadonlyArray<string | number> = [],
): Issue[] {
  const out: Issue[] = [];
  for (const issue of raw) {
    const path = [...prefix, ...pathOf(issue.path)];
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys ?? []) {
        out.push({ path: [...path, key], message: `is not a known field${suggest(key, fieldsAt(schema as SchemaNode, path))}` });
      }
      continue;
    }
    if (issue.code === "invalid_union" && issue.errors) {
      // A branch whose only complaint is the type at its root was not the one meant.
      const meant = issue.errors.find(
        (branch) => !(branch.length === 1 && branch[0]!.code === "invalid_type" && branch[0]!.path.length === 0),
      );
      if (meant) {
        out.push(...toIssues(meant, root, schema, path));
        continue;
      }
      const expected = issue.errors.map((branch) => EXPECTED[branch[0]?.expected ?? ""] ?? branch[0]?.expected).filter(Boolean);
      out.push({ path, message: `must be ${[...new Set(expected)].join(" or ")}, not ${kindOf(valueAt(root, path))}` });
      continue;
    }
    out.push({ path, message: describe(issue, valueAt(root, path)) });
  }
  return out;
}
