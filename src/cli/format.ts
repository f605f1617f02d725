import { planToHtml } from "../calendar/html";
import { toICalendar } from "../calendar/ics";
import { localeFor } from "../i18n/builtin";
import { num, quote, speaker, type MessageParams } from "../i18n/say";
import { CALENDAR_EN } from "../calendar/messages";
import { CLI_EN } from "./messages";
import type { Locale } from "../i18n/locale";
import type { Plan } from "../schema/plan";
import { isUncovered } from "../explain/uncovered";

/** The CLI's sentences, and the page's titles it shares. */
const say = speaker({ ...CALENDAR_EN, ...CLI_EN });

/** How `tailorplan plan` prints a plan. */
export type PlanFormat = "text" | "json" | "markdown" | "html" | "ics";

/** The formats `--format` accepts, for the help text and the check. */
export const PLAN_FORMATS: readonly PlanFormat[] = ["text", "json", "markdown", "html", "ics"];

/** Amounts as the plan's language writes numbers: "1.5 EUR", "1,5 EUR". */
const money = (locale: Locale, m: { amount: number; currency: string }) => `${num(locale, m.amount)} ${m.currency}`;

function labelOf(plan: Plan, needId: string, key: string): string {
  return plan.needs.find((need) => need.id === needId)?.label ?? key;
}

/** Whom the plan is for: "Ana (ana)", "ana", or nothing. */
function whom(plan: Plan, name: string | undefined): string | undefined {
  if (name && plan.profileId) return `${name} (${plan.profileId})`;
  const who = name ?? plan.profileId;
  return who ? who : undefined;
}

/** Needs the plan acts on but could not serve; unconfirmed ones wait for an answer instead. */
function uncovered(plan: Plan) {
  return plan.needs.filter(isUncovered);
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
 * the answer into the profile's `answers`. Written in the plan's `locale`
 * (`cli.text.*` messages), English when it has none.
 *
 * @example
 * ```ts
 * process.stdout.write(formatText(recommend(profile, { asOf: "2026-01-05" })));
 * ```
 */
export function formatText(plan: Plan, name?: string): string {
  const locale = localeFor(undefined, plan);
  const out: string[] = [];
  const who = whom(plan, name);
  const dates = { asOf: plan.asOf, start: plan.start, end: plan.end };
  out.push(who === undefined ? say(locale, "cli.text.title", dates) : say(locale, "cli.text.titleFor", { ...dates, name: who }));
  const { totals } = plan;
  out.push(
    say(locale, totals.budget ? "cli.text.totals.budget" : "cli.text.totals", {
      items: plan.items.length,
      peak: totals.peakHoursPerWeek,
      limit: totals.hoursPerWeekLimit,
      cost: money(locale, totals.cost),
      budget: totals.budget ? money(locale, totals.budget) : "",
    }),
  );
  const kinds = Object.entries(plan.mix).map(([kind, m]) => `${say(locale, `kind.${kind as Plan["items"][number]["kind"]}`)} ${num(locale, m.count)}`);
  out.push(say(locale, "cli.text.mix", { kinds: kinds.join(", ") }));

  plan.items.forEach((item, index) => {
    out.push("", `${index + 1}. [${say(locale, `kind.${item.kind}`)}] ${item.title}`);
    const line = { start: item.start, end: item.end, hours: item.hoursPerWeek, cost: money(locale, item.cost), format: say(locale, `format.${item.format}`) };
    out.push(`   ${say(locale, "cli.text.item", line)}`);
    for (const reason of item.reasons) {
      out.push(`   ${say(locale, "cli.text.because", { label: labelOf(plan, reason.needId, reason.need), quote: quote(locale, reason.quote) })}`);
    }
    if (item.prerequisites.length > 0) out.push(`   ${say(locale, "cli.text.after", { items: item.prerequisites.join(", ") })}`);
  });
  if (plan.items.length === 0) out.push("", say(locale, "cli.text.noItems"));

  const open = uncovered(plan);
  if (open.length > 0) {
    out.push("", say(locale, "cli.text.uncovered"));
    for (const need of open) out.push(`  - ${need.label}, ${quote(locale, need.source)}`);
  }
  const unsure = unconfirmed(plan);
  if (unsure.length > 0) {
    out.push("", say(locale, "cli.text.unsure"));
    for (const need of unsure) out.push(`  - ${say(locale, "cli.text.unsureNeed", { label: need.label, quote: quote(locale, need.source) })}`);
  }
  if (plan.unmatched.length > 0) {
    out.push("", say(locale, "cli.text.unmatched"));
    for (const statement of plan.unmatched) out.push(`  - ${quote(locale, statement.source)} (${say(locale, `cli.statement.${statement.type}`)})`);
  }
  if (plan.fine.length > 0) {
    out.push("", say(locale, "cli.text.fine"));
    for (const fine of plan.fine) out.push(`  - ${fine.label}, ${quote(locale, fine.source)}`);
  }
  if (plan.warnings.length > 0) {
    out.push("", say(locale, "cli.text.warnings"));
    for (const warning of plan.warnings) out.push(`  - ${warning.message}`);
  }
  if (plan.questions.length > 0) {
    out.push("", say(locale, "cli.text.questions"));
    for (const question of plan.questions) {
      out.push(`  - ${question.text}`, `    (${question.why})`);
      if (!question.options) continue;
      for (const option of question.options) out.push(`    * ${option.label} [${option.key}]`);
      out.push(`    ${say(locale, "cli.text.answer", { answer: answerHint(question) })}`);
    }
  }
  if (plan.checkIns.length > 0) out.push("", say(locale, "cli.text.checkIns", { dates: plan.checkIns.join(", ") }));
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
 * items, the reasons behind each, open needs, questions and check-ins, in
 * the plan's `locale` (`cli.markdown.*` messages), English when it has none.
 *
 * @example
 * ```ts
 * const md = formatMarkdown(recommend(profile, { asOf: "2026-01-05" }));
 * ```
 */
export function formatMarkdown(plan: Plan, name?: string): string {
  const locale = localeFor(undefined, plan);
  const md = (id: Parameters<typeof say>[1], params?: MessageParams) => say(locale, id, params);
  /** "Label: “their words”", both kept from turning into markdown. */
  const said = (label: string, words: string) => md("cli.markdown.said", { label: plain(label), quote: quote(locale, plain(words)) });
  const out: string[] = [];
  const who = whom(plan, name);
  out.push(`# ${who === undefined ? md("plan.title") : md("plan.titleFor", { name: plain(who) })}`, "");
  const { totals } = plan;
  out.push(
    md(totals.budget ? "cli.markdown.summary.budget" : "cli.markdown.summary", {
      asOf: plan.asOf,
      start: plan.start,
      end: plan.end,
      items: plan.items.length,
      peak: totals.peakHoursPerWeek,
      cost: money(locale, totals.cost),
      budget: totals.budget ? money(locale, totals.budget) : "",
    }),
  );

  if (plan.items.length > 0) {
    const head = ["#", md("cli.markdown.kind"), md("cli.markdown.item"), md("cli.markdown.dates"), md("cli.markdown.hours"), md("cli.markdown.cost")];
    out.push("", `| ${head.map(cell).join(" | ")} |`, `|${head.map(() => "---").join("|")}|`);
    plan.items.forEach((item, index) => {
      const row = [
        String(index + 1),
        md(`kind.${item.kind}`),
        cell(item.title),
        md("cli.markdown.dateRange", { start: item.start, end: item.end }),
        num(locale, item.hoursPerWeek),
        money(locale, item.cost),
      ];
      out.push(`| ${row.join(" | ")} |`);
    });
    out.push("", `## ${md("cli.markdown.why")}`);
    plan.items.forEach((item, index) => {
      out.push("", `**${index + 1}. ${plain(item.title)}** (${md(`kind.${item.kind}`)})`, "");
      for (const reason of item.reasons) out.push(`- ${said(labelOf(plan, reason.needId, reason.need), reason.quote)}`);
    });
  }

  const open = uncovered(plan);
  const unsure = unconfirmed(plan);
  if (open.length > 0 || unsure.length > 0 || plan.unmatched.length > 0) {
    out.push("", `## ${md("cli.markdown.uncovered")}`, "");
    for (const need of open) out.push(`- ${said(need.label, need.source)}`);
    for (const need of unsure) out.push(`- ${md("cli.markdown.unsure", { label: plain(need.label), quote: quote(locale, plain(need.source)) })}`);
    for (const statement of plan.unmatched) out.push(`- ${md("cli.markdown.unmatched", { quote: quote(locale, plain(statement.source)) })}`);
  }
  if (plan.fine.length > 0) {
    out.push("", `## ${md("cli.markdown.fine")}`, "");
    for (const fine of plan.fine) out.push(`- ${said(fine.label, fine.source)}`);
  }
  if (plan.questions.length > 0) {
    out.push("", `## ${md("cli.markdown.questions")}`, "");
    plan.questions.forEach((question, index) => {
      out.push(`${index + 1}. ${plain(question.text)}  `, `   _${plain(question.why)}_`);
      if (!question.options) return;
      out.push("");
      for (const option of question.options) out.push(`   - [ ] ${plain(option.label)} (\`${option.key}\`)`);
      out.push("", `   ${md("cli.markdown.answer", { answer: `\`${answerHint(question)}\`` })}`);
    });
  }
  if (plan.warnings.length > 0) {
    out.push("", `## ${md("cli.markdown.notes")}`, "");
    for (const warning of plan.warnings) out.push(`- ${plain(warning.message)}`);
  }
  if (plan.checkIns.length > 0) {
    out.push("", `## ${md("cli.markdown.checkIns")}`, "");
    for (const date of plan.checkIns) out.push(`- [ ] ${date}`);
  }
  return `${out.join("\n")}\n`;
}

/**
 * Prints a plan in the chosen format; `name` (the profile's) heads the text and markdown.
 * Every format but json speaks the plan's `locale`.
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
  const locale = localeFor(undefined, plan);
  const change = (c: NonNullable<Plan["changes"]>[number]) => say(locale, `change.${c.change}`);
  if (format === "markdown") {
    const lines = (plan.changes ?? []).map((c) => `- **${change(c)}** \`${c.itemId}\`: ${c.reason}`);
    return `\n## ${say(locale, "cli.markdown.changes")}\n\n${lines.join("\n")}\n`;
  }
  const lines = (plan.changes ?? []).map((c) => `  - ${change(c)} ${c.itemId}: ${c.reason}`);
  return `\n${say(locale, "cli.text.changes")}\n${lines.join("\n")}\n`;
}
