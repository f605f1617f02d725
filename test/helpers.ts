import { PassThrough } from "node:stream";
import { run } from "../src/cli/main";
import { daysBetween } from "../src/compose/calendar";
import type { Plan } from "../src/index";

/** Hours the plan asks for in each 7-day slot counted from `plan.start`. */
export function hoursByWeek(plan: Plan): number[] {
  const weeks: number[] = [];
  for (const item of plan.items) {
    const first = Math.floor(daysBetween(plan.start, item.start) / 7);
    const last = Math.floor(daysBetween(plan.start, item.end) / 7);
    for (let week = first; week <= last; week++) weeks[week] = (weeks[week] ?? 0) + item.hoursPerWeek;
  }
  return Array.from(weeks, (hours) => hours ?? 0);
}

/** The need keys some item in the plan covers. */
export function coveredKeys(plan: Plan): string[] {
  return plan.needs.filter((need) => need.coveredBy.length > 0).map((need) => need.key);
}

/** Deep-freezes a value so a test can prove nothing writes to it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Runs the CLI in-process in `cwd`, capturing what it prints; `today` stands for the clock. */
export async function runCli(argv: string[], { cwd, tty = false, today = "2026-03-02" }: { cwd: string; tty?: boolean; today?: string }) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk), isTTY: tty, columns: 100 },
    stdin: new PassThrough(),
    cwd,
    today,
  });
  return { code, stdout, stderr };
}
