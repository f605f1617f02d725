/**
 * Calendar arithmetic on `YYYY-MM-DD` strings, in UTC. The harness keeps its
 * own, so that re-checking a plan's dates does not lean on the engine's code.
 */
const DAY = 86_400_000;

function toUtc(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  return Date.UTC(y!, m! - 1, d!);
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * ```ts
 * daysBetween("2026-01-05", "2026-01-12"); // 7
 * ```
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY);
}

/**
 * The date `days` after `date`.
 *
 * @example
 * ```ts
 * shiftDays("2026-01-05", 7); // "2026-01-12"
 * ```
 */
export function shiftDays(date: string, days: number): string {
  return new Date(toUtc(date) + days * DAY).toISOString().slice(0, 10);
}
