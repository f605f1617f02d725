import * as z from "zod/mini";
import { ValidationError, type Issue, type IssuePath } from "../errors";
import { CatalogSchema, type Catalog } from "../schema/catalog";
import { RecommendOptionsSchema, TeamOptionsSchema, type RecommendOptions, type TeamOptions } from "../schema/options";
import { ProfileSchema, type Profile } from "../schema/profile";
import { LanguagePackSchema, type LanguagePack } from "../schema/language";
import { TaxonomySchema, type Taxonomy } from "../schema/taxonomy";
import { toIssues } from "./issues";
import { readInput } from "./read";
import { normalizePhrase } from "../needs/text";

/** What a `safe…` function returns: the value, or the issues that stopped it. */
export type SafeResult<T> =
  | { readonly success: true; readonly output: T }
  | { readonly success: false; readonly error: ValidationError; readonly issues: readonly Issue[] };

/** Runs a throwing parser and returns `{ success, … }` instead, for apps that render errors. */
export function safely<T>(run: () => T): SafeResult<T> {
  try {
    return { success: true, output: run() };
  } catch (error) {
    if (error instanceof ValidationError) return { success: false, error, issues: error.issues };
    throw error;
  }
}

/** Checks untrusted input against one schema: one {@link ValidationError} listing every problem by path. */
export function parseWith<S extends z.ZodMiniType>(schema: S, subject: string, untrusted: unknown): z.infer<S> {
  const input = readInput(subject, untrusted);
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(subject, toIssues(result.error.issues, input, schema));
  return result.data;
}

const DEFAULT_SCALE = { min: 1, max: 5 } as const;

/**
 * Checks a profile and returns it typed. Throws one {@link ValidationError}
 * listing every problem. Ratings are checked against `options.ratingScale`.
 *
 * @example
 * ```ts
 * const profile = parseProfile({ challenges: ["I freeze when I present"] });
 * ```
 */
export function parseProfile(input: unknown, options: Pick<RecommendOptions, "ratingScale"> = {}): Profile {
  const profile = parseWith(ProfileSchema, "profile", input);
  const scale = options.ratingScale ?? DEFAULT_SCALE;
  const issues: Issue[] = [];
  profile.feedback?.forEach((rating, index) => {
    if (rating.score < scale.min || rating.score > scale.max) {
      issues.push({ path: ["feedback", index, "score"], message: `must be between ${scale.min} and ${scale.max} (the rating scale)` });
    }
  });
  if (issues.length > 0) throw new ValidationError("profile", issues);
  return profile;
}

/** {@link parseProfile} that returns `{ success, output | issues }` instead of throwing. */
export function safeParseProfile(input: unknown, options?: Pick<RecommendOptions, "ratingScale">): SafeResult<Profile> {
  return safely(() => parseProfile(input, options));
}

/**
 * Checks a taxonomy: its schema, unique keys, `related` keys that exist, and
 * that no label or synonym (once normalised) belongs to two keys, which would
 * make matching ambiguous.
 *
 * @example
 * ```ts
 * const taxonomy = parseTaxonomy({ entries: [{ key: "sql", kind: "competency", label: "SQL", synonyms: ["queries"] }] });
 * ```
 */
export function parseTaxonomy(input: unknown): Taxonomy {
  const taxonomy = parseWith(TaxonomySchema, "taxonomy", input);
  const issues: Issue[] = [];
  const keys = new Map<string, number>();
  taxonomy.entries.forEach((entry, index) => {
    const first = keys.get(entry.key);
    if (first !== undefined) issues.push({ path: ["entries", index, "key"], message: `"${entry.key}" is already the key of entries[${first}]` });
    else keys.set(entry.key, index);
  });
  const owner = new Map<string, string>();
  taxonomy.entries.forEach((entry, index) => {
    entry.related?.forEach((key, r) => {
      if (!keys.has(key)) issues.push({ path: ["entries", index, "related", r], message: `"${key}" is not a key of this taxonomy` });
    });
    if (entry.opposite !== undefined && !keys.has(entry.opposite)) {
      issues.push({ path: ["entries", index, "opposite"], message: `"${entry.opposite}" is not a key of this taxonomy` });
    } else if (entry.opposite === entry.key) {
      issues.push({ path: ["entries", index, "opposite"], message: `"${entry.key}" cannot be its own opposite` });
    }
    [entry.label, ...entry.synonyms].forEach((phrase, p) => {
      const normal = normalizePhrase(phrase);
      const other = owner.get(normal);
      if (other !== undefined && other !== entry.key) {
        const path = p === 0 ? ["entries", index, "label"] : ["entries", index, "synonyms", p - 1];
        issues.push({ path, message: `"${phrase}" also belongs to "${other}"; a phrase may mean only one key` });
      } else owner.set(normal, entry.key);
    });
  });
  const codes = new Map<string, number>();
  taxonomy.languages?.forEach((pack, index) => {
    const first = codes.get(pack.code);
    if (first !== undefined) issues.push({ path: ["languages", index, "code"], message: `"${pack.code}" is already the code of languages[${first}]` });
    else codes.set(pack.code, index);
    issues.push(...packIssues(pack, keys, ["languages", index]));
  });
  if (issues.length > 0) throw new ValidationError("taxonomy", issues);
  return taxonomy;
}

/** What is wrong in one language pack against a taxonomy's keys: unknown keys, a phrase under two keys. */
function packIssues(pack: LanguagePack, keys: ReadonlyMap<string, unknown>, at: IssuePath): Issue[] {
  const issues: Issue[] = [];
  const owner = new Map<string, string>();
  for (const [key, said] of Object.entries(pack.needs)) {
    if (!keys.has(key)) {
      issues.push({ path: [...at, "needs", key], message: `"${key}" is not a key of the taxonomy` });
      continue;
    }
    [said.label, ...said.synonyms].forEach((phrase, p) => {
      const normal = normalizePhrase(phrase);
      const other = owner.get(normal);
      if (other !== undefined && other !== key) {
        issues.push({ path: [...at, "needs", key, ...(p === 0 ? ["label"] : ["synonyms", p - 1])], message: `"${phrase}" also belongs to "${other}"; a phrase may mean only one key` });
      } else owner.set(normal, key);
    });
  }
  return issues;
}

/**
 * Checks language packs given to a recommender (`config.languages`): each
 * pack's schema, then its keys against the taxonomy. Paths start at
 * `languages`.
 */
export function parseLanguages(input: unknown, taxonomy: Taxonomy): LanguagePack[] {
  if (input === undefined) return [];
  const keys = new Map(taxonomy.entries.map((entry) => [entry.key, entry] as const));
  const fingerprint = [...keys.keys()].join(" ");
  // The same packs, checked once: every recommender of a screen shares the built-in languages.
  if (Array.isArray(input) && input.length <= 50 && input.every((pack) => typeof pack === "object" && pack !== null && checkedPacks.get(pack)?.has(fingerprint))) {
    return input.map((pack) => checkedPacks.get(pack)!.get(fingerprint)!);
  }
  // Parsed under its own name, so that every issue's path starts at `languages`.
  const { languages: packs } = parseWith(z.strictObject({ languages: z.array(LanguagePackSchema).check(z.maxLength(50)) }), "config", { languages: input });
  const issues = packs.flatMap((pack, index) => packIssues(pack, keys, ["languages", index]));
  if (issues.length > 0) throw new ValidationError("config", issues);
  packs.forEach((pack, index) => {
    const given = (input as object[])[index]!;
    const known = checkedPacks.get(given) ?? new Map<string, LanguagePack>();
    known.set(fingerprint, pack);
    checkedPacks.set(given, known);
  });
  return packs;
}

/** Packs already checked, by the object given and the keys of the taxonomy they were checked against. */
const checkedPacks = new WeakMap<object, Map<string, LanguagePack>>();

/** {@link parseTaxonomy} that returns `{ success, output | issues }` instead of throwing. */
export function safeParseTaxonomy(input: unknown): SafeResult<Taxonomy> {
  return safely(() => parseTaxonomy(input));
}

/**
 * Checks a catalog: every item's schema, then across items: unique ids,
 * prerequisites that exist and form no cycle, and (given a taxonomy) that
 * every `addresses` key is in it. Each problem names the item.
 *
 * @example
 * ```ts
 * const catalog = parseCatalog(JSON.parse(text), defaultTaxonomy);
 * ```
 */
export function parseCatalog(input: unknown, taxonomy?: Taxonomy): Catalog {
  const catalog = parseWith(CatalogSchema, "catalog", input);
  const issues: Issue[] = [];
  const index = new Map<string, number>();
  catalog.forEach((item, i) => {
    const first = index.get(item.id);
    if (first !== undefined) issues.push({ path: [i, "id"], message: `"${item.id}" is already the id of catalog[${first}]` });
    else index.set(item.id, i);
  });
  const keys = taxonomy ? new Set(taxonomy.entries.map((entry) => entry.key)) : undefined;
  catalog.forEach((item, i) => {
    item.prerequisites?.forEach((id, p) => {
      if (id === item.id) issues.push({ path: [i, "prerequisites", p], message: `item "${item.id}" cannot require itself` });
      else if (!index.has(id)) issues.push({ path: [i, "prerequisites", p], message: `item "${item.id}" requires "${id}", which is not in the catalog` });
    });
    if (keys) {
      item.addresses.forEach((address, a) => {
        const key = typeof address === "string" ? address : address.key;
        if (!keys.has(key)) issues.push({ path: [i, "addresses", a], message: `item "${item.id}" addresses "${key}", which is not a taxonomy key` });
      });
    }
  });
  for (const cycle of findCycles(catalog, index)) {
    issues.push({ path: [cycle[0]!, "prerequisites"], message: `prerequisites form a cycle: ${cycle.map((i) => catalog[i]!.id).concat(catalog[cycle[0]!]!.id).join(" -> ")}` });
  }
  if (issues.length > 0) throw new ValidationError("catalog", issues);
  return catalog;
}

/** {@link parseCatalog} that returns `{ success, output | issues }` instead of throwing. */
export function safeParseCatalog(input: unknown, taxonomy?: Taxonomy): SafeResult<Catalog> {
  return safely(() => parseCatalog(input, taxonomy));
}

/** Each prerequisite cycle once, as item indexes; iterative so long chains cannot overflow the stack. */
function findCycles(catalog: Catalog, index: ReadonlyMap<string, number>): number[][] {
  const state = new Uint8Array(catalog.length); // 0 new, 1 on the path, 2 done
  const cycles: number[][] = [];
  for (let root = 0; root < catalog.length; root++) {
    if (state[root] !== 0) continue;
    const stack: Array<{ node: number; next: number }> = [{ node: root, next: 0 }];
    state[root] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const prerequisites = catalog[top.node]!.prerequisites ?? [];
      if (top.next >= prerequisites.length) {
        state[top.node] = 2;
        stack.pop();
        continue;
      }
      const target = index.get(prerequisites[top.next++]!);
      if (target === undefined || target === top.node) continue;
      if (state[target] === 1) {
        const from = stack.findIndex((frame) => frame.node === target);
        cycles.push(stack.slice(from).map((frame) => frame.node));
      } else if (state[target] === 0) {
        state[target] = 1;
        stack.push({ node: target, next: 0 });
      }
    }
  }
  return cycles;
}

/** Checks the options of one plan. */
export function parseOptions(input: unknown): RecommendOptions {
  return parseWith(RecommendOptionsSchema, "options", input ?? {});
}

/** Checks the options of {@link feedbackRequests}-style calls against any schema, with the same one-error contract. */
export function parseOptionsWith<S extends z.ZodMiniType>(schema: S, input: unknown): z.infer<S> {
  return parseWith(schema, "options", input ?? {});
}

/** Checks the options of a team plan. */
export function parseTeamOptions(input: unknown): TeamOptions {
  return parseWith(TeamOptionsSchema, "options", input ?? {});
}
