import { describe, expect, it } from "vitest";
import { escapeText, foldLine } from "../src/calendar/ics";
import { weeklyHours } from "../src/calendar/timeline";
import { createRecommender, defaultTaxonomy, planToHtml, recommend, timelineSvg, toICalendar, type Catalog, type Plan, type Profile } from "../src/index";
import ICAL from "ical.js";
import { readICalendar, valueOf } from "./ics-reader";

const ana: Profile = {
  id: "ana",
  level: "mid",
  motivations: ["I want to grow into a tech lead"],
  challenges: ["burnt out from overtime and the commute", "I freeze up when I present"],
  goals: ["learn SQL for our reporting work"],
  constraints: { hoursPerWeek: 5, budget: { amount: 1500, currency: "EUR" } },
};
const first = recommend(ana, { asOf: "2026-01-05" });
const revised = recommend(ana, { asOf: "2026-02-02", previous: first, progress: { "wc-priority-agreement": { status: "dropped", helped: 1 } } });
const events = (ics: string) => readICalendar(ics).components.filter((c) => c.name === "VEVENT");

describe("toICalendar", () => {
  it("writes one event per item start and one per check-in, read back by a strict reader", () => {
    const read = events(toICalendar(first));
    expect(read).toHaveLength(first.items.length + first.checkIns.length);
    for (const item of first.items) {
      const event = read.find((e) => valueOf(e, "UID") === `ana/item/${item.id}@tailorplan`)!;
      expect(valueOf(event, "SUMMARY")).toBe(`Start: ${item.title}`);
      expect(valueOf(event, "DTSTART")).toBe(item.start.replace(/-/g, ""));
      expect(valueOf(event, "DESCRIPTION")).toContain(item.explanation);
      expect(valueOf(event, "CATEGORIES")).toBe(item.kind);
    }
    expect(read.filter((e) => valueOf(e, "CATEGORIES") === "check-in").map((e) => valueOf(e, "DTSTART"))).toEqual(first.checkIns.map((d) => d.replace(/-/g, "")));
    expect(new Set(read.map((e) => valueOf(e, "UID"))).size).toBe(read.length);
  });

  it("is read back by ical.js, a maintained parser written by others", () => {
    const calendar = new ICAL.Component(ICAL.parse(toICalendar(revised)));
    expect(calendar.name).toBe("vcalendar");
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    const parsed = calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
    expect(parsed.length).toBe(events(toICalendar(revised)).length);
    for (const item of revised.items) {
      const event = parsed.find((e) => e.uid === `ana/item/${item.id}@tailorplan`)!;
      expect(event.summary).toBe(`Start: ${item.title}`);
      expect(event.startDate.toString()).toBe(item.start);
      expect(event.startDate.isDate).toBe(true);
    }
    const checkIns = parsed.filter((e) => e.uid.includes("/check-in/")).map((e) => e.startDate.toString());
    expect(checkIns).toEqual(revised.checkIns);
  });

  it("keeps UIDs across a revision, raises the sequence and cancels removed items", () => {
    const before = events(toICalendar(first));
    const after = events(toICalendar(revised));
    const uid = (e: (typeof after)[number]) => valueOf(e, "UID")!;
    for (const item of revised.items.filter((i) => first.items.some((f) => f.id === i.id))) {
      expect(after.some((e) => uid(e) === `ana/item/${item.id}@tailorplan`)).toBe(true);
      expect(before.some((e) => uid(e) === `ana/item/${item.id}@tailorplan`)).toBe(true);
    }
    expect(Number(valueOf(after[0]!, "SEQUENCE"))).toBeGreaterThan(Number(valueOf(before[0]!, "SEQUENCE")));
    const cancelled = after.filter((e) => valueOf(e, "STATUS") === "CANCELLED").map(uid);
    expect(cancelled).toEqual(revised.changes!.filter((c) => c.change === "removed").map((c) => `ana/item/${c.itemId}@tailorplan`));
  });

  it("ends lines in CRLF, folds at 75 octets without splitting a character, and escapes TEXT", () => {
    const taxonomy = defaultTaxonomy;
    const title = "Präsentieren; mit Wirkung, \\ vor Publikum 🎤 — ein langer Titel, der über jede Zeilengrenze hinausgeht, über 75 Oktette";
    const catalog: Catalog = [
      { id: "trn-x", kind: "training", title, addresses: ["public-speaking"], hoursPerWeek: 2, weeks: 3, cost: { amount: 0, currency: "EUR" }, format: "online" },
    ];
    const plan = createRecommender({ catalog, taxonomy }).recommend({ id: "zoë", challenges: ["I freeze up when I present"] }, { asOf: "2026-01-05" });
    const ics = toICalendar(plan, { name: "Zoë's plan; 2026, first" });
    expect(ics.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const root = readICalendar(ics);
    expect(valueOf(root, "X-WR-CALNAME")).toBe("Zoë's plan; 2026, first");
    expect(valueOf(root.components[0]!, "SUMMARY")).toBe(`Start: ${title}`);
  });

  it("folds and escapes by the RFC's rules", () => {
    expect(escapeText("a\\b;c,d\ne")).toBe("a\\\\b\\;c\\,d\\ne");
    const folded = foldLine(`DESCRIPTION:${"é".repeat(80)}`);
    const lines = folded.split("\r\n");
    expect(lines.slice(1).every((line) => line.startsWith(" "))).toBe(true);
    expect(lines.every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(lines.map((line, i) => (i === 0 ? line : line.slice(1))).join("")).toBe(`DESCRIPTION:${"é".repeat(80)}`);
  });

  it("is the same text for the same plan, and never reads the clock", () => {
    expect(toICalendar(first)).toBe(toICalendar(structuredClone(first)));
    expect(toICalendar(first)).toContain("DTSTAMP:20260105T000000Z");
  });
});

/** Tags open and close in order: a small well-formedness check for the generated markup. */
function expectBalanced(markup: string, voids: ReadonlySet<string> = new Set()): void {
  const stack: string[] = [];
  for (const match of markup.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*?)(\/?)>/g)) {
    const [, closing, name, , selfClosing] = match;
    if (voids.has(name!.toLowerCase()) || selfClosing) continue;
    if (closing) expect(stack.pop(), `</${name}>`).toBe(name);
    else stack.push(name!);
  }
  expect(stack).toEqual([]);
}

describe("timelineSvg", () => {
  const svg = timelineSvg(revised);
  const attrs = (name: string) => [...svg.matchAll(new RegExp(`${name}="([^"]*)"`, "g"))].map((m) => m[1]);

  it("draws a bar per item with its dates, and marks every check-in", () => {
    expectBalanced(svg);
    expect(attrs("data-item-id")).toEqual(revised.items.map((item) => item.id));
    expect(attrs("data-start")).toEqual(revised.items.map((item) => item.start));
    expect(attrs("data-check-in")).toEqual(revised.checkIns);
  });

  it("charts the hours of each week under the limit", () => {
    const hours = attrs("data-hours").map(Number);
    expect(hours.length).toBeGreaterThan(0);
    expect(Math.max(...hours)).toBeLessThanOrEqual(revised.totals.hoursPerWeekLimit);
    expect(attrs("data-limit")).toEqual([String(revised.totals.hoursPerWeekLimit)]);
    expect(Math.max(...weeklyHours(revised, revised.start, 26))).toBe(revised.totals.peakHoursPerWeek);
  });

  it("marks reported progress before the revision", () => {
    const item = first.items.find((i) => i.id === "men-speaking-club")!;
    const marked = timelineSvg(first, { progress: { [item.id]: { status: "dropped" } } });
    expect(marked).toContain(`data-item-id="${item.id}" data-kind="mentoring" data-start="${item.start}" data-end="${item.end}" data-status="dropped"`);
  });
});

describe("planToHtml", () => {
  it("is one self-contained page with the timeline, the changes and every item", () => {
    const html = planToHtml(revised, { name: "Ana" });
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html.match(/<svg /g)).toHaveLength(1);
    expectBalanced(html.replace(/<!doctype html>/, ""), new Set(["meta", "br"]));
    for (const item of revised.items) expect(html).toContain(`data-item-id="${item.id}" data-kind="${item.kind}">`);
    expect(html.match(/data-change="/g)).toHaveLength(revised.changes!.length);
  });

  it("lists as not covered the needs the plan acts on and could not serve, never one waiting for an answer", () => {
    const need = { type: "challenge" as const, confidence: 0.7, weight: 1, coveredBy: [] };
    const plan: Plan = {
      ...first,
      needs: [
        ...first.needs,
        { ...need, id: "challenge-8:commute", key: "commute", label: "Long commute", source: "the drive", confirmed: false },
        { ...need, id: "challenge-9:business-travel", key: "business-travel", label: "Too much business travel", source: "the flights" },
      ],
    };
    const html = planToHtml(plan);
    const section = html.slice(html.indexOf("<h2>Not covered yet</h2>"));
    expect(section).toContain("<strong>Too much business travel</strong>");
    expect(section).not.toContain("<strong>Long commute</strong>");
  });

  it("escapes what people wrote", () => {
    const plan: Plan = recommend({ challenges: ["<script>alert(1)</script> I freeze up when I present"] }, { asOf: "2026-01-05" });
    const html = planToHtml(plan, { name: "<b>Eve</b>" });
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;b&gt;Eve&lt;/b&gt;");
  });
});
