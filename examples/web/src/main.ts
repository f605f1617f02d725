/**
 * A recommendation screen: the employee types, the plan follows. Everything
 * runs in the page; nothing is sent anywhere.
 */
import { format, parseISO } from "date-fns";
import { parse as parseCsv } from "csv-parse/browser/esm/sync";
import { createRecommender, defaultCatalog, importCatalog, LEVELS, type Catalog, type ImportReport, timelineSvg, type Answer, type Level, type Plan, type Profile, type Progress, type Question } from "tailorplan";

// Validates and indexes the built-in catalog once; each keystroke then does
// only the per-profile work.
// A catalog imported in the page replaces it (see "Use your own catalog" below).
let recommender = createRecommender();

const form = document.querySelector<HTMLFormElement>("#profile")!;
const out = document.querySelector<HTMLElement>("#plan")!;

// The library never reads the clock, so the screen says what today is.
// `?asOf=2026-01-05` pins it, for screenshots and tests.
const asOf = new URLSearchParams(location.search).get("asOf") ?? format(new Date(), "yyyy-MM-dd");

const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

function lines(name: string): string[] {
  return field(name)
    .value.split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

function numberIn(name: string): number | undefined {
  const text = field(name).value.trim();
  return text === "" ? undefined : Number(text);
}

const isLevel = (value: string): value is Level => (LEVELS as readonly string[]).includes(value);

// The employee's answers to the plan's questions, by question id. They live
// beside the form: a click on an option adds one and plans again.
let answers: Record<string, Answer> = {};

function readProfile(): Profile {
  const level = field("level").value;
  const hoursPerWeek = numberIn("hoursPerWeek");
  const budget = numberIn("budget");
  return {
    id: "you",
    motivations: lines("motivations"),
    challenges: lines("challenges"),
    goals: lines("goals"),
    ...(isLevel(level) ? { level } : {}),
    ...(Object.keys(answers).length > 0 ? { answers } : {}),
    constraints: {
      ...(hoursPerWeek === undefined ? {} : { hoursPerWeek }),
      ...(budget === undefined ? {} : { budget: { amount: budget, currency: "EUR" } }),
    },
  };
}

type Child = Node | string | undefined | false;

/** A small element builder; text always goes in as text, never as HTML. */
function h(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child !== undefined && child !== false) element.append(child);
  return element;
}

const day = (iso: string) => format(parseISO(iso), "d MMM yyyy");
const money = (m: { amount: number; currency: string }) => `${m.amount.toLocaleString("en")} ${m.currency}`;

function section(title: string, className: string, items: HTMLElement[]): HTMLElement | undefined {
  if (items.length === 0) return undefined;
  return h("section", { class: className }, h("h2", {}, title), h("ul", {}, ...items));
}

/** A question; one about unsure words offers its options as buttons that answer it. */
function renderQuestion(question: Question): HTMLElement {
  const buttons = (question.options ?? []).map((option) => {
    const button = h("button", { type: "button", class: "option", "data-testid": "option", "data-key": option.key }, option.label);
    button.addEventListener("click", () => {
      answers = { ...answers, [question.id]: [option.key] };
      update();
    });
    return button;
  });
  return h(
    "li",
    { "data-testid": "question", "data-question-id": question.id },
    question.text,
    h("small", {}, question.why),
    buttons.length > 0 && h("span", { class: "options" }, ...buttons),
  );
}

function renderPlan(plan: Plan): HTMLElement[] {
  const labels = new Map(plan.needs.map((need) => [need.id, need.label]));
  const { totals } = plan;
  const summary = h(
    "p",
    { class: "summary", "data-testid": "summary" },
    `${plan.items.length} ${plan.items.length === 1 ? "item" : "items"} · up to ${totals.peakHoursPerWeek} of ${totals.hoursPerWeekLimit} h/week · ${money(totals.cost)}${totals.budget ? ` of ${money(totals.budget)}` : ""} · ${day(plan.start)} to ${day(plan.end)}`,
  );
  const mix = h(
    "p",
    { class: "mix" },
    ...Object.entries(plan.mix).map(([kind, m]) => h("span", { class: `kind kind-${kind}` }, `${m.count} ${kind}`)),
  );
  const items = plan.items.map((item) =>
    h(
      "article",
      { class: "item", "data-testid": "plan-item", "data-kind": item.kind, "data-cost": String(item.cost.amount) },
      h("header", {}, h("span", { class: `kind kind-${item.kind}` }, item.kind), h("h3", {}, item.title)),
      h(
        "p",
        { class: "meta" },
        h("time", { datetime: item.start }, day(item.start)),
        " to ",
        h("time", { datetime: item.end }, day(item.end)),
        ` · ${item.hoursPerWeek} h/week${item.pace?.mode === "stretched" ? ` (listed ${item.pace.listed.hoursPerWeek} h over ${item.pace.listed.weeks} weeks, spread to fit)` : ""} · ${item.cost.amount === 0 ? "free" : money(item.cost)} · ${item.format}${item.difficulty ? ` · ${item.difficulty}` : ""}${item.provider ? ` · ${item.provider}` : ""}`,
        item.url && " · ",
        item.url && h("a", { href: item.url, target: "_blank", rel: "noopener noreferrer", "data-testid": "item-link" }, "open"),
      ),
      h(
        "ul",
        { class: "reasons" },
        ...item.reasons.map((reason) => h("li", {}, h("strong", {}, labels.get(reason.needId) ?? reason.need), ": you said “", reason.quote, "”")),
      ),
    ),
  );
  const heard = plan.needs.map((need) =>
    h(
      "li",
      { "data-testid": "need", "data-key": need.key, "data-confirmed": String(need.confirmed !== false), "data-covered": String(need.coveredBy.length > 0) },
      h("strong", {}, need.label),
      need.type === "feedback" ? `: ${need.source}` : `: “${need.source}”`,
      need.confirmed === false && h("em", { class: "unsure" }, " not sure yet: see the question below"),
    ),
  );
  // Understood, and said to be no trouble: shown so the person sees we listened, never planned for.
  const fine = plan.fine.map((f) =>
    h("li", { "data-testid": "fine", "data-key": f.key }, h("strong", {}, f.label), `: “${f.source}”`, h("em", { class: "unsure" }, " fine, you said: nothing planned")),
  );
  const uncovered = plan.needs
    .filter((need) => need.coveredBy.length === 0 && need.confirmed !== false)
    .map((need) => h("li", { "data-testid": "uncovered" }, h("strong", {}, need.label), `: “${need.source}”`));
  const unmatched = plan.unmatched.map((statement) => h("li", { "data-testid": "unmatched" }, `Not understood yet: “${statement.source}”`));
  const warnings = plan.warnings.map((warning) => h("li", { "data-testid": "warning" }, warning.message));
  const questions = plan.questions.map(renderQuestion);
  return [
    summary,
    mix,
    h("div", { class: "items" }, ...(items.length > 0 ? items : [h("p", { class: "empty" }, "Nothing in the catalog fits these limits yet.")])),
    section("What we heard", "heard", [...heard, ...fine]),
    section("Not covered yet", "uncovered", [...uncovered, ...unmatched]),
    section("Warnings", "warnings", warnings),
    section("Questions to ask next", "questions", questions),
  ].filter((node): node is HTMLElement => node !== undefined);
}

/**
 * The check-in: the plan as a timeline, each item marked done or dropped
 * as the employee reports, and the plan revised in place from the next
 * check-in with what changed listed. Editing the answers starts over.
 */
const checkIn: { plan?: Plan; progress: Progress; profile?: Profile } = { progress: {} };

function timeline(plan: Plan): HTMLElement {
  const box = h("div", { class: "timeline", "data-testid": "timeline" });
  // Our own SVG string: every text in it is escaped by timelineSvg.
  box.innerHTML = timelineSvg(plan, { progress: checkIn.progress, width: 860 });
  return box;
}

function markButtons(plan: Plan): void {
  out.querySelectorAll<HTMLElement>('[data-testid="plan-item"]').forEach((card, i) => {
    const item = plan.items[i];
    if (!item) return;
    card.dataset.itemId = item.id;
    const status = checkIn.progress[item.id]?.status;
    if (status) card.dataset.status = status;
    const mark = (next: "done" | "dropped", label: string) =>
      h("button", { type: "button", class: `mark${status === next ? " on" : ""}`, "data-testid": `mark-${next}`, "aria-pressed": String(status === next) }, label);
    const done = mark("done", "Done");
    const dropped = mark("dropped", "Dropped");
    for (const [button, next] of [[done, "done"], [dropped, "dropped"]] as const) {
      button.addEventListener("click", () => {
        if (checkIn.progress[item.id]?.status === next) delete checkIn.progress[item.id];
        else checkIn.progress[item.id] = { status: next };
        render();
      });
    }
    card.append(h("p", { class: "marks" }, done, dropped));
  });
}

function checkInPanel(plan: Plan): HTMLElement {
  const next = plan.checkIns.find((date) => date > plan.asOf) ?? plan.checkIns[0] ?? plan.asOf;
  const marked = Object.keys(checkIn.progress).length;
  const date = h("input", { type: "date", name: "checkInDate", value: next, "data-testid": "check-in-date" }) as HTMLInputElement;
  const button = h("button", { type: "button", "data-testid": "revise" }, "Revise at this check-in");
  button.addEventListener("click", () => revise(date.value));
  return h(
    "section",
    { class: "check-in" },
    h("h2", {}, "Check-in"),
    h("p", {}, `${marked === 0 ? "Mark items done or dropped below" : `${marked} ${marked === 1 ? "item" : "items"} marked`}; items nothing is said about are read from their dates.`),
    h("p", { class: "row-inline" }, h("label", {}, "Check-in date ", date), button),
  );
}

function changesList(plan: Plan): HTMLElement | undefined {
  if (!plan.changes) return undefined;
  return section(
    `What changed at the check-in on ${day(plan.asOf)}`,
    "changes",
    plan.changes.map((c) => h("li", { "data-testid": "change", "data-change": c.change, "data-item-id": c.itemId }, h("strong", {}, c.change), ` ${c.itemId}: ${c.reason}`)),
  );
}

function render(): void {
  const plan = checkIn.plan;
  if (!plan) return;
  const [summary, ...rest] = renderPlan(plan);
  out.replaceChildren(...[summary, timeline(plan), checkInPanel(plan), changesList(plan), ...rest].filter((node): node is HTMLElement => node !== undefined));
  markButtons(plan);
  out.dataset.state = "ready";
  out.dataset.asOf = plan.asOf;
  out.dataset.revisions = String(revisions);
}

let revisions = 0;
function revise(on: string): void {
  const { plan, profile } = checkIn;
  if (!plan || !profile) return;
  const result = recommender.safeRecommend(profile, { asOf: on, previous: plan, progress: checkIn.progress });
  if (!result.success) {
    out.prepend(h("ul", { class: "issues", "data-testid": "check-in-issues" }, ...result.issues.map((issue) => h("li", {}, `${issue.path.join(".")}: ${issue.message}`))));
    return;
  }
  checkIn.plan = result.output;
  checkIn.progress = {};
  revisions++;
  render();
}

function update(): void {
  const profile = readProfile();
  const said = (profile.motivations?.length ?? 0) + (profile.challenges?.length ?? 0) + (profile.goals?.length ?? 0);
  out.dataset.budget = String(profile.constraints?.budget?.amount ?? "");
  if (said === 0) {
    out.replaceChildren(h("p", { class: "hint" }, "Write a line in any of the boxes to see a plan made for you."));
    out.dataset.state = "empty";
    return;
  }
  let result = recommender.safeRecommend(profile, { asOf });
  // Answers to words rewritten since are no longer asked about: let them go quietly.
  const stale = result.success ? result.output.warnings.filter((w) => w.code === "answer").map((w) => w.question) : [];
  if (stale.length > 0) {
    answers = Object.fromEntries(Object.entries(answers).filter(([id]) => !stale.includes(id)));
    result = recommender.safeRecommend(readProfile(), { asOf });
  }
  if (!result.success) {
    out.replaceChildren(
      h("p", { class: "hint" }, "Some answers cannot be read yet:"),
      h("ul", { class: "issues" }, ...result.issues.map((issue) => h("li", {}, `${issue.path.join(".")}: ${issue.message}`))),
    );
    out.dataset.state = "invalid";
    return;
  }
  checkIn.plan = result.output;
  checkIn.profile = profile;
  checkIn.progress = {};
  revisions = 0;
  render();
  out.dataset.answers = String(Object.keys(answers).length);
}

// Wait for a pause in typing: a plan per keystroke is fast, but a plan that
// jumps under the cursor with every letter is hard to read.
let timer: ReturnType<typeof setTimeout> | undefined;
function schedule(): void {
  clearTimeout(timer);
  timer = setTimeout(update, 250);
}
form.addEventListener("input", schedule);
form.addEventListener("change", schedule);
form.addEventListener("submit", (event) => event.preventDefault());
update();

/*
 * Use your own catalog: a course export read and imported in the page
 * (importCatalog), its trainings planned with the built-in mentoring and
 * working-condition items beside them, and the import report's summary shown.
 */
const catalogInput = form.elements.namedItem("catalog") as HTMLInputElement;
const catalogReport = document.querySelector<HTMLElement>("#catalog-report")!;

/** The delimiter of a CSV's header line: European spreadsheets write `;`. */
function delimiterOf(text: string): string {
  const header = text.split("\n", 1)[0] ?? "";
  const count = (c: string) => header.split(c).length - 1;
  return [";", "\t", ","].reduce((best, c) => (count(c) > count(best) ? c : best), ",");
}

function rowsOf(name: string, text: string): unknown[] {
  if (/\.json$/i.test(name)) {
    const data: unknown = JSON.parse(text);
    if (Array.isArray(data)) return data;
    const lists = typeof data === "object" && data !== null ? Object.values(data).filter(Array.isArray) : [];
    if (lists.length === 1) return lists[0]!;
    throw new Error("the JSON holds no list of courses");
  }
  return parseCsv(text, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true, delimiter: delimiterOf(text) }) as unknown[];
}

function reportSummary(report: ImportReport): HTMLElement {
  const { summary } = report;
  const tags = Object.entries(summary.tags).slice(0, 5).map(([key, n]) => `${key} ${n}`).join(", ");
  return h(
    "div",
    {},
    h("p", { "data-testid": "import-summary" }, `Imported ${summary.imported} of ${summary.rows} courses; ${summary.leftOut["no-key"]} serve no need we know, ${summary.leftOut["title-missing"]} have no title; ${summary.misread} values misread.`),
    tags && h("p", {}, `Most tagged: ${tags}.`),
    report.leftOut.length > 0 &&
      h("ul", { class: "left-out" }, ...report.leftOut.slice(0, 3).map((row) => h("li", { "data-testid": "left-out" }, `Row ${row.row}${row.title ? ` “${row.title}”` : ""}: ${row.reason === "no-key" ? "no need found" : "no title"}`))),
  );
}

catalogInput.addEventListener("change", async () => {
  const file = catalogInput.files?.[0];
  if (!file) return;
  catalogReport.dataset.state = "importing";
  try {
    const { catalog, report } = importCatalog(rowsOf(file.name, await file.text()), { defaults: { currency: "EUR" } });
    // The built-in mentoring and working-condition items, less those that need a built-in training first.
    const ours = defaultCatalog.filter((item) => item.kind !== "training");
    const ids = new Set([...catalog, ...ours].map((item) => item.id));
    const mixed: Catalog = [...catalog, ...ours.filter((item) => (item.prerequisites ?? []).every((id) => ids.has(id)))];
    recommender = createRecommender({ catalog: mixed });
    catalogReport.replaceChildren(reportSummary(report));
    catalogReport.dataset.state = "ready";
    catalogReport.dataset.imported = String(report.summary.imported);
  } catch (error) {
    catalogReport.replaceChildren(h("p", { class: "issues" }, `This file cannot be imported: ${(error as Error).message}`));
    catalogReport.dataset.state = "invalid";
  }
  out.dataset.catalog = catalogReport.dataset.state === "ready" ? "imported" : "built-in";
  update();
});
