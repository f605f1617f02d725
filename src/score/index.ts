import { daysBetween } from "../compose/calendar";
import { canStretch, stretchedWeeks } from "../compose/pace";
import type { Catalog, CatalogItem } from "../schema/catalog";
import { DIFFICULTIES, LEVELS, type ItemKind } from "../schema/common";
import type { Profile } from "../schema/profile";
import type { DraftNeed } from "../needs/types";
import type { Settings } from "../settings";

/** A catalog item prepared once, in `createRecommender`, for every plan after. */
export interface IndexedItem {
  readonly item: CatalogItem;
  readonly position: number;
  /** Address key to strength. */
  readonly serves: ReadonlyMap<string, number>;
  /** The key it serves most (ties by name), to spot near-duplicates. */
  readonly primary: string;
  readonly levelMin: number;
  readonly levelMax: number;
  readonly roles: readonly string[];
  readonly prerequisites: readonly number[];
}

export interface CatalogIndex {
  readonly items: readonly IndexedItem[];
  readonly byId: ReadonlyMap<string, number>;
  /** Each item's kind by position, read in the scoring loop without reaching into the item. */
  readonly kinds: readonly ItemKind[];
  /** What the limits and fit read of each item, in flat arrays by position. */
  readonly columns: ItemColumns;
  /** Key to the items serving it, as `[position, strength]`, strongest first. */
  readonly byKey: ReadonlyMap<string, ReadonlyArray<readonly [number, number]>>;
  /** `byKey` in flat arrays, for the scoring loop that walks thousands of them. */
  readonly postings: ReadonlyMap<string, Postings>;
  /** The catalog's most common currency: the plan's when the profile gives no budget. */
  readonly currency: string;
}

/** The items serving one key, strongest first: positions and strengths side by side. */
export interface Postings {
  readonly positions: Int32Array;
  readonly strengths: Float64Array;
}

/** Flat copies of `byKey`'s lists. */
export function postingsOf(byKey: CatalogIndex["byKey"]): Map<string, Postings> {
  const out = new Map<string, Postings>();
  for (const [key, list] of byKey) {
    out.set(key, { positions: Int32Array.from(list, ([p]) => p), strengths: Float64Array.from(list, ([, s]) => s) });
  }
  return out;
}

/** Orders a key's postings strongest first (then by position), as scoring walks them. */
export function strongestFirst(a: readonly [number, number], b: readonly [number, number]): number {
  return b[1] - a[1] || a[0] - b[0];
}

/** Builds the per-catalog lookups; the catalog has been validated. */
export function indexCatalog(catalog: Catalog): CatalogIndex {
  const byId = new Map<string, number>();
  catalog.forEach((item, position) => byId.set(item.id, position));
  const byKey = new Map<string, Array<readonly [number, number]>>();
  const currencies = new Map<string, number>();
  const items = catalog.map((item, position): IndexedItem => {
    const serves = new Map<string, number>();
    for (const address of item.addresses) {
      const key = typeof address === "string" ? address : address.key;
      const strength = typeof address === "string" ? 1 : (address.strength ?? 1);
      serves.set(key, Math.max(serves.get(key) ?? 0, strength));
    }
    let primary = "";
    let top = -1;
    for (const [key, strength] of serves) {
      if (strength > top || (strength === top && key < primary)) {
        primary = key;
        top = strength;
      }
    }
    for (const [key, strength] of serves) {
      const list = byKey.get(key);
      if (list) list.push([position, strength]);
      else byKey.set(key, [[position, strength]]);
    }
    currencies.set(item.cost.currency, (currencies.get(item.cost.currency) ?? 0) + 1);
    return {
      item,
      position,
      serves,
      primary,
      levelMin: item.level ? LEVELS.indexOf(item.level.min) : 0,
      levelMax: item.level ? LEVELS.indexOf(item.level.max) : LEVELS.length - 1,
      roles: (item.roles ?? []).map((role) => role.toLowerCase()),
      prerequisites: (item.prerequisites ?? []).flatMap((id) => {
        const p = byId.get(id);
        return p === undefined ? [] : [p];
      }),
    };
  });
  let currency = "EUR";
  let most = 0;
  for (const [code, count] of [...currencies].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (count > most) {
      currency = code;
      most = count;
    }
  }
  for (const list of byKey.values()) list.sort(strongestFirst);
  return { items, kinds: items.map((entry) => entry.item.kind), columns: itemColumns(items), byId, byKey, postings: postingsOf(byKey), currency };
}

/**
 * The item fields every plan checks, by position, in flat arrays. A plan on a
 * large catalog checks thousands of items, and reading these arrays is much
 * cheaper than reaching into each item object.
 */
export interface ItemColumns {
  readonly hours: Float64Array;
  readonly weeks: Float64Array;
  readonly cost: Float64Array;
  readonly currency: readonly string[];
  readonly format: readonly string[];
  readonly levelMin: Int8Array;
  readonly levelMax: Int8Array;
  /** The item's language tag, "" when it names none; 1 in `foreign` when that is not English. */
  readonly language: readonly string[];
  readonly foreign: Uint8Array;
  /** 1 when the item has availability (seats, start dates), which only the full limits check reads. */
  readonly limited: Uint8Array;
  /** 1 when the item names roles, which only the full fit reads. */
  readonly roled: Uint8Array;
  /** The item's difficulty as 0 beginner, 1 intermediate, 2 advanced; -1 when it does not say. */
  readonly difficulty: Int8Array;
}

/**
 * Builds {@link ItemColumns} from indexed items (by `indexCatalog`, and for a
 * team's extra items).
 *
 * @example
 * ```ts
 * const columns = itemColumns(indexCatalog(catalog).items);
 * columns.hours[0] === catalog[0].hoursPerWeek; // true
 * ```
 */
export function itemColumns(items: readonly IndexedItem[]): ItemColumns {
  const n = items.length;
  const columns = {
    hours: new Float64Array(n),
    weeks: new Float64Array(n),
    cost: new Float64Array(n),
    currency: items.map((entry) => entry.item.cost.currency),
    format: items.map((entry) => entry.item.format),
    levelMin: new Int8Array(n),
    levelMax: new Int8Array(n),
    language: items.map((entry) => entry.item.language ?? ""),
    foreign: new Uint8Array(n),
    limited: new Uint8Array(n),
    roled: new Uint8Array(n),
    difficulty: new Int8Array(n),
  };
  items.forEach(({ item, levelMin, levelMax, roles }, p) => {
    columns.hours[p] = item.hoursPerWeek;
    columns.weeks[p] = item.weeks;
    columns.cost[p] = item.cost.amount;
    columns.levelMin[p] = levelMin;
    columns.levelMax[p] = levelMax;
    columns.foreign[p] = item.language && !item.language.startsWith("en") ? 1 : 0;
    columns.difficulty[p] = item.difficulty === undefined ? -1 : DIFFICULTIES.indexOf(item.difficulty);
    columns.limited[p] = item.availability ? 1 : 0;
    columns.roled[p] = roles.length > 0 ? 1 : 0;
  });
  return columns;
}

const FILTER_REASONS = ["excluded", "completed", "language", "hours", "horizon", "budget", "currency", "seats", "prerequisite"] as const;

/** Why an item cannot be in this plan at all. */
export type FilterReason = (typeof FILTER_REASONS)[number];

interface Scratch {
  generation: number;
  readonly seen: Uint32Array;
  readonly verdict: Int8Array;
  readonly rowOf: Int32Array; // row + 1; 0 while the item serves nothing
}

const scratches = new WeakMap<CatalogIndex, Scratch>();

/** The per-item arrays of one catalog's scoring, reused plan after plan (plans run one at a time). */
function scratchFor(index: CatalogIndex): Scratch {
  let scratch = scratches.get(index);
  if (!scratch || scratch.generation >= 0xfffffffe) {
    const n = index.items.length;
    scratch = { generation: 0, seen: new Uint32Array(n), verdict: new Int8Array(n), rowOf: new Int32Array(n) };
    scratches.set(index, scratch);
  }
  return scratch;
}

/** One item's worth for this employee. */
export interface Candidate {
  readonly position: number;
  readonly kind: ItemKind;
  /** What the item does for each need it serves: strength × kind factor × weight × confidence. */
  readonly contributions: ReadonlyArray<{ readonly need: number; readonly value: number }>;
  readonly relevance: number;
  readonly fit: number;
  readonly score: number;
}

export interface Scored {
  readonly candidates: Candidate[];
  /** Items that serve a need but cannot be used, and why. */
  readonly filtered: ReadonlyMap<number, FilterReason>;
  readonly currency: string;
}

/**
 * An item taught in a language other than English, for someone who has not
 * said which languages they learn in: possible, but we ask before counting on it.
 */
const UNASKED_LANGUAGE = 0.25;

/**
 * Usable items of each kind a plan looks at per need and key, strongest
 * first. A plan holds a handful of items, so on a catalog of thousands the
 * rest of a long list rarely wins (on 10,000 grown items: 98.8% of needs
 * covered against 99.6% scoring everything, in about half the time). The
 * built-in catalog has at most 13 items of one kind per key, so it is never cut.
 */
export const PER_LIST = 16;

/** Below this (strength × key factor) an item only brushes a need: it neither covers nor explains it. */
export const SERVES_AT_LEAST = 0.25;

/** Whether an item in `language` (a tag such as "es" or "pt-BR"; none fits anyone) suits someone who reads `languages`. */
function languageFits(language: string | undefined, languages: readonly string[] | undefined): boolean {
  if (!language || !languages || languages.length === 0) return true;
  const primary = language.split("-")[0];
  return languages.some((l) => l === language || l.split("-")[0] === primary);
}

/** An item pitched one level off counts less, two or more levels off much less; `level` -1 is unknown. */
function levelFit(level: number, min: number, max: number): number {
  if (level < 0) return 1;
  const off = level < min ? min - level : level > max ? level - max : 0;
  return off === 0 ? 1 : off === 1 ? 0.75 : 0.4;
}

/**
 * What an item's difficulty (beginner, intermediate, advanced) is worth for
 * one need, by the 360° pattern behind it: a competency everyone rates low
 * wants the basics first, a strength wants material that goes further.
 * Needs without a pattern, and items that do not say, are neutral.
 */
const DIFFICULTY_FIT: Readonly<Record<string, readonly [number, number, number]>> = {
  "agreed-low": [1.25, 1, 0.6],
  "blind-spot": [1.1, 1, 0.8],
  "agreed-strength": [0.5, 0.9, 1.25],
  "hidden-strength": [0.6, 1, 1.2],
};

/** {@link DIFFICULTY_FIT} for one need and one item's difficulty (-1 unknown). */
export function difficultyFit(pattern: string | undefined, difficulty: number): number {
  if (pattern === undefined || difficulty < 0) return 1;
  return DIFFICULTY_FIT[pattern]?.[difficulty] ?? 1;
}

/** Preferred formats count more, others less; no preference is neutral. */
function formatFit(formats: readonly string[] | undefined, format: string): number {
  return formats && formats.length > 0 ? (formats.includes(format) ? 1.1 : 0.75) : 1;
}

/** The limits read from an item's effort and price alone; a self-paced item may go slower (see `compose/pace`). */
function effortLimit(hours: number, weeks: number, format: string, cost: number, costCurrency: string, settings: Settings, currency: string): FilterReason | undefined {
  if (canStretch(format, hours, settings.hoursPerWeek)) {
    if (stretchedWeeks(hours, weeks, settings.hoursPerWeek) > settings.horizonWeeks) return "horizon";
  } else {
    if (hours > settings.hoursPerWeek) return "hours";
    if (weeks > settings.horizonWeeks) return "horizon";
  }
  if (cost > 0 && costCurrency !== currency) return "currency";
  if (settings.budget && cost > settings.budget.amount) return "budget";
  return undefined;
}

/**
 * How well an item suits this person apart from what it addresses: level,
 * role, preferred format and language. 1 is neutral.
 */
export function fitOf(entry: IndexedItem, profile: Profile): number {
  let fit = levelFit(profile.level ? LEVELS.indexOf(profile.level) : -1, entry.levelMin, entry.levelMax);
  if (entry.roles.length > 0) {
    const role = profile.role?.toLowerCase();
    fit *= role === undefined ? 0.9 : entry.roles.some((r) => role.includes(r)) ? 1.1 : 0.6;
  }
  fit *= formatFit(profile.constraints?.formats, entry.item.format);
  const languages = profile.constraints?.languages;
  if ((!languages || languages.length === 0) && entry.item.language && !entry.item.language.startsWith("en")) fit *= UNASKED_LANGUAGE;
  return fit;
}

/** The hard limits an item fails on its own, before any other item is chosen. */
export function filterOf(
  entry: IndexedItem,
  index: CatalogIndex,
  profile: Profile,
  settings: Settings,
  currency: string,
  done: ReadonlySet<string>,
  excluded: ReadonlySet<string>,
): FilterReason | undefined {
  const item = entry.item;
  if (excluded.has(item.id)) return "excluded";
  if (done.has(item.id)) return "completed";
  if (!languageFits(item.language, profile.constraints?.languages)) return "language";
  const limit = effortLimit(item.hoursPerWeek, item.weeks, item.format, item.cost.amount, item.cost.currency, settings, currency);
  if (limit) return limit;
  if (item.availability?.seats === 0) return "seats";
  const starts = item.availability?.starts;
  if (starts && starts.length > 0) {
    const last = settings.horizonWeeks * 7 - item.weeks * 7;
    const open = starts.some((date) => {
      const offset = daysBetween(settings.start, date);
      return offset >= 0 && offset <= last;
    });
    if (!open) return "horizon";
  }
  for (const p of entry.prerequisites) {
    const id = index.items[p]!.item.id;
    if (excluded.has(id) && !done.has(id)) return "prerequisite";
  }
  return undefined;
}

/**
 * Step 3 of the pipeline: every catalog item that serves a need, scored as
 * relevance (strength × need weight × confidence, with the kind of item the
 * need calls for counting more) times fit. Items that break a hard limit on
 * their own are set aside with the reason.
 */
export function scoreItems(
  index: CatalogIndex,
  needs: readonly DraftNeed[],
  profile: Profile,
  settings: Settings,
  /** Usable items of each kind taken per need and key, strongest first; `Infinity` scores every item. */
  perList = PER_LIST,
): Scored {
  const currency = settings.budget?.currency ?? index.currency;
  const done = new Set(profile.constraints?.completed ?? []);
  const excluded = new Set(profile.constraints?.exclude ?? []);
  const filtered = new Map<number, FilterReason>();
  // Most items have no availability or roles, and when nothing is excluded or done no
  // prerequisite can be missing: for those items the flat columns answer exactly what
  // filterOf and fitOf would.
  const columns = index.columns;
  const simple = done.size === 0 && excluded.size === 0;
  const level = profile.level === undefined ? -1 : LEVELS.indexOf(profile.level);
  const formats = profile.constraints?.formats;
  const languages = profile.constraints?.languages;
  const languagesGiven = languages !== undefined && languages.length > 0;
  const quickReason = (p: number): FilterReason | undefined =>
    languagesGiven && !languageFits(columns.language[p], languages)
      ? "language"
      : effortLimit(columns.hours[p]!, columns.weeks[p]!, columns.format[p]!, columns.cost[p]!, columns.currency[p]!, settings, currency);
  const quickFit = (p: number): number => {
    let fit = levelFit(level, columns.levelMin[p]!, columns.levelMax[p]!) * formatFit(formats, columns.format[p]!);
    if (!languagesGiven && columns.foreign[p] === 1) fit *= UNASKED_LANGUAGE;
    return fit;
  };
  // Per-item state lives in arrays the size of the catalog, kept between plans and
  // made fresh by a new stamp instead of being allocated and zeroed for every plan.
  const scratch = scratchFor(index);
  const stamp = ++scratch.generation;
  const { seen, verdict, rowOf } = scratch;
  const look = (p: number) => {
    if (seen[p] !== stamp) {
      seen[p] = stamp;
      verdict[p] = 0;
      rowOf[p] = 0;
    }
  };
  // 0 not looked at yet, 1 usable, 2 and up the reason it is set aside: each item's limits are checked once.
  const usable = (p: number): FilterReason | true => {
    look(p);
    const known = verdict[p]!;
    if (known === 1) return true;
    if (known > 1) return FILTER_REASONS[known - 2]!;
    const reason = simple && columns.limited[p] === 0 ? quickReason(p) : filterOf(index.items[p]!, index, profile, settings, currency, done, excluded);
    verdict[p] = reason ? FILTER_REASONS.indexOf(reason) + 2 : 1;
    return reason ?? true;
  };
  // One row of per-need values for each item that serves a need, in flat arrays: on a large
  // catalog a plan touches thousands of items, and a Map per item made this the hot path.
  const width = needs.length;
  // There are no more rows than (item, key) pairs a plan takes, nor than items.
  let bound = 0;
  for (const need of needs) for (const { key } of need.serves) bound += Math.min(index.byKey.get(key)?.length ?? 0, 3 * perList);
  bound = Math.min(bound, index.items.length);
  const touched = new Int32Array(bound);
  const values = new Float64Array(bound * width);
  let rows = 0;
  const taken = { training: 0, mentoring: 0, "working-condition": 0 };
  needs.forEach((need, n) => {
    for (const { key, factor } of need.serves) {
      const list = index.postings.get(key);
      if (!list) continue;
      const { positions, strengths } = list;
      const cap = perList;
      taken.training = taken.mentoring = taken["working-condition"] = 0;
      let setAside = 0;
      for (let i = 0; i < positions.length; i++) {
        const position = positions[i]!;
        const strength = strengths[i]!;
        // Postings are strongest first: past the threshold nothing serves this need any more.
        if (strength * factor < SERVES_AT_LEAST) break;
        const kind = index.kinds[position]!;
        if (taken[kind] >= cap) {
          if (taken.training >= cap && taken.mentoring >= cap && taken["working-condition"] >= cap) break;
          continue;
        }
        const verdictOf = usable(position);
        if (verdictOf !== true) {
          // The strongest items set aside are enough to say which limit left a need uncovered.
          if (setAside++ < cap && !filtered.has(position)) filtered.set(position, verdictOf);
          continue;
        }
        taken[kind]++;
        const value = strength * factor * need.kindFactor[kind] * need.weight * need.confidence * difficultyFit(need.pattern, columns.difficulty[position]!);
        let row = rowOf[position]! - 1;
        if (row < 0) {
          row = rows++;
          rowOf[position] = row + 1;
          touched[row] = position;
        }
        if (value > values[row * width + n]!) values[row * width + n] = value;
      }
    }
  });
  const candidates: Candidate[] = [];
  for (const position of touched.subarray(0, rows).sort()) {
    const row = (rowOf[position]! - 1) * width;
    const contributions: Array<{ need: number; value: number }> = [];
    for (let n = 0; n < width; n++) if (values[row + n]! > 0) contributions.push({ need: n, value: values[row + n]! });
    const relevance = contributions.reduce((sum, c) => sum + c.value, 0);
    const fit = columns.roled[position] === 0 ? quickFit(position) : fitOf(index.items[position]!, profile);
    candidates.push({ position, kind: index.kinds[position]!, contributions, relevance, fit, score: relevance * fit });
  }
  candidates.sort((a, b) => b.score - a.score || a.position - b.position);
  return { candidates, filtered, currency };
}

/**
 * One item's candidate however the hard limits and the per-list cut judge
 * it: what a revision needs for an item already under way, whose start may
 * have passed. The values are those {@link scoreItems} gives.
 */
export function candidateFor(index: CatalogIndex, position: number, needs: readonly DraftNeed[], profile: Profile): Candidate {
  const entry = index.items[position]!;
  const kind = entry.item.kind;
  const contributions: Array<{ need: number; value: number }> = [];
  needs.forEach((need, n) => {
    let best = 0;
    for (const { key, factor } of need.serves) {
      const strength = entry.serves.get(key) ?? 0;
      if (strength * factor < SERVES_AT_LEAST) continue;
      best = Math.max(best, strength * factor * need.kindFactor[kind] * need.weight * need.confidence);
    }
    if (best > 0) contributions.push({ need: n, value: best });
  });
  const relevance = contributions.reduce((sum, c) => sum + c.value, 0);
  const fit = fitOf(entry, profile);
  return { position, kind, contributions, relevance, fit, score: relevance * fit };
}
