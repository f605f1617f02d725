/**
 * Pace: a self-paced course has no timetable, so its listed hours per week
 * are a suggestion. When that suggestion is more than the person can give, the
 * course is spread over more weeks at the same total hours, as long as it
 * still ends inside the horizon (the limits check that). Cohort, in-person and
 * every other format keep the schedule they are given.
 */
import type { CatalogItem } from "../schema/catalog";

/** The weeks a self-paced course of `hours` × `weeks` takes at no more than `limit` hours a week. */
export function stretchedWeeks(hours: number, weeks: number, limit: number): number {
  // A hair of tolerance, so 3 × 0.1 hours is not read as a little more than 0.3.
  return Math.max(weeks, Math.ceil((hours * weeks) / limit - 1e-9));
}

/** Whether an item is taken at another pace than listed for someone with `limit` hours a week. */
export function canStretch(format: string, hours: number, limit: number): boolean {
  return format === "self-paced" && limit > 0 && hours > limit + 1e-9;
}

/**
 * The item as this person takes it: the same object when its listed pace
 * fits, else a copy spread over more weeks with the same total hours.
 *
 * @example
 * ```ts
 * paced({ ...course, format: "self-paced", hoursPerWeek: 8, weeks: 2 }, 5); // 4 weeks at 4 h
 * ```
 */
export function paced(item: CatalogItem, limit: number): CatalogItem {
  if (!canStretch(item.format, item.hoursPerWeek, limit)) return item;
  const weeks = stretchedWeeks(item.hoursPerWeek, item.weeks, limit);
  return { ...item, weeks, hoursPerWeek: Math.round(((item.hoursPerWeek * item.weeks) / weeks) * 100) / 100 };
}
