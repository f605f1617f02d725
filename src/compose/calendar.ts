import { addDays, differenceInCalendarDays, format, parseISO } from "date-fns";

/**
 * Calendar dates as `YYYY-MM-DD` strings. date-fns works on local dates, and
 * every date here is parsed and written in the same zone, so the result is
 * the same in Los Angeles and Kiritimati.
 */
export function shiftDays(date: string, days: number): string {
  return format(addDays(parseISO(date), days), "yyyy-MM-dd");
}

export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}
