import { ITEM_KINDS, type ItemKind } from "../schema/common";
import type { DraftNeed } from "../needs/types";
import type { Candidate, CatalogIndex, FilterReason, IndexedItem, Scored } from "../score";
import { filterOf } from "../score";
import type { Profile } from "../schema/profile";
import type { Settings } from "../settings";
import { paced } from "./pace";
import { Timeline, unbook, type Slot } from "./schedule";

/** Why a useful item was left out of the plan. */
export type LeftOut = FilterReason | "max-items" | "duplicate" | "low-gain" | "displaced";

/** What a revision brings from the earlier plan (made by `src/revise`). */
export interface Kept {
  /** Items under way: booked on these days whatever else changes. */
  readonly fixed: ReadonlyArray<{ readonly position: number; readonly slot: Slot }>;
  /** Items not started, in the earlier plan's order: kept on `startDay` when they still fit there, else as early as they fit. */
  readonly carried: ReadonlyArray<{ readonly position: number; readonly startDay: number }>;
  /**
   * Needs (by index) no new item is sought for: served by finished items, or
   * left uncovered by the earlier plan when nothing has made room since.
   */
  readonly settled: ReadonlySet<number>;
  /** Needs (by index) the earlier plan did not have: an item for one may take the place of a carried item. */
  readonly fresh: ReadonlySet<number>;
}

export interface Chosen {
  readonly position: number;
  readonly slot: Slot;
  /** What adding it gained, after diminishing returns and the mix. */
  readonly gain: number;
  /** Set when the item is in the plan because a chosen item needs it first. */
  readonly requiredBy?: number;
}

export interface Composition {
  readonly chosen: Chosen[];
  readonly leftOut: ReadonlyMap<number, LeftOut>;
  readonly peak: number;
  readonly cost: number;
  /** In a revision: carried items (by position) that made way, to the item that took their place. */
  readonly displaced?: ReadonlyMap<number, number>;
}

/** Two items of one kind that serve mostly the same keys are one choice, not two. */
const DUPLICATE_OVERLAP = 0.6;
/** Stop when the next item would add less than this share of what the first added. */
const LOW_GAIN = 0.1;
/** Items tried for a new need in a revision before it is left uncovered: the best few are enough, and each try re-books the calendar. */
const DISPLACE_TRIES = 3;
/** Why an item was left out that taking a carried item's place can change: room, money or time. */
const MAY_DISPLACE: ReadonlySet<LeftOut> = new Set(["max-items", "budget", "hours", "low-gain"]);

function overlap(a: IndexedItem, b: IndexedItem): number {
  let shared = 0;
  for (const key of a.serves.keys()) if (b.serves.has(key)) shared++;
  return shared / (a.serves.size + b.serves.size - shared);
}

function isPrerequisiteOf(index: CatalogIndex, a: number, b: number): boolean {
  const seen = new Set<number>();
  const stack = [b];
  while (stack.length > 0) {
    const p = stack.pop()!;
    for (const q of index.items[p]!.prerequisites) {
      if (q === a) return true;
      if (!seen.has(q)) {
        seen.add(q);
        stack.push(q);
      }
    }
  }
  return false;
}

/**
 * Step 4a of the pipeline: greedy weighted coverage. Each round takes the
 * item that adds most, where a need already served counts less (diminishing
 * returns), kinds short of the target mix count more, and the budget, weekly
 * hours, horizon and `maxItems` are never broken. Prerequisites come along
 * and are scheduled first.
 */
export function compose(
  index: CatalogIndex,
  scored: Scored,
  needs: readonly DraftNeed[],
  profile: Profile,
  settings: Settings,
  /** Items that must be in the plan, placed before any other (a team's mentoring pairs). */
  pinned: readonly number[] = [],
  /**
   * In a revision, what stays from the earlier plan. New items are then
   * sought only for needs nothing in the plan serves, so what is kept is
   * not reshuffled, and the calendar is not redrawn.
   */
  kept?: Kept,
): Composition {
  const timeline = new Timeline(settings.horizonWeeks, settings.hoursPerWeek, settings.start);
  const coverage = new Float64Array(needs.length);
  const decay = 1 - 0.85 * settings.diversity;
  const counts: Record<ItemKind, number> = { training: 0, mentoring: 0, "working-condition": 0 };
  const chosen: Chosen[] = [];
  const inPlan = new Set<number>();
  const leftOut = new Map<number, LeftOut>(scored.filtered);
  const done = new Set(profile.constraints?.completed ?? []);
  const excluded = new Set(profile.constraints?.exclude ?? []);
  const byPosition = new Map(scored.candidates.map((c) => [c.position, c] as const));
  let spent = 0;
  let firstGain = 0;

  const mixFactor = (kind: ItemKind): number => {
    const n = chosen.length;
    const share = n === 0 ? 0 : counts[kind] / n;
    return Math.max(0.2, 1 + (settings.mix[kind] - share));
  };
  // decay ** k for each count k a need has been covered: the same numbers, looked up instead of raised each time.
  const powers: number[] = [];
  const power = (k: number): number => powers[k] ?? (powers[k] = decay ** k);
  const gainOf = (candidate: Candidate): number => {
    let sum = 0;
    for (const { need, value } of candidate.contributions) sum += value * power(coverage[need]!);
    return sum * candidate.fit * mixFactor(candidate.kind);
  };
  /** Unmet prerequisites of `position`, deepest first; undefined if one cannot be had. */
  const bundleOf = (position: number): number[] | undefined => {
    const order: number[] = [];
    const visit = (p: number): boolean => {
      for (const q of index.items[p]!.prerequisites) {
        const id = index.items[q]!.item.id;
        if (done.has(id) || inPlan.has(q) || order.includes(q)) continue;
        const entry = index.items[q]!;
        if (filterOf(entry, index, profile, settings, scored.currency, done, excluded) !== undefined) return false;
        if (!visit(q)) return false;
        order.push(q);
      }
      return true;
    };
    return visit(position) ? [...order, position] : undefined;
  };
  const isDuplicate = (position: number): boolean => {
    const entry = index.items[position]!;
    return chosen.some(({ position: other }) => {
      const o = index.items[other]!;
      return (
        o.item.kind === entry.item.kind &&
        o.primary === entry.primary &&
        overlap(o, entry) >= DUPLICATE_OVERLAP &&
        !isPrerequisiteOf(index, other, position) &&
        !isPrerequisiteOf(index, position, other)
      );
    });
  };
  /** Books the bundle in order, each after what it needs; all or nothing. */
  const place = (bundle: readonly number[]): Slot[] | undefined => {
    const slots: Slot[] = [];
    const ends = new Map<number, number>();
    for (const c of chosen) ends.set(c.position, c.slot.endDay);
    for (const position of bundle) {
      const entry = index.items[position]!;
      let earliest = 0;
      for (const q of entry.prerequisites) earliest = Math.max(earliest, (ends.get(q) ?? -1) + 1);
      const item = paced(entry.item, settings.hoursPerWeek);
      const slot = timeline.find(item, earliest);
      if (!slot) {
        slots.forEach((s, i) => unbook(timeline, paced(index.items[bundle[i]!]!.item, settings.hoursPerWeek), s));
        return undefined;
      }
      timeline.book(item, slot);
      ends.set(position, slot.endDay);
      slots.push(slot);
    }
    return slots;
  };

  const take = (position: number, slot: Slot, own: Candidate | undefined, gain: number, requiredBy?: number) => {
    chosen.push({ position, slot, gain: round(gain), ...(requiredBy === undefined ? {} : { requiredBy }) });
    inPlan.add(position);
    leftOut.delete(position);
    counts[index.items[position]!.item.kind]++;
    spent += index.items[position]!.item.cost.amount;
    for (const { need } of own?.contributions ?? []) coverage[need]!++;
  };
  const release = (at: number) => {
    const [{ position, slot }] = chosen.splice(at, 1) as [Chosen];
    const item = paced(index.items[position]!.item, settings.hoursPerWeek);
    unbook(timeline, item, slot);
    inPlan.delete(position);
    counts[item.kind]--;
    spent -= item.cost.amount;
    for (const { need } of byPosition.get(position)?.contributions ?? []) coverage[need]!--;
  };
  const displaced = new Map<number, number>();
  if (kept) {
    for (const { position, slot } of kept.fixed) {
      timeline.book(paced(index.items[position]!.item, settings.hoursPerWeek), slot);
      const own = byPosition.get(position);
      take(position, slot, own, own ? gainOf(own) : 0);
    }
    for (const { position, startDay } of kept.carried) {
      const own = byPosition.get(position);
      const entry = index.items[position]!;
      const item = paced(entry.item, settings.hoursPerWeek);
      if (!own) continue;
      let earliest = 0;
      let missing = false;
      for (const q of entry.prerequisites) {
        const before = chosen.find((c) => c.position === q);
        if (before) earliest = Math.max(earliest, before.slot.endDay + 1);
        else if (!done.has(index.items[q]!.item.id)) missing = true;
      }
      const reason: LeftOut | undefined = missing
        ? "prerequisite"
        : chosen.length >= settings.maxItems
          ? "max-items"
          : settings.budget && spent + item.cost.amount > settings.budget.amount + 1e-9
            ? "budget"
            : undefined;
      const slot = reason
        ? undefined
        : startDay >= earliest && timeline.fits(item, startDay)
          ? { startDay, endDay: startDay + item.weeks * 7 - 1 }
          : timeline.find(item, earliest);
      if (!slot) {
        leftOut.set(position, reason ?? (item.weeks > settings.horizonWeeks ? "horizon" : "hours"));
        continue;
      }
      timeline.book(item, slot);
      take(position, slot, own, gainOf(own));
    }
    // The low-gain cut measures from what the best kept item would gain first in a fresh plan, as it did there.
    for (const c of chosen) {
      const own = byPosition.get(c.position);
      if (own) firstGain = Math.max(firstGain, own.relevance * own.fit * Math.max(0.2, 1 + settings.mix[own.kind]));
    }
  }
  // In a revision a new item must serve a need that nothing kept or finished serves.
  const opens = (c: Candidate) => !kept || c.contributions.some(({ need }) => coverage[need] === 0 && !kept.settled.has(need));

  let pinnedCount = 0;
  for (const position of pinned) {
    // A pinned item serves the plan even when it meets none of the person's own needs (a mentor's side of a pair).
    const own = byPosition.get(position);
    if (chosen.length >= settings.maxItems) continue;
    const slots = place([position]);
    if (!slots) {
      leftOut.set(position, "hours");
      continue;
    }
    chosen.push({ position, slot: slots[0]!, gain: own ? round(gainOf(own)) : 0 });
    pinnedCount++;
    inPlan.add(position);
    leftOut.delete(position);
    counts[index.items[position]!.item.kind]++;
    spent += index.items[position]!.item.cost.amount;
    for (const { need } of own?.contributions ?? []) coverage[need]!++;
  }
  while (chosen.length < settings.maxItems) {
    const inPlay = (c: Candidate) => !inPlan.has(c.position) && (leftOut.get(c.position) ?? "low-gain") === "low-gain" && opens(c);
    // Candidates come sorted by score, and a gain never exceeds score × the highest mix
    // factor (coverage only lowers it). So gains are worked out in score order only as
    // far as a later candidate could still beat the best one waiting: on a large catalog
    // that is a few out of thousands, and the order is exactly that of sorting them all.
    const topMix = Math.max(...ITEM_KINDS.map(mixFactor));
    const waiting = new Heap<{ c: Candidate; gain: number }>((a, b) => b.gain - a.gain || a.c.position - b.c.position);
    let scanned = 0;
    const best = (): { c: Candidate; gain: number } | undefined => {
      const all = scored.candidates;
      while (scanned < all.length) {
        const top = waiting.peek();
        const c = all[scanned]!;
        if (top && c.score * topMix < top.gain) break;
        scanned++;
        if (!inPlay(c)) continue;
        const gain = gainOf(c);
        if (gain > 0) waiting.push({ c, gain });
      }
      return waiting.pop();
    };
    let picked = false;
    for (let next = best(); next !== undefined; next = best()) {
      const { c, gain } = next;
      if (firstGain > 0 && gain < firstGain * LOW_GAIN) {
        // The best left gains too little, so every candidate does: all are low-gain, and this round picks nothing.
        for (const other of scored.candidates) {
          if (inPlay(other) && !leftOut.has(other.position) && gainOf(other) > 0) leftOut.set(other.position, "low-gain");
        }
        break;
      }
      if (isDuplicate(c.position)) {
        leftOut.set(c.position, "duplicate");
        continue;
      }
      const bundle = bundleOf(c.position);
      if (!bundle) {
        leftOut.set(c.position, "prerequisite");
        continue;
      }
      if (chosen.length + bundle.length > settings.maxItems) {
        leftOut.set(c.position, "max-items");
        continue;
      }
      const cost = bundle.reduce((sum, p) => sum + index.items[p]!.item.cost.amount, 0);
      if (settings.budget && spent + cost > settings.budget.amount + 1e-9) {
        leftOut.set(c.position, "budget");
        continue;
      }
      const slots = place(bundle);
      if (!slots) {
        const weeks = bundle.reduce((sum, p) => sum + paced(index.items[p]!.item, settings.hoursPerWeek).weeks, 0);
        leftOut.set(c.position, weeks > settings.horizonWeeks ? "horizon" : "hours");
        continue;
      }
      bundle.forEach((position, i) => {
        const own = byPosition.get(position);
        take(position, slots[i]!, own, position === c.position ? gain : own ? gainOf(own) : 0, position === c.position ? undefined : c.position);
      });
      if (firstGain === 0) firstGain = gain;
      picked = true;
      break;
    }
    if (!picked) break;
  }
  if (kept) {
    // A need the earlier plan did not have, that nothing could be added for: its best
    // item may take the place of one carried item that does less, if that makes room.
    const fresh = [...kept.fresh].filter((n) => coverage[n] === 0).sort((a, b) => needs[b]!.weight - needs[a]!.weight || a - b);
    const carried = new Set(kept.carried.map((c) => c.position));
    for (const n of fresh) {
      if (coverage[n]! > 0) continue;
      const options = scored.candidates
        .filter((c) => !inPlan.has(c.position) && c.contributions.some(({ need }) => need === n) && MAY_DISPLACE.has(leftOut.get(c.position) ?? "max-items"))
        .map((c) => ({ c, gain: gainOf(c) }))
        .sort((a, b) => b.gain - a.gain || a.c.position - b.c.position)
        .slice(0, DISPLACE_TRIES);
      swap: for (const { c, gain } of options) {
        if (isDuplicate(c.position)) continue;
        const bundle = bundleOf(c.position);
        if (!bundle) continue;
        const needed = new Set(chosen.flatMap((x) => index.items[x.position]!.prerequisites));
        const removable = chosen
          .filter((x) => carried.has(x.position) && !needed.has(x.position) && !bundle.includes(x.position) && x.gain < gain)
          .sort((a, b) => a.gain - b.gain || a.position - b.position);
        for (const out of removable) {
          const at = chosen.indexOf(out);
          release(at);
          const cost = bundle.reduce((sum, p) => sum + index.items[p]!.item.cost.amount, 0);
          const fits = chosen.length + bundle.length <= settings.maxItems && !(settings.budget && spent + cost > settings.budget.amount + 1e-9);
          const slots = fits ? place(bundle) : undefined;
          if (slots) {
            bundle.forEach((position, i) => {
              const own = byPosition.get(position);
              take(position, slots[i]!, own, position === c.position ? gain : own ? gainOf(own) : 0, position === c.position ? undefined : c.position);
            });
            leftOut.set(out.position, "displaced");
            displaced.set(out.position, c.position);
            break swap;
          }
          timeline.book(paced(index.items[out.position]!.item, settings.hoursPerWeek), out.slot);
          take(out.position, out.slot, byPosition.get(out.position), out.gain);
          chosen.splice(at, 0, chosen.pop()!);
        }
      }
    }
  }
  for (const c of scored.candidates) {
    if (!inPlan.has(c.position) && !leftOut.has(c.position)) leftOut.set(c.position, "max-items");
  }
  if (kept) return { chosen, leftOut, peak: timeline.peak(), cost: spent, displaced };
  const calendar = reschedule(index, chosen, pinnedCount, needs, byPosition, settings);
  return calendar
    ? { chosen: chosen.map((c) => ({ ...c, slot: calendar.slots.get(c.position)! })), leftOut, peak: calendar.timeline.peak(), cost: spent }
    : { chosen, leftOut, peak: timeline.peak(), cost: spent };
}

/**
 * The greedy order decides what fits; the calendar should then serve urgent
 * needs (demands, short-term goals, blind spots) first. Places the chosen
 * items again on an empty timeline, pinned items first, then by how much they
 * do for urgent needs, prerequisites always before their dependants. Returns
 * undefined if that order cannot place every item, and the greedy calendar
 * stands.
 */
function reschedule(
  index: CatalogIndex,
  chosen: readonly Chosen[],
  pinnedCount: number,
  needs: readonly DraftNeed[],
  byPosition: ReadonlyMap<number, Candidate>,
  settings: Settings,
): { slots: Map<number, Slot>; timeline: Timeline } | undefined {
  const urgency = (position: number): number => {
    let sum = 0;
    for (const { need, value } of byPosition.get(position)?.contributions ?? []) if (needs[need]!.urgent) sum += value;
    return sum;
  };
  const order = chosen
    .map((c, i) => ({ position: c.position, i, urgency: i < pinnedCount ? Number.POSITIVE_INFINITY : urgency(c.position) }))
    .sort((a, b) => b.urgency - a.urgency || a.i - b.i);
  const inPlan = new Set(chosen.map((c) => c.position));
  const timeline = new Timeline(settings.horizonWeeks, settings.hoursPerWeek, settings.start);
  const slots = new Map<number, Slot>();
  const placeAfterPrerequisites = (position: number): boolean => {
    if (slots.has(position)) return true;
    let earliest = 0;
    for (const q of index.items[position]!.prerequisites) {
      if (!inPlan.has(q)) continue;
      if (!placeAfterPrerequisites(q)) return false;
      earliest = Math.max(earliest, slots.get(q)!.endDay + 1);
    }
    const item = paced(index.items[position]!.item, settings.hoursPerWeek);
    const slot = timeline.find(item, earliest);
    if (!slot) return false;
    timeline.book(item, slot);
    slots.set(position, slot);
    return true;
  };
  return order.every(({ position }) => placeAfterPrerequisites(position)) ? { slots, timeline } : undefined;
}

/** A binary heap: `pop` hands out the item that `order` puts first. */
class Heap<T> {
  private readonly items: T[] = [];

  constructor(private readonly order: (a: T, b: T) => number) {}

  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    const items = this.items;
    items.push(item);
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (this.order(items[i]!, items[parent]!) >= 0) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    items[0] = last;
    for (let i = 0; ; ) {
      const left = 2 * i + 1;
      const right = left + 1;
      let first = i;
      if (left < items.length && this.order(items[left]!, items[first]!) < 0) first = left;
      if (right < items.length && this.order(items[right]!, items[first]!) < 0) first = right;
      if (first === i) return top;
      [items[i], items[first]] = [items[first]!, items[i]!];
      i = first;
    }
  }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

