/**
 * The plan as a picture: an SVG string, weeks across, one bar per item
 * coloured by kind, the check-ins marked, and under it the hours each week
 * asks for against the person's limit. A string and no DOM, so the web demo,
 * the CLI's HTML file and a server all draw the same timeline, and no
 * charting library comes along for a handful of rectangles.
 */
import { daysBetween, shiftDays } from "../compose/calendar";
import type { ItemKind } from "../schema/common";
import type { Plan } from "../schema/plan";
import type { Progress } from "../schema/revision";
import { localeFor } from "../i18n/builtin";
import type { Locale } from "../i18n/locale";
import { num, speaker } from "../i18n/say";
import { CALENDAR_EN } from "./messages";

const say = speaker(CALENDAR_EN);

/** Options of {@link timelineSvg}. */
export interface TimelineOptions {
  /** Width of the whole picture in pixels (default 960). */
  readonly width?: number;
  /** Marks items done, under way or dropped as the employee reports them, before the plan is revised. */
  readonly progress?: Progress;
  /** The language of the picture's words (months, tooltips, legend). Default English. */
  /** The language to write in: a `Locale` or a built-in language's code ("de"); default the plan's `locale`, else English. */
  readonly locale?: Locale | string;
}

/** The colours of each kind, shared with the web demo's stylesheet. */
export const KIND_COLOURS: Readonly<Record<ItemKind, string>> = Object.freeze({
  training: "#2f6fde",
  mentoring: "#8a3ffc",
  "working-condition": "#0f8a5f",
});

const LABEL = 230;
const ROW = 24;
const BAR = 16;
const HEAD = 34;
const CHART = 70;
const GAP = 30;
const LEGEND = 22;

/** Escapes text and attribute values for XML (and HTML). */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** "5 Jan": the day and the month's short name in `locale` (`timeline.date`, `timeline.months`). */
const shortDate = (locale: Locale, iso: string) =>
  say(locale, "timeline.date", { day: String(Number(iso.slice(8, 10))), month: say(locale, "timeline.months").split(" ")[Number(iso.slice(5, 7)) - 1] ?? "" });
const n = (value: number) => String(Math.round(value * 10) / 10);
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Hours each week asks for, counted in 7-day weeks from `from`; `weeks` of them. */
export function weeklyHours(plan: Plan, from: string, weeks: number): number[] {
  const hours = new Array<number>(weeks).fill(0);
  for (const item of plan.items) {
    const first = Math.max(0, Math.floor(daysBetween(from, item.start) / 7));
    const last = Math.min(weeks - 1, Math.floor(daysBetween(from, item.end) / 7));
    for (let week = first; week <= last; week++) hours[week]! += item.hoursPerWeek;
  }
  return hours.map((h) => Math.round(h * 100) / 100);
}

/**
 * Draws the plan's timeline as a standalone SVG document string. Items
 * kept from an earlier plan that started before this one are drawn from
 * their real start; the weeks keep the plan's rhythm.
 *
 * @example
 * ```ts
 * import { recommend, timelineSvg } from "tailorplan";
 * document.querySelector("#timeline")!.innerHTML = timelineSvg(recommend(profile, { asOf: "2026-01-05" }));
 * ```
 */
export function timelineSvg(plan: Plan, options: TimelineOptions = {}): string {
  const locale = localeFor(options.locale, plan);
  const width = Math.max(LABEL + 200, options.width ?? 960);
  const earliest = plan.items.reduce((min, item) => (item.start < min ? item.start : min), plan.start);
  const back = Math.ceil(daysBetween(earliest, plan.start) / 7);
  const from = shiftDays(plan.start, -7 * back);
  const last = plan.items.reduce((max, item) => (item.end > max ? item.end : max), plan.end);
  const weeks = Math.max(1, Math.ceil((daysBetween(from, last) + 1) / 7));
  const span = width - LABEL - 10;
  const perDay = span / (weeks * 7);
  const x = (date: string) => LABEL + daysBetween(from, date) * perDay;
  const rows = Math.max(1, plan.items.length);
  const chartTop = HEAD + rows * ROW + GAP;
  const height = chartTop + CHART + 22 + LEGEND;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="tailorplan-timeline" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="tp-title" font-family="system-ui, sans-serif" font-size="12">`,
    `<title id="tp-title">${escapeXml(say(locale, "timeline.title", { start: plan.start, end: plan.end, items: plan.items.length, checkIns: plan.checkIns.length }))}</title>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#fff"/>`,
  );
  // Weeks across: a faint line each week, a date every fourth week.
  for (let week = 0; week <= weeks; week++) {
    const wx = LABEL + week * 7 * perDay;
    out.push(`<line x1="${n(wx)}" y1="${HEAD - 6}" x2="${n(wx)}" y2="${chartTop + CHART}" stroke="#eef0f3"/>`);
    if (week < weeks && week % 4 === 0) out.push(`<text x="${n(wx + 2)}" y="${HEAD - 10}" fill="#59636e">${escapeXml(shortDate(locale, shiftDays(from, week * 7)))}</text>`);
  }
  if (back > 0) {
    out.push(`<line x1="${n(x(plan.start))}" y1="${HEAD - 6}" x2="${n(x(plan.start))}" y2="${chartTop + CHART}" stroke="#59636e" stroke-dasharray="2 2"/>`);
  }
  plan.items.forEach((item, row) => {
    const y = HEAD + row * ROW;
    const status = options.progress && Object.hasOwn(options.progress, item.id) ? options.progress[item.id]!.status : undefined;
    const x0 = x(item.start);
    const x1 = x(shiftDays(item.end, 1));
    const colour = KIND_COLOURS[item.kind];
    const faded = status === "done" || status === "dropped";
    out.push(
      `<g class="bar" data-item-id="${escapeXml(item.id)}" data-kind="${item.kind}" data-start="${item.start}" data-end="${item.end}"${status ? ` data-status="${status}"` : ""}>`,
      `<title>${escapeXml(
        say(locale, status ? "timeline.bar.status" : "timeline.bar", {
          title: item.title,
          kind: say(locale, `kind.${item.kind}`),
          start: item.start,
          end: item.end,
          hours: item.hoursPerWeek,
          status: status ? say(locale, `status.${status}`) : "",
        }),
      )}</title>`,
      `<text x="${LABEL - 8}" y="${y + BAR - 3}" text-anchor="end" fill="#1f2328"${status === "dropped" ? ' text-decoration="line-through"' : ""}>${escapeXml(clip(item.title, 34))}</text>`,
      `<rect x="${n(x0)}" y="${y}" width="${n(Math.max(2, x1 - x0))}" height="${BAR}" rx="3" fill="${colour}"${faded ? ' fill-opacity="0.35"' : ""}/>`,
    );
    if (status === "done") out.push(`<text x="${n(x0 + 4)}" y="${y + BAR - 4}" fill="#fff" font-weight="700">${escapeXml(say(locale, "timeline.done"))}</text>`);
    if (status === "dropped") out.push(`<line x1="${n(x0)}" y1="${y + BAR / 2}" x2="${n(x1)}" y2="${y + BAR / 2}" stroke="#b42318" stroke-width="2"/>`);
    out.push("</g>");
  });
  if (plan.items.length === 0) out.push(`<text x="${LABEL}" y="${HEAD + 14}" fill="#59636e">${escapeXml(say(locale, "timeline.noItems"))}</text>`);
  plan.checkIns.forEach((date, i) => {
    const cx = x(date);
    out.push(
      `<g class="check-in" data-check-in="${date}"><title>${escapeXml(say(locale, "timeline.checkIn", { n: i + 1, date }))}</title>`,
      `<line x1="${n(cx)}" y1="${HEAD - 4}" x2="${n(cx)}" y2="${HEAD + rows * ROW}" stroke="#d4a72c" stroke-width="2" stroke-dasharray="4 3"/>`,
      `<path d="M${n(cx - 5)} ${HEAD - 8} L${n(cx + 5)} ${HEAD - 8} L${n(cx)} ${HEAD - 2} Z" fill="#d4a72c"/></g>`,
    );
  });
  // The weekly hours under it, against the limit.
  const hours = weeklyHours(plan, from, weeks);
  const limit = plan.totals.hoursPerWeekLimit;
  const top = Math.max(limit, ...hours, 1);
  const scale = CHART / top;
  out.push(`<text x="${LABEL - 8}" y="${chartTop + 12}" text-anchor="end" fill="#59636e">${escapeXml(say(locale, "timeline.hoursAWeek"))}</text>`);
  hours.forEach((h, week) => {
    if (h <= 0) return;
    const bx = LABEL + week * 7 * perDay + 1;
    const over = h > limit + 1e-9;
    out.push(
      `<rect class="week-hours" data-week="${week}" data-hours="${h}" x="${n(bx)}" y="${n(chartTop + CHART - h * scale)}" width="${n(Math.max(1, 7 * perDay - 2))}" height="${n(h * scale)}" fill="${over ? "#b42318" : "#9aa4b2"}"><title>${escapeXml(say(locale, "timeline.weekHours", { date: shortDate(locale, shiftDays(from, week * 7)), hours: h }))}</title></rect>`,
    );
  });
  const ly = chartTop + CHART - limit * scale;
  out.push(
    `<line class="limit" data-limit="${limit}" x1="${LABEL}" y1="${n(ly)}" x2="${width - 10}" y2="${n(ly)}" stroke="#b42318" stroke-dasharray="5 3"/>`,
    `<text x="${width - 12}" y="${n(ly - 4)}" text-anchor="end" fill="#b42318">${escapeXml(say(locale, "timeline.limit", { hours: Math.round(limit * 10) / 10 }))}</text>`,
    `<line x1="${LABEL}" y1="${chartTop + CHART}" x2="${width - 10}" y2="${chartTop + CHART}" stroke="#59636e"/>`,
  );
  // Legend.
  const legendY = height - 8;
  let lx = LABEL;
  for (const [kind, colour] of Object.entries(KIND_COLOURS) as Array<[ItemKind, string]>) {
    const name = say(locale, `kind.${kind}`);
    out.push(`<rect x="${lx}" y="${legendY - 10}" width="12" height="12" rx="2" fill="${colour}"/><text x="${lx + 16}" y="${legendY}">${escapeXml(name)}</text>`);
    lx += 24 + name.length * 7;
  }
  out.push(
    `<line x1="${lx}" y1="${legendY - 4}" x2="${lx + 14}" y2="${legendY - 4}" stroke="#d4a72c" stroke-width="2" stroke-dasharray="4 3"/><text x="${lx + 18}" y="${legendY}">${escapeXml(say(locale, "timeline.legend.checkIn"))}</text>`,
  );
  out.push("</svg>");
  return out.join("\n");
}
