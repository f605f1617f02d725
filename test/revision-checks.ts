import { expect } from "vitest";
import { daysBetween } from "../src/compose/calendar";
import { defaultCatalog, type Plan, type Progress } from "../src/index";

const byId = new Map(defaultCatalog.map((item) => [item.id, item] as const));
const change = (plan: Plan, id: string) => plan.changes?.find((c) => c.itemId === id);
const itemOf = (plan: Plan, id: string) => plan.items.find((item) => item.id === id);

/** Hours booked in each week counted from the plan's start; weeks before it do not count. */
function weeklyHours(plan: Plan): number[] {
  const weeks: number[] = [];
  for (const item of plan.items) {
    const firstWeek = Math.max(0, Math.floor(daysBetween(plan.start, item.start) / 7));
    const lastWeek = Math.floor(daysBetween(plan.start, item.end) / 7);
    for (let week = firstWeek; week <= lastWeek; week++) weeks[week] = (weeks[week] ?? 0) + item.hoursPerWeek;
  }
  return Array.from(weeks, (hours) => hours ?? 0);
}

/** What every revised plan keeps: limits, prerequisites first, and changes that account for every item once. */
export function expectValidRevision(plan: Plan, previous: Plan, progress: Progress = {}): void {
  for (const hours of weeklyHours(plan)) expect(hours).toBeLessThanOrEqual(plan.totals.hoursPerWeekLimit + 1e-9);
  if (plan.totals.budget) expect(plan.totals.cost.amount).toBeLessThanOrEqual(plan.totals.budget.amount + 1e-9);
  const before = new Map(previous.items.map((item) => [item.id, item] as const));
  for (const item of plan.items) {
    expect(item.end <= plan.end, `${item.id} ends ${item.end} after ${plan.end}`).toBe(true);
    // Only an item under way may have started before the revision, and it stays whatever came of what it needed.
    if (item.start < plan.start) {
      expect(before.get(item.id)?.start).toBe(item.start);
      continue;
    }
    for (const id of byId.get(item.id)?.prerequisites ?? []) {
      const prerequisite = itemOf(plan, id);
      if (prerequisite) expect(prerequisite.end < item.start, `${id} before ${item.id}`).toBe(true);
      else expect(plan.completed, `${item.id} needs ${id}`).toContain(id);
    }
  }
  const changes = plan.changes!;
  expect(new Set(changes.map((c) => c.itemId)).size).toBe(changes.length);
  const count = (kind: string) => changes.filter((c) => c.change === kind).length;
  expect(count("kept") + count("rescheduled") + count("added")).toBe(plan.items.length);
  expect(count("kept") + count("rescheduled") + count("removed")).toBe(previous.items.length);
  for (const c of changes) {
    expect(c.reason.length).toBeGreaterThan(10);
    if (c.change === "added") expect(before.has(c.itemId)).toBe(false);
    else expect(before.has(c.itemId)).toBe(true);
    if (c.change === "kept") expect([itemOf(plan, c.itemId)?.start, itemOf(plan, c.itemId)?.end]).toEqual([before.get(c.itemId)!.start, before.get(c.itemId)!.end]);
    if (c.change === "removed") expect(itemOf(plan, c.itemId)).toBeUndefined();
  }
  for (const id of plan.dropped ?? []) expect(itemOf(plan, id)).toBeUndefined();
  for (const id of plan.completed ?? []) expect(itemOf(plan, id)).toBeUndefined();
  for (const [id, entry] of Object.entries(progress)) {
    if (entry.status === "in-progress" && change(plan, id)?.change !== "removed") expect(change(plan, id)?.change).toBe("kept");
  }
}

