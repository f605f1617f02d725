import type { CatalogItem } from "../schema/catalog";
import { daysBetween } from "./calendar";

/** Where an item sits in the plan: in days and weeks from the plan's start. */
export interface Slot {
  readonly startDay: number;
  /** The last day, inclusive. */
  readonly endDay: number;
}

/**
 * Hours booked per week of the plan. Weeks are counted from the plan's
 * start; an item that starts mid-week (a fixed cohort date) books one week
 * more, so no calendar week can go over the limit.
 */
export class Timeline {
  private readonly load: Float64Array;

  constructor(
    readonly weeks: number,
    readonly limit: number,
    private readonly start: string,
  ) {
    this.load = new Float64Array(weeks);
  }

  /** The earliest slot for `item` starting on or after `earliestDay`, or undefined if none fits. */
  find(item: CatalogItem, earliestDay: number): Slot | undefined {
    const starts = item.availability?.starts;
    const days =
      starts && starts.length > 0
        ? starts.map((date) => daysBetween(this.start, date)).filter((d) => d >= earliestDay).sort((a, b) => a - b)
        : undefined;
    if (days) {
      for (const day of days) {
        if (this.fits(item, day)) return { startDay: day, endDay: day + item.weeks * 7 - 1 };
      }
      return undefined;
    }
    for (let week = Math.ceil(earliestDay / 7); week + item.weeks <= this.weeks; week++) {
      if (this.fits(item, week * 7)) return { startDay: week * 7, endDay: week * 7 + item.weeks * 7 - 1 };
    }
    return undefined;
  }

  book(item: CatalogItem, slot: Slot): void {
    for (const week of this.weeksOf(item, slot.startDay)) this.load[week]! += item.hoursPerWeek;
  }

  peak(): number {
    let peak = 0;
    for (const hours of this.load) peak = Math.max(peak, hours);
    return peak;
  }

  /** Whether `item` fits starting on exactly `startDay`: inside the horizon and under the weekly limit. */
  fits(item: CatalogItem, startDay: number): boolean {
    if (startDay < 0 || startDay + item.weeks * 7 > this.weeks * 7) return false;
    if (item.hoursPerWeek === 0) return true;
    for (const week of this.weeksOf(item, startDay)) {
      // A hair of tolerance so 1.1 + 2.9 still fits in 4.
      if (this.load[week]! + item.hoursPerWeek > this.limit + 1e-9) return false;
    }
    return true;
  }

  private *weeksOf(item: CatalogItem, startDay: number): Generator<number> {
    // An item kept from an earlier plan may have started before this one: only its weeks from here count.
    const first = Math.max(0, Math.floor(startDay / 7));
    const last = Math.min(this.weeks - 1, Math.floor((startDay + item.weeks * 7 - 1) / 7));
    for (let week = first; week <= last; week++) yield week;
  }
}

/** Undoes {@link Timeline.book}; used when a bundle of items cannot be placed whole. */
export function unbook(timeline: Timeline, item: CatalogItem, slot: Slot): void {
  timeline.book({ ...item, hoursPerWeek: -item.hoursPerWeek }, slot);
}
