/**
 * The plan as one self-contained HTML page: the timeline, each item with
 * its reasons, what changed at the last check-in, and what is not covered
 * yet. No script, no external stylesheet or font: it opens from a mail
 * attachment or an HR system's file store as it is.
 */
import type { Plan } from "../schema/plan";
import { escapeXml as e, timelineSvg, KIND_COLOURS } from "./timeline";

/** Options of {@link planToHtml}. */
export interface HtmlOptions {
  /** The employee's name, for the heading. */
  readonly name?: string;
}

const money = (m: { amount: number; currency: string }) => `${m.amount} ${m.currency}`;

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
  const who = options.name ?? plan.profileId;
  const title = `Development plan${who ? ` for ${who}` : ""}`;
  const labels = new Map(plan.needs.map((need) => [need.id, need.label]));
  const items = plan.items
    .map(
      (item) => `<li class="item" data-item-id="${e(item.id)}" data-kind="${item.kind}">
<h3><span class="kind" style="background:${KIND_COLOURS[item.kind]}">${item.kind}</span> ${e(item.title)}</h3>
<p class="meta">${item.start} to ${item.end} · ${item.hoursPerWeek} h/week · ${item.cost.amount === 0 ? "free" : e(money(item.cost))} · ${item.format}</p>
<ul>${item.reasons.map((reason) => `<li><strong>${e(labels.get(reason.needId) ?? reason.need)}</strong>: you said “${e(reason.quote)}”</li>`).join("")}</ul>
<p class="why">${e(item.explanation)}</p>
</li>`,
    )
    .join("\n");
  const changes = (plan.changes ?? []).map((c) => `<li data-change="${c.change}" data-item-id="${e(c.itemId)}"><strong>${c.change}</strong> ${e(c.itemId)}: ${e(c.reason)}</li>`).join("\n");
  const uncovered = plan.needs.filter((need) => need.coveredBy.length === 0).map((need) => `<li><strong>${e(need.label)}</strong>: “${e(need.source)}”</li>`);
  const unmatched = plan.unmatched.map((u) => `<li>Not understood yet: “${e(u.source)}”</li>`);
  const questions = plan.questions.map((q) => `<li>${e(q.text)}<br><small>${e(q.why)}</small></li>`).join("\n");
  const { totals } = plan;
  return `<!doctype html>
<html lang="en">
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
<p class="summary">As of ${plan.asOf}: ${plan.start} to ${plan.end} · ${plan.items.length} ${plan.items.length === 1 ? "item" : "items"} · at most ${totals.peakHoursPerWeek} of ${totals.hoursPerWeekLimit} h/week · ${e(money(totals.cost))}${totals.budget ? ` of ${e(money(totals.budget))}` : ""} · check-ins ${plan.checkIns.join(", ") || "none"}</p>
<div class="timeline">
${timelineSvg(plan)}
</div>
${changes ? `<section class="changes"><h2>What changed at this check-in</h2><ul>\n${changes}\n</ul></section>` : ""}
<h2>Items</h2>
<ol class="items">
${items || "<li>Nothing in the catalog fits yet; see the questions below.</li>"}
</ol>
${uncovered.length + unmatched.length > 0 ? `<section><h2>Not covered yet</h2><ul>${[...uncovered, ...unmatched].join("")}</ul></section>` : ""}
${questions ? `<section><h2>Questions to ask next</h2><ul>\n${questions}\n</ul></section>` : ""}
</body>
</html>
`;
}
