/** What every bench prints its runs with. */
import { loadavg } from "node:os";

/** The middle of the runs (the upper one of an even count). */
export const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The load average over 1, 5 and 15 minutes, as the benches print it beside their figures: "1.0 1.2 1.3". */
export const loadAverage = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(" ");
