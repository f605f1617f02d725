/**
 * End-to-end check of the demo in headless Chromium: build it, serve it on
 * 127.0.0.1, type a profile, see the plan and its timeline, mark one item
 * done and one dropped, revise at the check-in and see the changes and the
 * new timeline, set the budget to 0, see only free items, see a strength
 * said to be fine, answer a question about unsure words with one click,
 * switch the language to German and back, import a catalog, and save three
 * screenshots for the README.
 * Run with `npm run demo:e2e` (needs /usr/bin/chromium, `apt-get install chromium`).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Page } from "playwright-core";
import { build, preview } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const asOf = "2026-01-05";

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(`e2e: ${message}`);
  console.log(`  ok: ${message}`);
}

const items = (page: Page) =>
  page.$$eval('[data-testid="plan-item"]', (nodes) =>
    nodes.map((node) => ({ kind: node.getAttribute("data-kind"), cost: Number(node.getAttribute("data-cost")), text: node.textContent ?? "" })),
  );

console.log("e2e: building the demo");
await build({ root, logLevel: "warn" });
const server = await preview({ root, logLevel: "warn", preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false } });
const url = server.resolvedUrls?.local[0];
if (!url) throw new Error("e2e: the preview server has no address");
console.log(`e2e: serving on ${url}`);

// A fresh profile each run: nothing cached from an earlier run can make it pass.
const userDataDir = mkdtempSync(join(tmpdir(), "tailorplan-e2e-"));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  viewport: { width: 1200, height: 900 },
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const errors: string[] = [];
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(`${url}?asOf=${asOf}`);
  await page.waitForSelector('#plan[data-state="empty"]');

  console.log("e2e: typing a profile");
  await page.locator('textarea[name="motivations"]').pressSequentially("I want to grow into a tech lead\nflexibility matters a lot to me", { delay: 5 });
  await page.locator('textarea[name="challenges"]').pressSequentially("burnt out from overtime and the commute\nI freeze up when I present", { delay: 5 });
  await page.locator('textarea[name="goals"]').fill("learn SQL for our reporting work\nbecome an engineering manager one day");
  await page.selectOption('select[name="level"]', "mid");
  await page.fill('input[name="hoursPerWeek"]', "5");
  await page.fill('input[name="budget"]', "1500");
  await page.waitForSelector('#plan[data-state="ready"][data-budget="1500"]');

  const first = await items(page);
  check(first.length > 0, `a plan with ${first.length} items`);
  check(first.some((item) => item.kind === "working-condition"), "it has a working-condition change");
  check(first.some((item) => item.kind === "mentoring"), "it has a mentoring item");
  check(first.every((item) => /\d{1,2} \w{3} \d{4} to \d{1,2} \w{3} \d{4}/.test(item.text)), "every item shows its dates");
  check(first.every((item) => item.text.includes("you said “")), "every item shows its reasons in the employee's words");
  check((await page.locator('[data-testid="question"]').count()) > 0, "questions to ask next are shown");
  check(first.some((item) => item.cost > 0), "with a budget, some items cost money");
  await page.locator('input[name="budget"]').blur(); // no focus ring in the picture
  await page.screenshot({ path: join(root, "screenshot.png"), fullPage: true });
  console.log(`e2e: screenshot written to ${join(root, "screenshot.png")}`);

  console.log("e2e: the timeline");
  const bars = () => page.$$eval('[data-testid="timeline"] g.bar', (nodes) => nodes.map((n) => ({ id: n.getAttribute("data-item-id")!, status: n.getAttribute("data-status"), start: n.getAttribute("data-start")! })));
  const ids = await page.$$eval('[data-testid="plan-item"]', (nodes) => nodes.map((n) => n.getAttribute("data-item-id")!));
  const drawn = await bars();
  check(JSON.stringify(drawn.map((b) => b.id)) === JSON.stringify(ids), `the timeline draws one bar per item (${drawn.length})`);
  check((await page.locator('[data-testid="timeline"] g.check-in').count()) > 0, "check-ins are marked on it");
  const limit = Number(await page.getAttribute('[data-testid="timeline"] line.limit', "data-limit"));
  const weekly = await page.$$eval('[data-testid="timeline"] rect.week-hours', (nodes) => nodes.map((n) => Number(n.getAttribute("data-hours"))));
  check(limit === 5 && weekly.length > 0 && weekly.every((h) => h <= limit), `the weekly hours stay under the limit of ${limit} (${weekly.length} weeks charted)`);

  console.log("e2e: marking one item done and one dropped, then revising");
  const doneId = ids[0]!;
  const droppedId = ids[ids.length - 1]!;
  await page.locator(`[data-item-id="${doneId}"] [data-testid="mark-done"]`).click();
  await page.locator(`[data-item-id="${droppedId}"] [data-testid="mark-dropped"]`).click();
  const marked = await bars();
  check(marked.find((b) => b.id === doneId)?.status === "done" && marked.find((b) => b.id === droppedId)?.status === "dropped", "the timeline shows the marks");
  // A field that loses focus fires "change" with nothing changed: the plan and its marks stay.
  await page.locator('input[name="hoursPerWeek"]').dispatchEvent("change");
  await page.waitForTimeout(600); // longer than the pause the screen waits for after typing
  const kept = await bars();
  check(kept.find((b) => b.id === doneId)?.status === "done" && kept.find((b) => b.id === droppedId)?.status === "dropped", "a change event with nothing changed keeps the marks");
  const checkInDate = await page.inputValue('[data-testid="check-in-date"]');
  await page.locator('[data-testid="revise"]').click();
  await page.waitForSelector(`#plan[data-revisions="1"][data-as-of="${checkInDate}"]`);
  const changes = await page.$$eval('[data-testid="change"]', (nodes) => nodes.map((n) => ({ id: n.getAttribute("data-item-id"), change: n.getAttribute("data-change"), text: n.textContent ?? "" })));
  check(changes.find((c) => c.id === doneId)?.change === "removed" && /Done: it counts as completed/.test(changes.find((c) => c.id === doneId)!.text), `the done item is listed as completed (${checkInDate})`);
  check(changes.find((c) => c.id === droppedId)?.change === "removed" && /Dropped: it is not offered again/.test(changes.find((c) => c.id === droppedId)!.text), "the dropped item is listed as not offered again");
  check(changes.filter((c) => c.change !== "added").length === ids.length, `every earlier item is accounted for (${changes.length} changes)`);
  const after = await page.$$eval('[data-testid="plan-item"]', (nodes) => nodes.map((n) => n.getAttribute("data-item-id")!));
  const redrawn = await bars();
  check(!after.includes(doneId) && !after.includes(droppedId), "neither is in the revised plan");
  check(JSON.stringify(redrawn.map((b) => b.id)) === JSON.stringify(after), "the timeline is redrawn for the revised plan");
  await page.screenshot({ path: join(root, "screenshot-check-in.png"), fullPage: true });
  console.log(`e2e: screenshot written to ${join(root, "screenshot-check-in.png")}`);

  console.log("e2e: setting the budget to 0");
  await page.fill('input[name="budget"]', "0");
  await page.waitForSelector('#plan[data-state="ready"][data-budget="0"]');
  const free = await items(page);
  check(free.length > 0, `still a plan, with ${free.length} items`);
  check(free.every((item) => item.cost === 0), "only free items are left");

  console.log("e2e: a strength said to be fine");
  {
    const challenges = page.locator('textarea[name="challenges"]');
    const before = await challenges.inputValue();
    await challenges.fill(`${before}\npublic speaking is not a problem for me`);
    await page.waitForSelector('[data-testid="fine"][data-key="public-speaking"]');
    check(true, "it is listed under what we heard as fine");
    const reasons = await page.$$eval('[data-testid="plan-item"] li', (nodes) => nodes.map((n) => n.textContent ?? ""));
    check(!reasons.some((r) => r.includes("“public speaking is not a problem for me”")), "nothing is planned for it");
    check((await page.locator('[data-testid="unmatched"]').count()) === 0, "it is not left as words we did not understand");
    await challenges.fill(before);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="fine"]').length === 0);
  }

  console.log("e2e: words that could mean more than one thing");
  // Said in words people use that the reading cannot settle alone; either will do.
  const unsure = ["I present to leadership every month", "my manager"];
  const challenges = page.locator('textarea[name="challenges"]');
  await challenges.fill(`${await challenges.inputValue()}\n${unsure.join("\n")}`);
  const asked = await page.waitForFunction(
    (statements) => {
      for (const node of document.querySelectorAll('[data-testid="question"]')) {
        const option = node.querySelector('[data-testid="option"]:not([data-key="other"])');
        if (option && statements.some((s) => node.textContent?.includes(`“${s}”`))) {
          return { id: node.getAttribute("data-question-id")!, key: option.getAttribute("data-key")!, options: node.querySelectorAll('[data-testid="option"]').length };
        }
      }
      return undefined;
    },
    unsure,
    { timeout: 10_000 },
  );
  const question = (await asked.jsonValue())!;
  check(question.options >= 2, `question ${question.id} offers ${question.options} options as buttons, "something else" among them`);
  check((await page.locator('[data-testid="option"][data-key="other"]').count()) > 0, "a “something else” button is shown");
  const unconfirmedBefore = await page.locator(`[data-testid="need"][data-key="${question.key}"][data-confirmed="false"]`).count();
  check(unconfirmedBefore > 0 || (await page.locator('[data-testid="unmatched"]').count()) > 0, `before the answer, ${question.key} is not planned for`);
  await page.click(`[data-question-id="${question.id}"] [data-testid="option"][data-key="${question.key}"]`);
  await page.waitForSelector('#plan[data-state="ready"][data-answers="1"]');
  check((await page.locator(`[data-question-id="${question.id}"]`).count()) === 0, `question ${question.id} is gone once answered`);
  check((await page.locator(`[data-testid="need"][data-key="${question.key}"][data-confirmed="true"]`).count()) > 0, `the need ${question.key} is confirmed`);
  check((await page.locator(`[data-testid="need"][data-key="${question.key}"][data-confirmed="false"]`).count()) === 0, `no guess at ${question.key} is left unconfirmed`);
  check(!(await page.locator('[data-testid="warning"]').allTextContents()).some((text) => text.includes("was not read")), "the answer was read: no warning about it");

  console.log("e2e: the language picker");
  {
    const boxes = ["motivations", "challenges", "goals"] as const;
    const saved = await Promise.all(boxes.map((name) => page.locator(`textarea[name="${name}"]`).inputValue()));
    await page.selectOption('select[name="language"]', "de");
    await page.locator('textarea[name="motivations"]').fill("Ich möchte mehr Verantwortung übernehmen");
    // Two needs on two lines: said in one sentence, the German model reads overtime as a further need below log-odds 1.5.
    await page.locator('textarea[name="challenges"]').fill("Ständig Überstunden\nich bin total ausgebrannt\nPräsentieren ist kein Problem für mich");
    await page.locator('textarea[name="goals"]').fill("In zwei Jahren möchte ich ein Team leiten");
    await page.waitForFunction(() => document.documentElement.lang === "de" && document.querySelector('#plan[data-state="ready"]') !== null && document.querySelector('[data-testid="fine"][data-key="public-speaking"]') !== null, undefined, { timeout: 10_000 });
    const keys = await page.$$eval('[data-testid="need"]', (nodes) => nodes.map((n) => n.getAttribute("data-key")));
    check(keys.includes("overtime") && keys.includes("leadership-ambition"), `German statements are read: ${keys.join(", ")}`);
    check(!keys.includes("public-speaking"), "“Präsentieren ist kein Problem für mich” is fine, not a need");
    const german = await items(page);
    check(german.length > 0 && german.every((item) => item.text.includes("Sie sagten „")), "every item's reasons are written in German, quoting the employee's words");
    const headings = await page.$$eval("#plan h2", (nodes) => nodes.map((n) => n.textContent ?? ""));
    check(headings.includes("Was wir verstanden haben"), `the screen speaks German too: ${headings.join(" / ")}`);
    const questions = await page.locator('[data-testid="question"]').allTextContents();
    check(questions.length > 0 && questions.every((q) => !/\b(the|you|your)\b/.test(q)), "the questions to ask next are in German");
    check(/Motiviert/i.test((await page.textContent('[data-ui="motivations"]')) ?? ""), "the form's labels follow the language");
    await page.screenshot({ path: join(root, "screenshot-de.png"), fullPage: true });
    console.log(`e2e: screenshot written to ${join(root, "screenshot-de.png")}`);
    await page.selectOption('select[name="language"]', "en");
    for (const [i, name] of boxes.entries()) await page.locator(`textarea[name="${name}"]`).fill(saved[i]!);
    await page.waitForFunction(() => document.documentElement.lang === "en" && [...document.querySelectorAll('[data-testid="plan-item"]')].every((n) => n.textContent?.includes("you said “")), undefined, { timeout: 10_000 });
    check(true, "back in English, the plan speaks English again");
  }

  console.log("e2e: using our own catalog, a CSV from a European spreadsheet");
  // A byte-order mark, `;` delimiters, a quoted line break, a course of no workplace subject.
  const csv = [
    "\uFEFFCourse;Skills;Duration;Effort;Price;Level;Language;Link;Provider",
    'Python for Data Analysis;"Python Programming; Data Analysis";4 Weeks;2-4 hours per week;79;Beginner;English;https://courses.example/python-data;Example Academy',
    '"Speaking with Confidence";Public Speaking;2 Weeks;2 hours per week;Free;All Levels;English;https://courses.example/speaking;Example Academy',
    '"Medieval Castles\nof Europe";History;6 Weeks;;Free;Mixed;Français;;Example Academy',
  ].join("\r\n");
  await page.setInputFiles('input[name="catalog"]', { name: "courses.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.waitForSelector('[data-testid="catalog-report"][data-state="ready"]');
  const summaryText = (await page.textContent('[data-testid="import-summary"]')) ?? "";
  check(/Imported 2 of 3 courses; 1 serve no need/.test(summaryText), `the import report's summary is shown: ${summaryText}`);
  check((await page.locator('[data-testid="left-out"]').allTextContents()).some((t) => t.includes("Medieval Castles")), "the course left out is named");
  await page.fill('input[name="budget"]', "500");
  await page.locator('textarea[name="goals"]').fill("learn Python for data analysis");
  await page.waitForSelector('#plan[data-state="ready"][data-catalog="imported"][data-budget="500"]');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="plan-item"]')].some((n) => n.textContent?.includes("Python for Data Analysis")), undefined, { timeout: 10_000 });
  const own = await items(page);
  const course = own.find((item) => item.text.includes("Python for Data Analysis"));
  check(course !== undefined && course.text.includes("you said “learn Python for data analysis”"), "the plan cites the imported course for the skill goal");
  check((await page.getAttribute('[data-testid="item-link"]', "href"))?.startsWith("https://courses.example/") === true, "the imported course links to its page");
  check(own.some((item) => item.kind !== "training"), "built-in mentoring or working-condition items stand beside the imported trainings");
  check(own.filter((item) => item.kind === "training").every((item) => /Python for Data Analysis|Speaking with Confidence/.test(item.text)), "every training in the plan is one of the imported courses");

  check(errors.length === 0, `no errors in the page${errors.length ? `: ${errors.join("; ")}` : ""}`);
  console.log("e2e: passed");
} finally {
  await context.close();
  await new Promise<void>((resolve, reject) => server.httpServer.close((error) => (error ? reject(error) : resolve())));
  rmSync(userDataDir, { recursive: true, force: true });
}
