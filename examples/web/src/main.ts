/**
 * A recommendation screen: the employee types, the plan follows. Everything
 * runs in the page; nothing is sent anywhere.
 */
import { format, parseISO, type Locale as DateLocale } from "date-fns";
import { de as deDates, es as esDates, fr as frDates } from "date-fns/locale";
import { parse as parseCsv } from "csv-parse/browser/esm/sync";
import { CLOSE_QUOTE, NAMES, OPEN_QUOTE, t, UI_LANGUAGES, type UiKey, type UiLanguage } from "./ui-text";
import { createRecommender, defaultCatalog, importCatalog, LEVELS, type Catalog, type ImportReport, timelineSvg, type Answer, type Level, type Plan, type Profile, type Progress, type Question } from "tailorplan";

// Validates and indexes the built-in catalog once; each keystroke then does
// only the per-profile work.
// A catalog imported in the page replaces it (see "Use your own catalog" below).
let recommender = createRecommender();
// Bumped when a catalog is imported: the same answers then make a new plan.
let catalogVersion = 0;

/*
 * The language the employee writes in and the screen speaks: the plan's
 * sentences come from the library (`profile.language`, `options.locale`),
 * the screen's own words from ./ui-text. `?lang=de` picks one on load.
 */
let language: UiLanguage = "en";
const DATES: Readonly<Record<UiLanguage, DateLocale | undefined>> = { en: undefined, es: esDates, fr: frDates, de: deDates };
const say = (key: UiKey, params?: Readonly<Record<string, string | number>>) => t(language, key, params);

function applyLanguage(next: UiLanguage): void {
  language = next;
  document.documentElement.lang = next;
  for (const node of document.querySelectorAll<HTMLElement>("[data-ui]")) node.textContent = say(node.dataset.ui as UiKey);
  for (const node of document.querySelectorAll<HTMLInputElement>("[data-ui-placeholder]")) node.placeholder = say(node.dataset.uiPlaceholder as UiKey);
}

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
    language,
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

const day = (iso: string) => {
  const locale = DATES[language];
  return format(parseISO(iso), "d MMM yyyy", locale ? { locale } : {});
};
const money = (m: { amount: number; currency: string }) => `${m.amount.toLocaleString(language)} ${m.currency}`;

/** An item's dates: "3 Feb 2026 to 2 Mar 2026", "del 3 feb 2026 al 2 mar 2026". */
function dates(start: string, end: string): Array<Node | string> {
  const [before, between, after] = say("fromTo", { start: "\u0000", end: "\u0000" }).split("\u0000") as [string, string, string];
  return [before, h("time", { datetime: start }, day(start)), between, h("time", { datetime: end }, day(end)), after].filter((part) => part !== "");
}

/** The employee's words in the screen language's quotation marks. */
const q = (text: string): string => `${OPEN_QUOTE[language]}${text}${CLOSE_QUOTE[language]}`;

/** A kind of item, or a format, as the screen's language names it. */
const kindName = (kind: string): string => NAMES[language][kind] ?? kind;

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
    [
      plan.items.length === 1 ? say("item") : say("items", { n: plan.items.length }),
      say("upTo", { peak: totals.peakHoursPerWeek.toLocaleString(language), limit: totals.hoursPerWeekLimit.toLocaleString(language) }),
      totals.budget ? say("of", { cost: money(totals.cost), budget: money(totals.budget) }) : money(totals.cost),
      say("fromTo", { start: day(plan.start), end: day(plan.end) }),
    ].join(" · "),
  );
  const mix = h(
    "p",
    { class: "mix" },
    ...Object.entries(plan.mix).map(([kind, m]) => h("span", { class: `kind kind-${kind}` }, `${m.count} ${kindName(kind)}`)),
  );
  const items = plan.items.map((item) =>
    h(
      "article",
      { class: "item", "data-testid": "plan-item", "data-kind": item.kind, "data-cost": String(item.cost.amount) },
      h("header", {}, h("span", { class: `kind kind-${item.kind}` }, kindName(item.kind)), h("h3", {}, item.title)),
      h(
        "p",
        { class: "meta" },
        ...dates(item.start, item.end),
        ` · ${say("hoursWeek", { hours: item.hoursPerWeek.toLocaleString(language) })}${item.pace?.mode === "stretched" ? ` (${say("stretched", { hours: item.pace.listed.hoursPerWeek, weeks: item.pace.listed.weeks })})` : ""} · ${item.cost.amount === 0 ? say("free") : money(item.cost)} · ${kindName(item.format)}${item.difficulty ? ` · ${item.difficulty}` : ""}${item.provider ? ` · ${item.provider}` : ""}`,
        item.url && " · ",
        item.url && h("a", { href: item.url, target: "_blank", rel: "noopener noreferrer", "data-testid": "item-link" }, say("open")),
      ),
      h(
        "ul",
        { class: "reasons" },
        ...item.reasons.map((reason) => h("li", {}, h("strong", {}, labels.get(reason.needId) ?? reason.need), say("youSaid"), reason.quote, CLOSE_QUOTE[language])),
      ),
    ),
  );
  const heard = plan.needs.map((need) =>
    h(
      "li",
      { "data-testid": "need", "data-key": need.key, "data-confirmed": String(need.confirmed !== false), "data-covered": String(need.coveredBy.length > 0) },
      h("strong", {}, need.label),
      need.type === "feedback" ? `: ${need.source}` : `: ${q(need.source)}`,
      need.confirmed === false && h("em", { class: "unsure" }, say("notSure")),
    ),
  );
  // Understood, and said to be no trouble: shown so the person sees we listened, never planned for.
  const fine = plan.fine.map((f) =>
    h("li", { "data-testid": "fine", "data-key": f.key }, h("strong", {}, f.label), `: ${q(f.source)}`, h("em", { class: "unsure" }, say("fineNote"))),
  );
  const uncovered = plan.needs
    .filter((need) => need.coveredBy.length === 0 && need.confirmed !== false)
    .map((need) => h("li", { "data-testid": "uncovered" }, h("strong", {}, need.label), `: ${q(need.source)}`));
  const unmatched = plan.unmatched.map((statement) => h("li", { "data-testid": "unmatched" }, say("notUnderstood", { text: statement.source })));
  const warnings = plan.warnings.map((warning) => h("li", { "data-testid": "warning" }, warning.message));
  const questions = plan.questions.map(renderQuestion);
  return [
    summary,
    mix,
    h("div", { class: "items" }, ...(items.length > 0 ? items : [h("p", { class: "empty" }, say("nothingFits"))])),
    section(say("heard"), "heard", [...heard, ...fine]),
    section(say("uncovered"), "uncovered", [...uncovered, ...unmatched]),
    section(say("warnings"), "warnings", warnings),
    section(say("questions"), "questions", questions),
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
    const done = mark("done", say("done"));
    const dropped = mark("dropped", say("dropped"));
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
  const button = h("button", { type: "button", "data-testid": "revise" }, say("revise"));
  button.addEventListener("click", () => revise(date.value));
  return h(
    "section",
    { class: "check-in" },
    h("h2", {}, say("checkIn")),
    h("p", {}, marked === 0 ? say("markHint") : say("marked", { n: marked })),
    h("p", { class: "row-inline" }, h("label", {}, say("checkInDate"), date), button),
  );
}

function changesList(plan: Plan): HTMLElement | undefined {
  if (!plan.changes) return undefined;
  return section(
    say("changed", { date: day(plan.asOf) }),
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
  const result = recommender.safeRecommend(profile, { asOf: on, locale: language, previous: plan, progress: checkIn.progress });
  if (!result.success) {
    out.prepend(h("ul", { class: "issues", "data-testid": "check-in-issues" }, ...result.issues.map((issue) => h("li", {}, `${issue.path.join(".")}: ${issue.message}`))));
    return;
  }
  checkIn.plan = result.output;
  checkIn.progress = {};
  revisions++;
  render();
}

/*
 * What the plan on screen was made from. A field fires "input" as it is typed
 * and "change" when it loses focus: the second must not plan again, or the
 * items marked done or dropped since would be wiped.
 */
let shown = "";
const inputKey = (profile: Profile) => JSON.stringify([profile, language, catalogVersion]);

function update(): void {
  const profile = readProfile();
  if (inputKey(profile) === shown) return;
  shown = "";
  const said = (profile.motivations?.length ?? 0) + (profile.challenges?.length ?? 0) + (profile.goals?.length ?? 0);
  out.dataset.budget = String(profile.constraints?.budget?.amount ?? "");
  if (said === 0) {
    out.replaceChildren(h("p", { class: "hint" }, say("hint")));
    out.dataset.state = "empty";
    return;
  }
  let used = profile;
  let result = recommender.safeRecommend(used, { asOf, locale: language });
  // Answers to words rewritten since are no longer asked about: let them go quietly.
  const stale = result.success ? result.output.warnings.filter((w) => w.code === "answer").map((w) => w.question) : [];
  if (stale.length > 0) {
    answers = Object.fromEntries(Object.entries(answers).filter(([id]) => !stale.includes(id)));
    used = readProfile();
    result = recommender.safeRecommend(used, { asOf, locale: language });
  }
  if (!result.success) {
    out.replaceChildren(
      h("p", { class: "hint" }, say("cannotRead")),
      h("ul", { class: "issues" }, ...result.issues.map((issue) => h("li", {}, `${issue.path.join(".")}: ${issue.message}`))),
    );
    out.dataset.state = "invalid";
    return;
  }
  checkIn.plan = result.output;
  checkIn.profile = used;
  checkIn.progress = {};
  revisions = 0;
  render();
  shown = inputKey(used);
  out.dataset.answers = String(Object.keys(answers).length);
}

// Wait for a pause in typing: a plan per keystroke is fast, but a plan that
// jumps under the cursor with every letter is hard to read.
let timer: ReturnType<typeof setTimeout> | undefined;
function schedule(): void {
  clearTimeout(timer);
  timer = setTimeout(update, 250);
}
const languageSelect = field("language") as HTMLSelectElement;
const asked = new URLSearchParams(location.search).get("lang");
if (asked && (UI_LANGUAGES as readonly string[]).includes(asked)) languageSelect.value = asked;
applyLanguage(languageSelect.value as UiLanguage);
languageSelect.addEventListener("change", () => {
  applyLanguage(languageSelect.value as UiLanguage);
  // Answers were given to questions in the other language's words: they stay, keyed by question id.
  update();
});
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
    catalogVersion++;
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
