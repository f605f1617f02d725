/**
 * The plan as one self-contained HTML page: the timeline, each item with
 * its reasons, what changed at the last check-in, and what is not covered
 * yet. No script, no external stylesheet or font: it opens from a mail
 * attachment or an HR system's file store as it is.
 */
import type { Plan } from "../schema/plan";
import { isUncovered } from "../explain/uncovered";
import { localeFor } from "../i18n/builtin";
import type { Locale } from "../i18n/locale";
import { num, quote, speaker } from "../i18n/say";
import { CALENDAR_EN } from "./messages";
import { escapeXml as e, timelineSvg, KIND_COLOURS } from "./timeline";

const say = speaker(CALENDAR_EN);

/** Options of {@link planToHtml}. */
export interface HtmlOptions {
  /** The employee's name, for the heading. */
  readonly name?: string;
  /** The language of the page's own words (headings, dates, kinds); the plan's sentences are already in theirs. Default English. */
  /** The language to write in: a `Locale` or a built-in language's code ("de"); default the plan's `locale`, else English. */
  readonly locale?: Locale | string;
}

/**
 * Renders a plan as a complete HTML document (UTF-8), with the same SVG
 * timeline as {@link timelineSvg}. Every text from the profile or catalog is
 * escaped.
 *
 * @example
 * ```ts
 * import { planToHtml, recommend } from "tailorplan";
 * writeFileSync("ana.html", planToHtml(recommend(ana, { asOf: "2026-01-05" }), { name: "Ana" }));
 * ```
 */
export function planToHtml(plan: Plan, options: HtmlOptions = {}): string {
  const locale = localeFor(options.locale, plan);
  const money = (m: { amount: number; currency: string }) => `${num(locale, m.amount)} ${m.currency}`;
  const who = options.name ?? plan.profileId;
  const title = who ? say(locale, "plan.titleFor", { name: who }) : say(locale, "plan.title");
  const labels = new Map(plan.needs.map((need) => [need.id, need.label]));
  const items = plan.items
    .map((item) => {
      const meta = say(locale, "html.meta", {
        start: item.start,
        end: item.end,
        hours: item.hoursPerWeek,
        cost: item.cost.amount === 0 ? say(locale, "html.free") : money(item.cost),
        format: say(locale, `format.${item.format}`),
      });
      const reasons = item.reasons.map(
        (reason) => `<li><strong>${e(labels.get(reason.needId) ?? reason.need)}</strong>: ${e(say(locale, "explain.youSaid", { said: quote(locale, reason.quote) }))}</li>`,
      );
      return `<li class="item" data-item-id="${e(item.id)}" data-kind="${item.kind}">
<h3><span class="kind" style="background:${KIND_COLOURS[item.kind]}">${e(say(locale, `kind.${item.kind}`))}</span> ${e(item.title)}</h3>
<p class="meta">${e(meta)}</p>
<ul>${reasons.join("")}</ul>
<p class="why">${e(item.explanation)}</p>
</li>`;
    })
    .join("\n");
  const changes = (plan.changes ?? [])
    .map((c) => `<li data-change="${c.change}" data-item-id="${e(c.itemId)}"><strong>${e(say(locale, `change.${c.change}`))}</strong> ${e(c.itemId)}: ${e(c.reason)}</li>`)
    .join("\n");
  const uncovered = plan.needs.filter(isUncovered).map((need) => `<li><strong>${e(need.label)}</strong>: ${e(quote(locale, need.source))}</li>`);
  const unmatched = plan.unmatched.map((u) => `<li>${e(say(locale, "html.notUnderstood", { quote: quote(locale, u.source) }))}</li>`);
  const questions = plan.questions.map((q) => `<li>${e(q.text)}<br><small>${e(q.why)}</small></li>`).join("\n");
  const { totals } = plan;
  const summary = say(locale, totals.budget ? "html.summary.budget" : "html.summary", {
    asOf: plan.asOf,
    start: plan.start,
    end: plan.end,
    items: plan.items.length,
    peak: totals.peakHoursPerWeek,
    limit: totals.hoursPerWeekLimit,
    cost: money(totals.cost),
    budget: totals.budget ? money(totals.budget) : "",
    checkIns: plan.checkIns.join(", ") || say(locale, "html.none"),
  });
  return `<!doctype html>
<html lang="${e(locale.code)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#f6f7f9;margin:0;padding:1.5rem 2rem}
h1{margin:0 0 .25rem;font-size:1.5rem}h2{font-size:1.05rem;margin:1.5rem 0 .5rem}h3{margin:0;font-size:1rem}
.summary{color:#59636e;margin:0 0 1rem}.timeline{background:#fff;border-radius:10px;padding:.5rem;overflow-x:auto;box-shadow:0 1px 3px rgb(0 0 0/.08)}
.timeline svg{max-width:100%;height:auto}ol.items{list-style:none;padding:0;display:grid;gap:.6rem}
.item{background:#fff;border-radius:10px;padding:.7rem 1rem;box-shadow:0 1px 3px rgb(0 0 0/.08)}.item ul{margin:.3rem 0;padding-left:1.1rem}
.kind{display:inline-block;font-size:.75rem;font-weight:600;padding:.1rem .5rem;border-radius:999px;color:#fff}
.meta,.why,small{color:#59636e;font-size:.9rem}.why{margin:.2rem 0 0}section ul{padding-left:1.1rem}
</style>
</head>
<body>
<h1>${e(title)}</h1>
<p class="summary">${e(summary)}</p>
<div class="timeline">
${timelineSvg(plan, { locale })}
</div>
${changes ? `<section class="changes"><h2>${e(say(locale, "html.changes"))}</h2><ul>\n${changes}\n</ul></section>` : ""}
<h2>${e(say(locale, "html.items"))}</h2>
<ol class="items">
${items || `<li>${e(say(locale, "html.noItems"))}</li>`}
</ol>
${uncovered.length + unmatched.length > 0 ? `<section><h2>${e(say(locale, "html.uncovered"))}</h2><ul>${[...uncovered, ...unmatched].join("")}</ul></section>` : ""}
${questions ? `<section><h2>${e(say(locale, "html.questions"))}</h2><ul>\n${questions}\n</ul></section>` : ""}
</body>
</html>
`;
}
