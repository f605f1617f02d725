/**
 * A plan as an iCalendar file (RFC 5545), written by hand: the format needs
 * four rules (CRLF line ends, TEXT escaping, lines folded at 75 octets
 * without splitting a character, all-day dates) and a library for them
 * would outweigh the rest of this module many times in a browser bundle.
 */
import { daysBetween, shiftDays } from "../compose/calendar";
import type { Plan } from "../schema/plan";
import { localeFor } from "../i18n/builtin";
import type { Locale } from "../i18n/locale";
import { num, speaker } from "../i18n/say";
import { CALENDAR_EN } from "./messages";

const say = speaker(CALENDAR_EN);

/** Options of {@link toICalendar}. */
export interface ICalendarOptions {
  /** The calendar's name as apps show it; default "Development plan" and the profile id. */
  readonly name?: string;
  /** The right-hand side of every UID, to keep them apart from other calendars' (default `tailorplan`). */
  readonly domain?: string;
  /** The language of the events' titles and descriptions; the plan's own sentences are already in theirs. Default English. */
  /** The language to write in: a `Locale` or a built-in language's code ("de"); default the plan's `locale`, else English. */
  readonly locale?: Locale | string;
}

const CRLF = "\r\n";
/** RFC 5545 §3.1: content lines longer than 75 octets are folded. */
const LINE_OCTETS = 75;
const encoder = new TextEncoder();

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks in TEXT values. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

/** Folds one content line at 75 octets, never inside a UTF-8 character; continuation lines start with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; each continuation holds 74 after its leading space.
    const room = parts.length === 0 ? LINE_OCTETS : LINE_OCTETS - 1;
    if (octets + size > room) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const basicDate = (iso: string) => iso.replace(/-/g, "");

/**
 * The plan as an RFC 5545 calendar: one all-day event on each item's start
 * and one on each check-in. UIDs name the profile and the item (or the
 * check-in's date), never the item's dates, and `SEQUENCE` grows with the
 * plan's `asOf`: importing a revision moves an item's event instead of
 * adding a second one, and an item the revision removed is cancelled.
 * Deterministic: `DTSTAMP` is the plan's `asOf`, not the clock.
 *
 * @example
 * ```ts
 * import { recommend, toICalendar } from "tailorplan";
 * const ics = toICalendar(recommend(profile, { asOf: "2026-01-05" }));
 * // "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…"
 * ```
 */
export function toICalendar(plan: Plan, options: ICalendarOptions = {}): string {
  const who = plan.profileId ?? "plan";
  const domain = options.domain ?? "tailorplan";
  const locale = localeFor(options.locale, plan);
  const name = options.name ?? (plan.profileId === undefined ? say(locale, "plan.title") : say(locale, "ics.name", { id: plan.profileId }));
  const stamp = `${basicDate(plan.asOf)}T000000Z`;
  // Later revisions carry a higher sequence, so calendar apps take them over the earlier copy.
  const sequence = Math.max(0, daysBetween("2000-01-01", plan.asOf));
  const lines: string[] = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//tailorplan//development plan//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  const event = (uid: string, date: string, summary: string, description: string, category: string, cancelled = false) => {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${escapeText(`${who}/${uid}@${domain}`)}`,
      `DTSTAMP:${stamp}`,
      `SEQUENCE:${sequence}`,
      `DTSTART;VALUE=DATE:${basicDate(date)}`,
      `DTEND;VALUE=DATE:${basicDate(shiftDays(date, 1))}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `CATEGORIES:${escapeText(category)}`,
      "TRANSP:TRANSPARENT",
      `STATUS:${cancelled ? "CANCELLED" : "CONFIRMED"}`,
      "END:VEVENT",
    );
  };
  for (const item of plan.items) {
    const effort = item.hoursPerWeek === 0 ? say(locale, "ics.noHours") : say(locale, "ics.hours", { hours: item.hoursPerWeek });
    const facts = say(locale, "ics.item", {
      kind: say(locale, `kind.${item.kind}`),
      format: say(locale, `format.${item.format}`),
      start: item.start,
      end: item.end,
      effort,
      cost: `${num(locale, item.cost.amount)} ${item.cost.currency}`,
    });
    event(`item/${item.id}`, item.start, say(locale, "ics.start", { title: item.title }), `${facts}\n${item.explanation}`, item.kind);
  }
  for (const change of plan.changes ?? []) {
    if (change.change !== "removed") continue;
    event(`item/${change.itemId}`, plan.asOf, say(locale, "ics.removed", { id: change.itemId }), change.reason, "removed", true);
  }
  plan.checkIns.forEach((date, i) => {
    event(
      `check-in/${date}`,
      date,
      say(locale, "ics.checkIn", { n: i + 1, total: plan.checkIns.length }),
      say(locale, "ics.checkIn.description"),
      "check-in",
    );
  });
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join(CRLF) + CRLF;
}
