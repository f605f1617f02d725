/**
 * Calendar dates as `YYYY-MM-DD` strings, counted in whole days on the UTC
 * calendar. Local-time arithmetic would make the plan depend on where it is
 * made: Kiritimati skipped 1994-12-31 and Samoa 2011-12-30, so a local
 * "add one day" there lands on a different date than in Los Angeles.
 */
const DAY = 86_400_000;

/** Days since 1970-01-01; ISO strings parse with their full year, so years below 100 stay themselves. */
function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY);
}

export function shiftDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * DAY).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Calendar months from one date to another, ignoring the day of the month (March 31 to April 1 is one). */
export function monthsBetween(from: string, to: string): number {
  const year = (date: string) => Number(date.slice(0, 4));
  const month = (date: string) => Number(date.slice(5, 7));
  return (year(to) - year(from)) * 12 + (month(to) - month(from));
}

/** The last day a plan may reach: later dates no longer fit the `YYYY-MM-DD` form. */
export const LAST_DAY = "9999-12-31";
