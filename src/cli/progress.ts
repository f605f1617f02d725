import type { Output } from "./io";

/** How far a batch has come. */
export interface ProgressState {
  readonly records: number;
  readonly failed: number;
  /** Share of the input read so far (0–1), when the input's size is known. */
  readonly fraction?: number;
}

/** Reports a batch's progress on stderr without getting in the way of its error messages. */
export interface Progress {
  update(state: ProgressState): void;
  /** Prints a message on its own line(s), clearing the bar first and drawing it again after. */
  log(message: string): void;
  /** Finishes the bar's line. */
  done(): void;
}

const BAR = 24;

/**
 * On a terminal, a bar redrawn in place (`\r`) whenever the whole percentage
 * or the count of fifty changes; anywhere else (a CI log, a file), a plain line
 * every `every` records, because `\r` bars turn into noise there.
 *
 * @example
 * ```ts
 * const progress = createProgress(process.stderr, "batch");
 * progress.update({ records: 10, failed: 0, fraction: 0.2 });
 * progress.done();
 * ```
 */
export function createProgress(out: Output, label: string, every = 100): Progress {
  const tty = out.isTTY === true;
  let last: ProgressState = { records: 0, failed: 0 };
  let drawnPercent = -1;
  let drawn = false;
  let printed = 0; // records at the last plain line, so one count is never printed twice

  const percentOf = (state: ProgressState) => (state.fraction === undefined ? undefined : Math.floor(Math.min(1, Math.max(0, state.fraction)) * 100));
  const counts = (state: ProgressState) => `${state.records} ${state.records === 1 ? "record" : "records"}${state.failed > 0 ? `, ${state.failed} failed` : ""}`;

  function draw(): void {
    const percent = percentOf(last);
    const filled = percent === undefined ? 0 : Math.round((percent / 100) * BAR);
    const bar = percent === undefined ? "" : ` [${"#".repeat(filled)}${"-".repeat(BAR - filled)}] ${String(percent).padStart(3)}%`;
    const line = `${label}${bar} ${counts(last)}`;
    const width = out.columns && out.columns > 10 ? out.columns - 1 : line.length;
    out.write(`\r\x1b[2K${line.slice(0, width)}`);
    drawn = true;
    drawnPercent = percent ?? -1;
  }

  function clear(): void {
    if (drawn) out.write("\r\x1b[2K");
  }

  return {
    update(state) {
      last = state;
      if (tty) {
        if ((percentOf(state) ?? -1) !== drawnPercent || state.records % 50 === 0 || !drawn) draw();
      } else if (state.records > 0 && state.records % every === 0 && state.records !== printed) {
        printed = state.records;
        const percent = percentOf(state);
        out.write(`${label}: ${counts(state)}${percent === undefined ? "" : ` (${percent}% read)`}\n`);
      }
    },
    log(message) {
      if (tty) clear();
      out.write(message.endsWith("\n") ? message : `${message}\n`);
      if (tty && drawn) draw();
    },
    done() {
      if (tty) {
        draw();
        out.write("\n");
      }
    },
  };
}
