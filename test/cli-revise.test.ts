import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ana } from "../examples/two-employees";
import type { Plan } from "../src/index";
import { runCli } from "./helpers";
import { readICalendar } from "./ics-reader";

const dir = mkdtempSync(join(tmpdir(), "tailorplan-cli-revise-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: unknown) => {
  writeFileSync(join(dir, name), typeof content === "string" ? content : JSON.stringify(content));
  return name;
};

const cli = (argv: string[]) => runCli(argv, { cwd: dir });

describe("tailorplan plan at a check-in", () => {
  file("ana.json", ana);

  it("revises a saved plan with --previous and --progress, and lists the changes", async () => {
    const saved = await cli(["plan", "ana.json", "--as-of", "2026-01-05", "--format", "json"]);
    const first = JSON.parse(saved.stdout) as Plan;
    file("plan.json", first);
    const dropped = first.items[first.items.length - 1]!.id;
    file("progress.json", { [dropped]: { status: "dropped", helped: 1, note: "not for me" } });
    const { code, stdout } = await cli(["plan", "ana.json", "--as-of", "2026-02-02", "--previous", "plan.json", "--progress", "progress.json", "--format", "json"]);
    expect(code).toBe(0);
    const revised = JSON.parse(stdout) as Plan;
    expect(revised.changes?.find((c) => c.itemId === dropped)?.change).toBe("removed");
    expect(revised.dropped).toEqual([dropped]);
    const text = await cli(["plan", "ana.json", "--as-of", "2026-02-02", "--previous", "plan.json", "--progress", "progress.json"]);
    expect(text.stdout).toContain(`Changes at this check-in:\n`);
    expect(text.stdout).toContain(`  - removed ${dropped}: Dropped: it is not offered again.`);
  });

  it("writes one self-contained HTML page with the timeline", async () => {
    const { code, stdout } = await cli(["plan", "ana.json", "--as-of", "2026-01-05", "--format", "html"]);
    expect(code).toBe(0);
    expect(stdout.startsWith("<!doctype html>")).toBe(true);
    expect(stdout).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="tailorplan-timeline"');
    expect(stdout).not.toMatch(/<script|<link/);
  });

  it("writes a calendar with --format ics", async () => {
    const { code, stdout } = await cli(["plan", "ana.json", "--as-of", "2026-01-05", "--format", "ics"]);
    expect(code).toBe(0);
    const root = readICalendar(stdout);
    expect(root.components.length).toBeGreaterThan(0);
  });

  it("asks for --previous with --progress, and names the file of a bad progress entry", async () => {
    const usage = await cli(["plan", "ana.json", "--progress", "progress.json"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("--progress needs --previous");
    file("bad-progress.json", { "no-such-item": { status: "done" } });
    const bad = await cli(["plan", "ana.json", "--as-of", "2026-02-02", "--previous", "plan.json", "--progress", "bad-progress.json"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^tailorplan plan: bad-progress\.json: .*options\.progress\["no-such-item"\]: is not an item of the previous plan/s);
  });
});
