import { planToHtml } from "../calendar/html";
import { toICalendar } from "../calendar/ics";
import type { Plan } from "../schema/plan";

/** How `tailorplan plan` prints a plan. */
export type PlanFormat = "text" | "json" | "markdown" | "html" | "ics";

/** The formats `--format` accepts, for the help text and the check. */
export const PLAN_FORMATS: readonly PlanFormat[] = ["text", "json", "markdown", "html", "ics"];

const money = (m: { amount: number; currency: string }) => `${m.amount} ${m.currency}`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function labelOf(plan: Plan, needId: string, key: string): string {
  return plan.needs.find((need) => need.id === needId)?.label ?? key;
}

/** " for Ana (ana)", " for ana" or nothing. */
function whom(plan: Plan, name: string | undefined): string {
  if (name && plan.profileId) return ` for ${name} (${plan.profileId})`;
  const who = name ?? plan.profileId;
  return who ? ` for ${who}` : "";
}

/** Needs the plan acts on but could not serve; unconfirmed ones wait for an answer instead. */
function uncovered(plan: Plan) {
  return plan.needs.filter((need) => need.coveredBy.length === 0 && need.confirmed !== false);
}

function unconfirmed(plan: Plan) {
  return plan.needs.filter((need) => need.confirmed === false);
}

/** How to write the answer to a question with options into the profile file. */
function answerHint(question: Plan["questions"][number]): string {
  const first = question.options?.[0]?.key ?? "other";
  return `"answers": { ${JSON.stringify(question.id)}: [${JSON.stringify(first)}] }`;
}

/**
 * A plan as a person reads it in a terminal: each item's kind, dates, effort
 * and reasons in the employee's words, then what is not covered and what to
 * ask next; a question about unsure words lists its options and how to write
 * the answer into the profile's `answers`.
 *
 * @example
 * ```ts
 * process.stdout.write(formatText(recommend(profile, { asOf: "2026-01-05" })));
 * ```
 */
export function formatText(plan: Plan, name?: string): string {
  const out: string[] = [];
  const who = `Plan${whom(plan, name)}`;
  out.push(`${who}, as of ${plan.asOf}: ${plan.start} to ${plan.end}`);
  const budget = plan.totals.budget ? ` of ${money(plan.totals.budget)}` : "";
  out.push(
    `${plural(plan.items.length, "item")}, at most ${plan.totals.peakHoursPerWeek} of ${plan.totals.hoursPerWeekLimit} h/week, ${money(plan.totals.cost)}${budget}`,
  );
  out.push(`mix: ${Object.entries(plan.mix).map(([kind, totals]) => `${kind} ${totals.count}`).join(", ")}`);

  plan.items.forEach((item, index) => {
    out.push("", `${index + 1}. [${item.kind}] ${item.title}`);
    out.push(`   ${item.start} to ${item.end}, ${item.hoursPerWeek} h/week, ${money(item.cost)}, ${item.format}`);
    for (const reason of item.reasons) out.push(`   because: ${labelOf(plan, reason.needId, reason.need)}, “${reason.quote}”`);
    if (item.prerequisites.length > 0) out.push(`   after: ${item.prerequisites.join(", ")}`);
  });
  if (plan.items.length === 0) out.push("", "No items: nothing in the catalog fits yet; see the questions below.");

  const open = uncovered(plan);
  if (open.length > 0) {
    out.push("", "Not covered yet:");
    for (const need of open) out.push(`  - ${need.label}, “${need.source}”`);
  }
  const unsure = unconfirmed(plan);
  if (unsure.length > 0) {
    out.push("", "Not sure we understood (nothing planned for these until answered):");
    for (const need of unsure) out.push(`  - ${need.label}?, “${need.source}”`);
  }
  if (plan.unmatched.length > 0) {
    out.push("", "Not understood:");
    for (const statement of plan.unmatched) out.push(`  - “${statement.source}” (${statement.type})`);
  }
  if (plan.fine.length > 0) {
    out.push("", "Said to be fine (nothing planned):");
    for (const fine of plan.fine) out.push(`  - ${fine.label}, “${fine.source}”`);
  }
  if (plan.warnings.length > 0) {
    out.push("", "Warnings:");
    for (const warning of plan.warnings) out.push(`  - ${warning.message}`);
  }
  if (plan.questions.length > 0) {
    out.push("", "Questions to ask next:");
    for (const question of plan.questions) {
      out.push(`  - ${question.text}`, `    (${question.why})`);
      if (!question.options) continue;
      for (const option of question.options) out.push(`    * ${option.label} [${option.key}]`);
      out.push(`    answer in the profile with the chosen keys, or in your own words: ${answerHint(question)}`);
    }
  }
  if (plan.checkIns.length > 0) out.push("", `Check-ins: ${plan.checkIns.join(", ")}`);
  return `${out.join("\n")}\n`;
}

/** Keeps a table cell on one line and its pipes from splitting the row. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
}

/** Keeps the employee's words from turning into markdown (a `*` in a quote is a star). */
function plain(text: string): string {
  return text.replace(/\r?\n/g, " ").replace(/([\\`*_[\]<>#|])/g, "\\$1");
}

/**
 * A plan as markdown, to paste into an HR system or a ticket: a table of
 * items, the reasons behind each, open needs, questions and check-ins.
 *
 * @example
 * ```ts
 * const md = formatMarkdown(recommend(profile, { asOf: "2026-01-05" }));
 * ```
 */
export function formatMarkdown(plan: Plan, name?: string): string {
  const out: string[] = [];
  out.push(`# Development plan${plain(whom(plan, name))}`, "");
  const budget = plan.totals.budget ? ` (budget ${money(plan.totals.budget)})` : "";
  out.push(
    `As of ${plan.asOf}, from ${plan.start} to ${plan.end}: ${plural(plan.items.length, "item")}, at most ${plan.totals.peakHoursPerWeek} h/week, ${money(plan.totals.cost)}${budget}.`,
  );

  if (plan.items.length > 0) {
    out.push("", "| # | Kind | Item | Dates | Hours/week | Cost |", "|---|---|---|---|---|---|");
    plan.items.forEach((item, index) => {
      out.push(`| ${index + 1} | ${item.kind} | ${cell(item.title)} | ${item.start} to ${item.end} | ${item.hoursPerWeek} | ${money(item.cost)} |`);
    });
    out.push("", "## Why these items");
    plan.items.forEach((item, index) => {
      out.push("", `**${index + 1}. ${plain(item.title)}** (${item.kind})`, "");
      for (const reason of item.reasons) out.push(`- ${plain(labelOf(plan, reason.needId, reason.need))}: “${plain(reason.quote)}”`);
    });
  }

  const open = uncovered(plan);
  const unsure = unconfirmed(plan);
  if (open.length > 0 || unsure.length > 0 || plan.unmatched.length > 0) {
    out.push("", "## Not covered yet", "");
    for (const need of open) out.push(`- ${plain(need.label)}: “${plain(need.source)}”`);
    for (const need of unsure) out.push(`- Not sure we understood: ${plain(need.label)}?, “${plain(need.source)}”`);
    for (const statement of plan.unmatched) out.push(`- Not understood: “${plain(statement.source)}”`);
  }
  if (plan.fine.length > 0) {
    out.push("", "## Said to be fine", "");
    for (const fine of plan.fine) out.push(`- ${plain(fine.label)}: “${plain(fine.source)}”`);
  }
  if (plan.questions.length > 0) {
    out.push("", "## Questions to ask next", "");
    plan.questions.forEach((question, index) => {
      out.push(`${index + 1}. ${plain(question.text)}  `, `   _${plain(question.why)}_`);
      if (!question.options) return;
      out.push("");
      for (const option of question.options) out.push(`   - [ ] ${plain(option.label)} (\`${option.key}\`)`);
      out.push("", `   Answer with \`${answerHint(question)}\` in the profile.`);
    });
  }
  if (plan.warnings.length > 0) {
    out.push("", "## Notes", "");
    for (const warning of plan.warnings) out.push(`- ${plain(warning.message)}`);
  }
  if (plan.checkIns.length > 0) {
    out.push("", "## Check-ins", "");
    for (const date of plan.checkIns) out.push(`- [ ] ${date}`);
  }
  return `${out.join("\n")}\n`;
}

/**
 * Prints a plan in the chosen format; `name` (the profile's) heads the text and markdown.
 *
 * @example
 * ```ts
 * formatPlan(plan, "json"); // the plan as indented JSON
 * ```
 */
export function formatPlan(plan: Plan, format: PlanFormat, name?: string): string {
  if (format === "json") return `${JSON.stringify(plan, null, 2)}\n`;
  if (format === "html") return planToHtml(plan, name === undefined ? {} : { name });
  if (format === "ics") return toICalendar(plan);
  const body = format === "markdown" ? formatMarkdown(plan, name) : formatText(plan, name);
  return plan.changes ? `${body}${formatChanges(plan, format)}` : body;
}

/** What a revision changed, after the plan: one line per item, in the employee's words. */
function formatChanges(plan: Plan, format: "text" | "markdown"): string {
  const lines = (plan.changes ?? []).map((c) => (format === "markdown" ? `- **${c.change}** \`${c.itemId}\`: ${c.reason}` : `  - ${c.change} ${c.itemId}: ${c.reason}`));
  return `\n${format === "markdown" ? "## Changes at this check-in" : "Changes at this check-in:"}\n${format === "markdown" ? "\n" : ""}${lines.join("\n")}\n`;
}
