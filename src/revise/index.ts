/**
 * Check-ins: a plan revised from an earlier one and what the employee says
 * about each of its items, instead of a fresh plan that reshuffles what they
 * are halfway through. Three small steps around the pipeline:
 * {@link readCheckIn} (after validate) turns the progress into completed and
 * excluded ids; {@link reviseScores} (after score) lowers items like the ones
 * that did not help and says what stays; {@link describeChanges} (after
 * explain) lists every item as kept, added, removed or rescheduled.
 */
import { daysBetween, shiftDays } from "../compose/calendar";
import type { Composition, Kept, LeftOut } from "../compose/select";
import { ValidationError, type Issue, type IssuePath } from "../errors";
import type { DraftNeed } from "../needs/types";
import type { CatalogItem } from "../schema/catalog";
import { PlanSchema, type Plan, type PlanItem } from "../schema/plan";
import { isUncovered } from "../explain/uncovered";
import type { Profile } from "../schema/profile";
import { ProgressSchema, type Change, type Progress, type ProgressStatus } from "../schema/revision";
import { toIssues } from "../validate/issues";
import { candidateFor, filterOf, type Candidate, type CatalogIndex, type Scored } from "../score";
import type { Settings } from "../settings";
import type { Locale } from "../i18n/locale";
import { list, quote, speaker } from "../i18n/say";
import { REVISE_EN } from "./messages";

const say = speaker(REVISE_EN);

/** A `helped` rating at or below this means the item did little for the need it was chosen for. */
export const HELPED_LITTLE = 2;
/** What an item like one rated 1 (or 2) counts for that need, against 1 before: a clear signal halves it. */
const LOWER_BY: Readonly<Record<number, number>> = { 1: 0.5, 2: 0.75 };

/** Where one item of the earlier plan stands, said or read from its dates. */
export interface Standing {
  readonly item: PlanItem;
  readonly status: ProgressStatus;
  /** True when nothing was said and the status was read from the item's dates. */
  readonly assumed: boolean;
  readonly helped?: number;
  readonly note?: string;
}

/** An item that helped little, and what it makes count less. */
export interface Lowering {
  readonly itemId: string;
  readonly title: string;
  readonly helped: number;
  /** The need keys it was chosen for. */
  readonly keys: ReadonlySet<string>;
  readonly kind: string;
  readonly format: string;
  readonly provider?: string;
}

/** What {@link readCheckIn} found: the profile and settings to plan with, and each earlier item's standing. */
export interface CheckIn {
  readonly previous?: Plan;
  readonly profile: Profile;
  readonly settings: Settings;
  readonly standings: ReadonlyMap<string, Standing>;
  readonly lowerings: readonly Lowering[];
  /** Every item finished so far, this check-in's and earlier ones'. */
  readonly completed: readonly string[];
  readonly dropped: readonly string[];
}

/** The three calls a recommender makes to revise a plan; see {@link revision}. */
export interface RevisionStep {
  readonly readCheckIn: typeof readCheckIn;
  readonly reviseScores: typeof reviseScores;
  readonly describeChanges: typeof describeChanges;
}

/** What {@link reviseScores} hands to compose and explain. */
export interface Revised {
  readonly scored: Scored;
  readonly kept?: Kept;
  /** Item position to the reasons its worth was lowered, for its explanation. */
  readonly lowered: ReadonlyMap<number, readonly string[]>;
  /** Earlier items not offered to compose as kept, and why. */
  readonly notKept: ReadonlyMap<string, "needs-gone" | "lowered" | "gone">;
}

const unique = (ids: readonly string[]) => [...new Set(ids)];
/** "Public speaking" reads "public speaking" mid-sentence; "SQL and databases" keeps its capitals, and so does every German noun. */
const lowerFirst = (locale: Locale, label: string) =>
  locale.code === "de" || /^[A-Z][A-Z]/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);

/** Nothing said about an item: its dates tell where it should be. */
function statusFromDates(item: PlanItem, asOf: string): ProgressStatus {
  if (item.end < asOf) return "done";
  if (item.start < asOf) return "in-progress";
  return "not-started";
}

/** Checks `previous` and `progress` in full; the options schema only passes them on. */
function readRevisionOptions(
  options: { readonly previous?: unknown; readonly progress?: unknown },
  at: { readonly previous: IssuePath; readonly progress: IssuePath },
): { previous?: Plan; progress: Progress } {
  const issues: Issue[] = [];
  const read = <T>(schema: typeof PlanSchema | typeof ProgressSchema, value: unknown, path: IssuePath): T | undefined => {
    if (value === undefined) return undefined;
    const result = schema.safeParse(value);
    if (result.success) return result.data as T;
    issues.push(...toIssues(result.error.issues, value, schema, path));
    return undefined;
  };
  const previous = read<Plan>(PlanSchema, options.previous, at.previous);
  const progress = read<Progress>(ProgressSchema, options.progress, at.progress) ?? {};
  if (issues.length > 0) throw new ValidationError("options", issues);
  return previous ? { previous, progress } : { progress };
}

/**
 * Where the revised plan starts: what is past cannot be planned, so at the
 * check-in at the earliest, on the first day of one of the earlier plan's
 * weeks. On the same weekly rhythm, items kept on their dates fall in the
 * same weeks as before, and no week holds more hours than it did.
 */
function restart(previous: Plan, settings: Settings): string {
  const weeks = Math.max(0, Math.ceil(daysBetween(previous.start, settings.asOf) / 7));
  const aligned = shiftDays(previous.start, weeks * 7);
  return settings.start > aligned ? settings.start : aligned;
}

/**
 * Reads `options.previous` and `options.progress` (checked against each
 * other and the profile) into the profile to plan with: finished items
 * completed, dropped ones excluded, and new items starting no earlier than
 * `asOf`. Without `previous` it changes nothing.
 */
export function readCheckIn(
  index: CatalogIndex,
  profile: Profile,
  settings: Settings,
  options: { readonly previous?: unknown; readonly progress?: unknown },
  /** Where `previous` and `progress` sit in the options (a team's are under the profile id). */
  at: { readonly previous: IssuePath; readonly progress: IssuePath } = { previous: ["previous"], progress: ["progress"] },
): CheckIn {
  const { previous, progress } = readRevisionOptions(options, at);
  if (!previous) {
    if (Object.keys(progress).length > 0) {
      throw new ValidationError("options", [{ path: at.progress, message: "needs options.previous, the plan whose items it reports on" }]);
    }
    return { profile, settings, standings: new Map(), lowerings: [], completed: [], dropped: [] };
  }
  const issues: Issue[] = [];
  if (previous.profileId !== undefined && profile.id !== undefined && previous.profileId !== profile.id) {
    issues.push({ path: [...at.previous, "profileId"], message: `is "${previous.profileId}", but the profile's id is "${profile.id}": a plan can only revise the same person's plan` });
  }
  if (settings.asOf < previous.asOf) {
    issues.push({ path: ["asOf"], message: `is ${settings.asOf}, before the previous plan's asOf ${previous.asOf}: a check-in comes after the plan it revises` });
  }
  const ids = new Set(previous.items.map((item) => item.id));
  for (const id of Object.keys(progress)) {
    if (!ids.has(id)) issues.push({ path: [...at.progress, id], message: `is not an item of the previous plan (its items: ${[...ids].join(", ") || "none"})` });
  }
  if (issues.length > 0) throw new ValidationError("options", issues);

  const standings = new Map<string, Standing>();
  const lowerings: Lowering[] = [];
  for (const item of previous.items) {
    const said = Object.hasOwn(progress, item.id) ? progress[item.id] : undefined;
    const standing: Standing = {
      item,
      status: said?.status ?? statusFromDates(item, settings.asOf),
      assumed: said === undefined,
      ...(said?.helped === undefined ? {} : { helped: said.helped }),
      ...(said?.note === undefined ? {} : { note: said.note }),
    };
    standings.set(item.id, standing);
    if (standing.helped !== undefined && standing.helped <= HELPED_LITTLE) {
      const position = index.byId.get(item.id);
      const provider = position === undefined ? undefined : index.items[position]!.item.provider;
      lowerings.push({
        itemId: item.id,
        title: item.title,
        helped: standing.helped,
        keys: new Set(item.reasons.map((reason) => reason.need)),
        kind: item.kind,
        format: item.format,
        ...(provider === undefined ? {} : { provider }),
      });
    }
  }
  const having = (status: ProgressStatus) => [...standings.values()].filter((s) => s.status === status).map((s) => s.item.id);
  const completed = unique([...(previous.completed ?? []), ...having("done")]);
  const dropped = unique([...(previous.dropped ?? []), ...having("dropped")]);
  const constraints = profile.constraints ?? {};
  return {
    previous,
    profile: {
      ...profile,
      constraints: {
        ...constraints,
        completed: unique([...(constraints.completed ?? []), ...completed]),
        exclude: unique([...(constraints.exclude ?? []), ...dropped]),
      },
    },
    settings: { ...settings, start: restart(previous, settings) },
    standings,
    lowerings,
    completed,
    dropped,
  };
}

/** How an item is like one that did not help, in words; undefined if it is not. */
function likeness(locale: Locale, item: CatalogItem, lowering: Lowering): string | undefined {
  if (lowering.provider !== undefined && item.provider === lowering.provider) return say(locale, "revise.like.provider", { provider: lowering.provider });
  if (item.format === lowering.format) return say(locale, "revise.like.format", { format: say(locale, `format.${item.format}`) });
  if (item.kind === lowering.kind) {
    return item.kind === "working-condition" ? say(locale, "revise.like.workingCondition") : say(locale, "revise.like.kind", { kind: say(locale, `kind.${item.kind}`) });
  }
  return undefined;
}

/** The need keys an earlier item was there for: its own reasons, and those of the items it came before. */
function keysOf(item: PlanItem, previous: Plan): Set<string> {
  const keys = new Set(item.reasons.map((reason) => reason.need));
  for (const other of previous.items) {
    if (other.prerequisites.includes(item.id)) for (const reason of other.reasons) keys.add(reason.need);
  }
  return keys;
}

const signature = (need: { type: string; source: string; key: string }) => `${need.type}\u0000${need.source}\u0000${need.key}`;

/**
 * Lowers items like the ones that helped little (same provider, format or
 * kind) for the needs those were chosen for, and works out what stays:
 * items under way on their dates unless every need they served is gone,
 * items not started yet on theirs when they still fit.
 */
export function reviseScores(checkIn: CheckIn, index: CatalogIndex, needs: readonly DraftNeed[], scored: Scored): Revised {
  const { previous, profile, settings } = checkIn;
  if (!previous) return { scored, lowered: new Map(), notKept: new Map() };
  // Item position to, for each item that helped little, the needs it lowers and how the two are alike.
  const lowerings = new Map<number, Map<Lowering, { needs: Set<string>; like: string }>>();
  const lower = (candidate: Candidate): Candidate => {
    const item = index.items[candidate.position]!.item;
    let changed = false;
    const contributions = candidate.contributions.map((contribution) => {
      let value = contribution.value;
      const need = needs[contribution.need]!;
      for (const lowering of checkIn.lowerings) {
        if (lowering.itemId === item.id || !lowering.keys.has(need.key)) continue;
        const like = likeness(settings.locale, item, lowering);
        if (!like) continue;
        value *= LOWER_BY[lowering.helped] ?? 1;
        changed = true;
        const mine = lowerings.get(candidate.position) ?? new Map();
        lowerings.set(candidate.position, mine);
        const entry = mine.get(lowering) ?? { needs: new Set<string>(), like };
        entry.needs.add(lowerFirst(settings.locale, need.label));
        mine.set(lowering, entry);
      }
      return { need: contribution.need, value };
    });
    if (!changed) return candidate;
    const relevance = contributions.reduce((sum, c) => sum + c.value, 0);
    return { ...candidate, contributions, relevance, score: relevance * candidate.fit };
  };
  const candidates = scored.candidates.map(lower);
  const filtered = new Map(scored.filtered);
  const byPosition = new Map(candidates.map((c) => [c.position, c] as const));
  const ensure = (position: number) => {
    if (byPosition.has(position)) return;
    const candidate = lower(candidateFor(index, position, needs, profile));
    candidates.push(candidate);
    byPosition.set(position, candidate);
  };

  const currentKeys = new Set(needs.map((need) => need.key));
  const notKept = new Map<string, "needs-gone" | "lowered" | "gone">();
  const fixed: Array<{ position: number; slot: { startDay: number; endDay: number } }> = [];
  const carried: Array<{ position: number; startDay: number }> = [];
  const done = new Set(profile.constraints?.completed ?? []);
  const excluded = new Set(profile.constraints?.exclude ?? []);
  const served = new Set<number>();
  for (const standing of checkIn.standings.values()) {
    const { item, status } = standing;
    const position = index.byId.get(item.id);
    if (status === "done" || status === "dropped") {
      // A finished item serves its needs, unless it was said to help little.
      if (status === "done" && position !== undefined && !(standing.helped !== undefined && standing.helped <= HELPED_LITTLE)) {
        for (const { need } of candidateFor(index, position, needs, profile).contributions) served.add(need);
      }
      continue;
    }
    if (position === undefined) {
      notKept.set(item.id, "gone");
      continue;
    }
    const keys = keysOf(item, previous);
    const stillNeeded = keys.size === 0 ? candidateFor(index, position, needs, profile).contributions.length > 0 : [...keys].some((key) => currentKeys.has(key));
    if (!stillNeeded) {
      notKept.set(item.id, "needs-gone");
      continue;
    }
    if (status === "in-progress") {
      ensure(position);
      filtered.delete(position);
      fixed.push({ position, slot: { startDay: daysBetween(settings.start, item.start), endDay: daysBetween(settings.start, item.end) } });
      continue;
    }
    if (lowerings.has(position)) {
      // Like something that did not help: it competes again instead of staying by default.
      notKept.set(item.id, "lowered");
      continue;
    }
    if (!byPosition.has(position)) {
      const reason = filterOf(index.items[position]!, index, profile, settings, scored.currency, done, excluded);
      if (reason) {
        filtered.set(position, reason);
        continue;
      }
      ensure(position);
    }
    carried.push({ position, startDay: daysBetween(settings.start, item.start) });
  }
  const known = new Set(previous.needs.map(signature));
  const fresh = new Set<number>();
  needs.forEach((need, n) => {
    if (!known.has(signature(need))) fresh.add(n);
  });
  // A need the earlier plan could not serve waits until something makes room: an item finished, dropped or let go.
  // One it only asked about was never looked for: once answered, it is planned for like any new need.
  const roomMade = notKept.size > 0 || [...checkIn.standings.values()].some((s) => s.status === "done" || s.status === "dropped");
  if (!roomMade) {
    const unserved = new Set(previous.needs.filter(isUncovered).map(signature));
    needs.forEach((need, n) => {
      if (unserved.has(signature(need))) served.add(n);
    });
  }
  candidates.sort((a, b) => b.score - a.score || a.position - b.position);
  const lowered = new Map(
    [...lowerings].map(([position, byItem]) => [
      position,
      [...byItem].map(([lowering, { needs: labels, like }]) =>
        say(settings.locale, "revise.lowered", { needs: list(settings.locale, [...labels]), title: quote(settings.locale, lowering.title), helped: lowering.helped, like }),
      ),
    ]),
  );
  return { scored: { candidates, filtered, currency: scored.currency }, kept: { fixed, carried, settled: served, fresh }, lowered, notKept };
}

/** A left-out reason in an employee's words, for an item that was in the plan. */
function leftOutWords(reason: LeftOut | undefined, settings: Settings): string {
  const { locale } = settings;
  switch (reason) {
    case "budget":
    case "hours":
    case "horizon":
    case "seats":
    case "excluded":
    case "completed":
    case "language":
    case "currency":
    case "prerequisite":
      return say(locale, `revise.left.${reason}`, { hours: settings.hoursPerWeek });
    case "duplicate":
    case "low-gain":
      return say(locale, "revise.left.outdone");
    default:
      return say(locale, "revise.left.full", { max: settings.maxItems });
  }
}

/**
 * The revision step, for `createRecommender` from `tailorplan/core`: the
 * `tailorplan` entry's recommenders have it already. Apps that never revise
 * leave it out and do not ship it.
 *
 * @example
 * ```ts
 * import { createRecommender } from "tailorplan/core";
 * import { revision } from "tailorplan";
 * const r = createRecommender({ catalog, taxonomy, revision });
 * r.recommend(profile, { asOf: "2026-02-02", previous, progress });
 * ```
 */
export const revision: RevisionStep = Object.freeze({ readCheckIn, reviseScores, describeChanges });

/**
 * Adds `changes` (every earlier and every new item, once each), the
 * completed and dropped ids so far, and to each lowered item's explanation
 * why it counts less. Without a previous plan the plan is returned as is.
 */
export function describeChanges(plan: Plan, checkIn: CheckIn, revised: Revised, composition: Composition, index: CatalogIndex): Plan {
  const { previous, settings } = checkIn;
  if (!previous) return plan;
  const { locale } = settings;
  const labelOf = new Map([...previous.needs, ...plan.needs].map((need) => [need.key, lowerFirst(locale, need.label)] as const));
  const needsOf = (item: PlanItem) => list(locale, unique(item.reasons.map((reason) => labelOf.get(reason.need) ?? reason.need)));
  const now = new Map(plan.items.map((item) => [item.id, item] as const));
  const titleAt = (position: number) => index.items[position]!.item.title;
  const changes: Change[] = [];
  const knownNeeds = new Set(previous.needs.map((need) => `${need.key}\u0000${need.source}`));
  const littleHelp = (standing: Standing) =>
    standing.helped !== undefined && standing.helped <= HELPED_LITTLE && standing.item.reasons.length > 0
      ? ` ${say(locale, "revise.littleHelp", { helped: standing.helped, needs: needsOf(standing.item) })}`
      : "";
  const note = (standing: Standing) => (standing.note === undefined ? "" : ` ${say(locale, "revise.note", { note: quote(locale, standing.note) })}`);
  for (const standing of checkIn.standings.values()) {
    const { item, status } = standing;
    const after = now.get(item.id);
    let change: Change["change"];
    let reason: string;
    if (status === "done") {
      change = "removed";
      reason = standing.assumed ? say(locale, "revise.doneAssumed", { end: item.end }) : `${say(locale, "revise.done")}${littleHelp(standing)}`;
    } else if (status === "dropped") {
      change = "removed";
      reason = `${say(locale, "revise.dropped")}${littleHelp(standing)}`;
    } else if (after && after.start === item.start && after.end === item.end) {
      change = "kept";
      const needs = needsOf(after);
      reason = say(locale, status === "in-progress" ? "revise.underWay" : needs ? "revise.stillServes" : "revise.stillServes.plan", { needs });
    } else if (after) {
      change = "rescheduled";
      reason = say(locale, item.start < settings.start ? "revise.passed" : "revise.moved", { was: item.start, now: after.start });
    } else {
      change = "removed";
      const position = index.byId.get(item.id);
      const why = revised.notKept.get(item.id);
      const by = position === undefined ? undefined : composition.displaced?.get(position);
      if (why === "gone") reason = say(locale, "revise.gone");
      else if (why === "needs-gone") {
        const what = needsOf(item) || say(locale, "revise.itemsAfter");
        reason = say(locale, status === "in-progress" ? "revise.needsGone.underWay" : "revise.needsGone", { what });
      } else if (by !== undefined) {
        const said = now.get(index.items[by]!.item.id)?.reasons.find((r) => !knownNeeds.has(`${r.need}\u0000${r.quote}`));
        reason = say(locale, said ? "revise.madeRoom.said" : "revise.madeRoom", { title: quote(locale, titleAt(by)), quote: said ? quote(locale, said.quote) : "" });
      } else {
        const lowered = position === undefined ? undefined : revised.lowered.get(position)?.[0];
        const left = position === undefined ? undefined : composition.leftOut.get(position);
        reason = lowered && (left === undefined || left === "max-items" || left === "low-gain" || left === "duplicate") ? lowered : leftOutWords(left, settings);
      }
    }
    changes.push({ itemId: item.id, change, reason: `${reason}${status === "dropped" || status === "done" ? note(standing) : ""}` });
  }
  const dropped = [...checkIn.standings.values()].filter((s) => s.status === "dropped" || (s.helped !== undefined && s.helped <= HELPED_LITTLE));
  for (const item of plan.items) {
    if (checkIn.standings.has(item.id)) continue;
    const said = item.reasons.find((reason) => !knownNeeds.has(`${reason.need}\u0000${reason.quote}`));
    const instead = dropped.find((s) => s.item.reasons.some((reason) => item.reasons.some((r) => r.need === reason.need)));
    const position = index.byId.get(item.id);
    const neededBy = composition.chosen.find((c) => c.position === position)?.requiredBy;
    const needs = needsOf(item);
    const reason = said
      ? say(locale, "revise.new", { quote: quote(locale, said.quote), label: labelOf.get(said.need) ?? said.need })
      : instead
        ? say(locale, "revise.inPlace", { title: quote(locale, instead.item.title), needs })
        : neededBy !== undefined
          ? say(locale, "explain.neededBefore", { title: quote(locale, titleAt(neededBy)) })
          : say(locale, needs ? "revise.added" : "revise.added.plan", { needs });
    changes.push({ itemId: item.id, change: "added", reason });
  }
  const servedKeys = new Set(
    [...checkIn.standings.values()]
      .filter((s) => s.status === "done" && !(s.helped !== undefined && s.helped <= HELPED_LITTLE))
      .flatMap((s) => s.item.reasons.map((reason) => reason.need)),
  );
  return {
    ...plan,
    items: plan.items.map((item) => {
      const position = index.byId.get(item.id);
      const why = position === undefined ? undefined : revised.lowered.get(position);
      return why ? { ...item, explanation: [item.explanation, ...why].filter((text) => text !== "").join(" ") } : item;
    }),
    // A need a finished item served is not a gap.
    warnings: plan.warnings.filter((warning) => warning.need === undefined || !servedKeys.has(warning.need)),
    changes,
    completed: [...checkIn.completed],
    dropped: [...checkIn.dropped],
  };
}
