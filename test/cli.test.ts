import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { ana } from "../examples/two-employees";
import { readCsv, readHeader, rowToProfile, sniffDelimiter, type CsvProblem, type CsvRecord } from "../src/cli/csv";
import { run } from "../src/cli/main";
import { runCli } from "./helpers";
import { defaultCatalog, recommend, type CatalogItem, type ImportReport, type Plan } from "../src/index";

const asOf = "2026-01-05";
const dir = mkdtempSync(join(tmpdir(), "tailorplan-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | object): string {
  writeFileSync(join(dir, name), typeof content === "string" ? content : JSON.stringify(content));
  return name;
}

/** Runs the CLI in-process on the temp folder, capturing what it prints. */
function cli(argv: string[], { tty = false, today = "2026-03-02" } = {}) {
  return runCli(argv, { cwd: dir, tty, today });
}

const readLines = (name: string) =>
  readFileSync(join(dir, name), "utf8")
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as { line: number; id: string | null; plan: Plan });

file("ana.json", ana);

describe("tailorplan plan", () => {
  const expected = recommend(ana, { asOf });

  it("prints the library's plan as JSON for machines", async () => {
    const { code, stdout } = await cli(["plan", "ana.json", "--as-of", asOf, "--format", "json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(expected);
  });

  it("prints kinds, dates, reasons in the employee's words and the questions as text", async () => {
    const { code, stdout } = await cli(["plan", "ana.json", "--as-of", asOf]);
    expect(code).toBe(0);
    expect(expected.items.length).toBeGreaterThan(0);
    expect(stdout).toContain("Plan for Ana (ana)");
    for (const item of expected.items) {
      expect(stdout).toContain(`[${item.kind}] ${item.title}`);
      expect(stdout).toContain(`${item.start} to ${item.end}`);
      for (const reason of item.reasons) expect(stdout).toContain(`“${reason.quote}”`);
    }
    for (const question of expected.questions) expect(stdout).toContain(question.text);
  });

  it("prints markdown with a table row per item, to paste into an HR system", async () => {
    const { code, stdout } = await cli(["plan", "ana.json", "--as-of", asOf, "--format", "markdown"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Development plan for Ana \(ana\)\n/);
    const rows = stdout.split("\n").filter((line) => /^\| \d+ \|/.test(line));
    expect(rows).toHaveLength(expected.items.length);
    expected.items.forEach((item, i) => expect(rows[i]).toContain(`| ${item.kind} |`));
    if (expected.questions.length > 0) expect(stdout).toContain("## Questions to ask next");
  });

  it("uses today's date from the caller when --as-of is left out", async () => {
    const { stdout } = await cli(["plan", "ana.json", "--format", "json"], { today: "2026-03-02" });
    expect((JSON.parse(stdout) as Plan).asOf).toBe("2026-03-02");
  });

  it("reads a profile from standard input when the file is -", async () => {
    const stdin = new PassThrough();
    stdin.end(JSON.stringify(ana));
    let stdout = "";
    const code = await run(["plan", "-", "--as-of", asOf, "--format", "json"], {
      stdout: { write: (chunk: string) => (stdout += chunk) },
      stderr: { write: () => true },
      stdin,
      cwd: dir,
      today: asOf,
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(expected);
  });

  it("plans from a catalog file of one's own", async () => {
    const own: CatalogItem[] = defaultCatalog.filter((item) => item.kind !== "training" && item.cost.amount === 0 && !item.prerequisites?.length);
    file("own-catalog.json", own);
    const { code, stdout } = await cli(["plan", "ana.json", "--as-of", asOf, "--format", "json", "--catalog", "own-catalog.json"]);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as Plan;
    expect(plan.items.length).toBeGreaterThan(0);
    const ids = new Set(own.map((item) => item.id));
    for (const item of plan.items) expect(ids.has(item.id)).toBe(true);
  });

  it("lists every problem of an invalid profile by path and exits with 1", async () => {
    file("bad-profile.json", { challenges: "burnt out", constraints: { hoursPerWeek: -2 } });
    const { code, stdout, stderr } = await cli(["plan", "bad-profile.json", "--as-of", asOf]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("bad-profile.json");
    expect(stderr).toContain("profile.challenges");
    expect(stderr).toContain("profile.constraints.hoursPerWeek");
  });

  it.each([
    [["plan"], "give the profile file"],
    [["plan", "ana.json", "--format", "pdf"], "--format"],
    [["plan", "ana.json", "--as-of", "2026-02-30"], "--as-of"],
    [["plan", "ana.json", "--no-such-flag"], "no-such-flag"],
    [["plan", "a.json", "b.json"], "one profile file"],
    [["frobnicate"], "unknown command"],
  ])("%j is a usage error (exit 2) that says what is wrong", async (argv, says) => {
    const { code, stderr } = await cli(argv);
    expect(code).toBe(2);
    expect(stderr).toContain(says);
  });

  it("names a file that does not exist or is not JSON", async () => {
    expect((await cli(["plan", "missing.json"])).stderr).toContain("cannot read missing.json");
    file("broken.json", "{ not json");
    const broken = await cli(["plan", "broken.json"]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain("broken.json is not valid JSON");
  });
});

describe("tailorplan plan, what was said to be fine", () => {
  file("fine.json", { id: "fin", challenges: ["public speaking is not a problem for me", "too many meetings"] });

  it("lists it apart, with nothing planned for it, as text and as markdown", async () => {
    const text = await cli(["plan", "fine.json", "--as-of", asOf]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("Said to be fine (nothing planned):\n  - Public speaking, “public speaking is not a problem for me”");
    expect(text.stdout).not.toContain("Not understood:");
    const markdown = await cli(["plan", "fine.json", "--as-of", asOf, "--format", "markdown"]);
    expect(markdown.stdout).toContain("## Said to be fine\n\n- Public speaking: “public speaking is not a problem for me”");
  });
});

describe("tailorplan plan, asking about unsure words", () => {
  // Two keys said with one word ("deadline", "deadlines"), so the words are a coin toss whatever the built-in data's tuning.
  file("ask-taxonomy.json", {
    entries: [
      { key: "time-pressure", kind: "challenge", label: "Time pressure", synonyms: ["deadlines"] },
      { key: "planning", kind: "challenge", label: "Planning", synonyms: ["deadline"] },
    ],
  });
  const free = { amount: 0, currency: "EUR" };
  file("ask-catalog.json", [
    { id: "focus-days", kind: "working-condition", title: "Protected focus days", addresses: ["time-pressure"], hoursPerWeek: 0, weeks: 8, cost: free, format: "on-the-job" },
    { id: "plan-week", kind: "training", title: "Planning your week", addresses: ["planning"], hoursPerWeek: 1, weeks: 2, cost: free, format: "online" },
  ]);
  const data = ["--taxonomy", "ask-taxonomy.json", "--catalog", "ask-catalog.json", "--as-of", asOf];
  const dana = { id: "dana", challenges: ["Deadlines worry me"] };
  file("dana.json", dana);

  it("prints the options under the question, and how to answer in the profile", async () => {
    const { code, stdout } = await cli(["plan", "dana.json", ...data]);
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    const at = lines.findIndex((line) => line.includes("When you said “Deadlines worry me”, which of these did you mean?"));
    expect(at).toBeGreaterThan(-1);
    expect(lines.slice(at + 2, at + 6)).toEqual([
      "    * Planning [planning]",
      "    * Time pressure [time-pressure]",
      "    * Something else [other]",
      expect.stringMatching(/^ {4}answer in the profile .*"answers": \{ "unsure-[0-9a-f]{8}": \["planning"\] \}$/),
    ]);
    expect(stdout).toContain("Not sure we understood (nothing planned for these until answered):\n  - Planning?, “Deadlines worry me”");
    expect(stdout).toContain("No items");
  });

  it("prints the options as a checklist in markdown", async () => {
    const { stdout } = await cli(["plan", "dana.json", ...data, "--format", "markdown"]);
    expect(stdout).toContain("   - [ ] Planning (`planning`)\n   - [ ] Time pressure (`time-pressure`)\n   - [ ] Something else (`other`)");
  });

  it("reads the answers in the profile file: the need is confirmed and planned, the question gone", async () => {
    const { stdout } = await cli(["plan", "dana.json", ...data, "--format", "json"]);
    const question = (JSON.parse(stdout) as Plan).questions.find((q) => q.options)!;
    file("dana-answered.json", { ...dana, answers: { [question.id]: ["time-pressure"] } });
    const answered = await cli(["plan", "dana-answered.json", ...data]);
    expect(answered.code).toBe(0);
    expect(answered.stdout).toContain("[working-condition] Protected focus days");
    expect(answered.stdout).toContain("because: Time pressure, “Deadlines worry me”");
    expect(answered.stdout).not.toContain("which of these did you mean");
    expect(answered.stdout).not.toContain("Not sure we understood");
  });

  it("names a chosen key the taxonomy lacks by its path, with exit code 1", async () => {
    file("dana-bad.json", { ...dana, answers: { "unsure-00000000": ["deadlines"] } });
    const { code, stderr } = await cli(["plan", "dana-bad.json", ...data]);
    expect(code).toBe(1);
    expect(stderr).toContain('profile.answers["unsure-00000000"][0]: "deadlines" is not a key of the taxonomy');
  });
});

describe("tailorplan plan, in the plan's language", () => {
  const lucia = {
    id: "lucia",
    name: "Lucía",
    language: "es",
    challenges: ["demasiadas reuniones, no tengo tiempo para concentrarme"],
    goals: ["aprender SQL"],
    constraints: { hoursPerWeek: 3, budget: { amount: 500, currency: "EUR" } },
  };
  file("lucia.json", lucia);

  it("prints an English profile's plan with German headings and words under --locale de", async () => {
    const { code, stdout } = await cli(["plan", "ana.json", "--as-of", asOf, "--locale", "de"]);
    expect(code).toBe(0);
    const plan = recommend(ana, { asOf, locale: "de" });
    expect(stdout).toMatch(/^Plan für Ana \(ana\), Stand 2026-01-05: 2026-01-05 bis 2026-07-05\n\d+ Maßnahmen, höchstens/);
    expect(stdout).toContain("\nMischung: Training ");
    expect(stdout).toContain("[Arbeitsbedingungen]");
    expect(stdout).toContain("   Grund: ");
    expect(stdout).toContain("\nNächste Fragen:\n");
    expect(stdout).toContain("\nCheck-in-Termine: ");
    for (const question of plan.questions) expect(stdout).toContain(question.text);
    for (const english of ["Plan for", "because:", "Questions to ask next", "h/week", "[working-condition]"]) expect(stdout).not.toContain(english);

    const markdown = await cli(["plan", "ana.json", "--as-of", asOf, "--locale", "de", "--format", "markdown"]);
    expect(markdown.stdout).toMatch(/^# Entwicklungsplan für Ana \(ana\)\n\nStand 2026-01-05, von 2026-01-05 bis 2026-07-05: /);
    expect(markdown.stdout).toContain("| # | Art | Maßnahme | Zeitraum | Std./Woche | Kosten |");
    expect(markdown.stdout).toContain("## Warum diese Maßnahmen");
    expect(markdown.stdout).toContain("## Nächste Fragen");

    const json = await cli(["plan", "ana.json", "--as-of", asOf, "--locale", "de", "--format", "json"]);
    expect((JSON.parse(json.stdout) as Plan).locale).toBe("de");
  });

  it("prints a Spanish profile's plan with Spanish headings without being told", async () => {
    const { code, stdout } = await cli(["plan", "lucia.json", "--as-of", asOf]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Plan de Lucía \(lucia\), a fecha de 2026-01-05: del 2026-01-05 al 2026-07-05\n\d+ acciones, como máximo 3 de 3 h\/semana, \d+ EUR de 500 EUR\n/);
    expect(stdout).toContain("   motivo: SQL y bases de datos, «aprender SQL»");
    expect(stdout).toContain("\nPróximas preguntas:\n");
    expect(stdout).toContain("\nSeguimientos: ");
    expect(stdout).not.toContain("Questions to ask next");
    const markdown = await cli(["plan", "lucia.json", "--as-of", asOf, "--format", "markdown"]);
    expect(markdown.stdout).toMatch(/^# Plan de desarrollo de Lucía \(lucia\)\n/);
    expect(markdown.stdout).toContain("| # | Tipo | Acción | Fechas | Horas/semana | Coste |");
    // --locale wins over the profile's language.
    const english = await cli(["plan", "lucia.json", "--as-of", asOf, "--locale", "en"]);
    expect(english.stdout).toMatch(/^Plan for Lucía \(lucia\), as of 2026-01-05: /);
    expect(english.stdout).toContain("Questions to ask next:");
  });

  it("names a locale it does not speak, with exit code 1 and nothing printed", async () => {
    const { code, stdout, stderr } = await cli(["plan", "ana.json", "--as-of", asOf, "--locale", "xx"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain('--locale "xx"');
    expect(stderr).toContain('options.locale: "xx" is not a language this recommender speaks (en, es, fr, de)');
    const malformed = await cli(["plan", "ana.json", "--as-of", asOf, "--locale", "not a code"]);
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toContain('--locale "not a code"');
  });

  it("makes a batch's plans in the --locale language, and refuses one it does not speak before reading any employee", async () => {
    file("locales.jsonl", [JSON.stringify(ana), JSON.stringify(lucia)].join("\n"));
    const { code } = await cli(["batch", "locales.jsonl", "--as-of", asOf, "--locale", "fr", "--out", "locales-fr.jsonl"]);
    expect(code).toBe(0);
    expect(readLines("locales-fr.jsonl").map((l) => l.plan.locale)).toEqual(["fr", "fr"]);
    await cli(["batch", "locales.jsonl", "--as-of", asOf, "--out", "locales-own.jsonl"]);
    expect(readLines("locales-own.jsonl").map((l) => l.plan.locale)).toEqual(["en", "es"]);

    const bad = await cli(["batch", "locales.jsonl", "--as-of", asOf, "--locale", "xx", "--out", "locales-xx.jsonl"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--locale "xx"');
    expect(bad.stderr).not.toContain("line 1");
    expect(existsSync(join(dir, "locales-xx.jsonl"))).toBe(false);
  });
});

describe("--help", () => {
  it.each([
    [["--help"], "Usage:"],
    [["plan", "--help"], "Usage: tailorplan plan"],
    [["batch", "--help"], "Usage: tailorplan batch"],
    [["validate", "-h"], "Usage: tailorplan validate"],
    [["help", "batch"], "Usage: tailorplan batch"],
  ])("%j prints help and exits with 0", async (argv, heading) => {
    const { code, stdout } = await cli(argv);
    expect(code).toBe(0);
    expect(stdout).toContain(heading);
  });

  it.each([["plan"], ["batch"]])("documents --locale for %s", async (command) => {
    const { stdout } = await cli([command, "--help"]);
    expect(stdout).toMatch(/--locale <code> +the plan(?:'s|s') language/);
  });

  it("documents every CSV column the batch reads", async () => {
    const { stdout } = await cli(["batch", "--help"]);
    for (const column of ["id", "name", "role", "level", "motivations", "challenges", "goals", "hoursPerWeek", "budget", "currency"]) {
      expect(stdout).toContain(column);
    }
  });
});

describe("tailorplan batch", () => {
  const csv = [
    "id,name,role,level,motivations,challenges,goals,hoursPerWeek,budget,currency",
    'ana,Ana,Software Engineer,mid,"I want to grow into a tech lead; flexible hours, please",burnt out from overtime and the commute,learn SQL for our reporting work,5,1500,EUR',
    'ben,Ben,Sales,senior,recognition for the deals I close,my manager checks everything I do,"negotiate ""enterprise"" contracts",lots,0,EUR',
    '"cy","Cy, Jr.",Support Agent,junior,"I love learning',
    'new things",I freeze up when I present,,2,0,EUR',
    "",
    "dee,Dee,Designer,lead,,I feel stuck,,3,200,EUR",
  ].join("\r\n");

  it("streams a CSV, skips the one bad line with its number, finishes the rest and exits with 1", async () => {
    file("employees.csv", csv);
    const { code, stderr } = await cli(["batch", "employees.csv", "--out", "plans.jsonl", "--as-of", asOf]);
    expect(code).toBe(1);
    expect(stderr).toContain('employees.csv line 3: column hoursPerWeek: "lots" is not a number');
    expect(stderr).toMatch(/3 plans written to plans\.jsonl; 1 failed \(line 3\)/);

    const lines = readLines("plans.jsonl");
    expect(lines.map((l) => [l.line, l.id])).toEqual([
      [2, "ana"],
      [4, "cy"],
      [7, "dee"],
    ]);
    // Quoted fields keep their commas and line breaks; `;` splits statements.
    const sources = (plan: Plan) => [...plan.needs.map((n) => n.source), ...plan.unmatched.map((u) => u.source)];
    expect(sources(lines[0]!.plan)).toContain("flexible hours, please");
    expect(sources(lines[0]!.plan)).toContain("I want to grow into a tech lead");
    expect(sources(lines[1]!.plan)).toContain("I love learning\nnew things");
    // Each plan is the one the library makes for that row.
    expect(lines[2]!.plan).toEqual(
      recommend(
        { id: "dee", name: "Dee", role: "Designer", level: "lead", challenges: ["I feel stuck"], constraints: { hoursPerWeek: 3, budget: { amount: 200, currency: "EUR" } } },
        { asOf },
      ),
    );
  });

  it("reports bad JSON and invalid profiles in JSON lines by line number", async () => {
    file(
      "employees.jsonl",
      [JSON.stringify(ana), "{ oops", "", JSON.stringify({ id: "x", level: "intern" }), JSON.stringify({ id: "z", challenges: ["I feel stuck"] })].join("\n"),
    );
    const { code, stderr } = await cli(["batch", "employees.jsonl", "--out", "out.jsonl", "--as-of", asOf]);
    expect(code).toBe(1);
    expect(stderr).toContain("employees.jsonl line 2: not valid JSON");
    expect(stderr).toContain("employees.jsonl line 4: Invalid profile");
    expect(stderr).toContain("profile.level");
    expect(readLines("out.jsonl").map((l) => l.id)).toEqual(["ana", "z"]);
  });

  it("exits with 0 when every record gets a plan, and prints plain progress lines when stderr is not a terminal", async () => {
    const rows = Array.from({ length: 120 }, (_, i) => JSON.stringify({ id: `e${i}`, challenges: [i % 2 ? "I freeze up when I present" : "burnt out from overtime"] }));
    file("many.jsonl", rows.join("\n"));
    const { code, stdout, stderr } = await cli(["batch", "many.jsonl", "--as-of", asOf]);
    expect(code).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(120);
    expect(stderr.match(/^batch: 100 records \((\d+)% read\)$/gm)).toHaveLength(1);
    // The share read follows the records handed out, not the read-ahead buffer.
    expect(Number(/^batch: 100 records \((\d+)% read\)$/m.exec(stderr)?.[1])).toBeLessThan(100);
    expect(stderr).not.toContain("\r");
    expect(stderr).toContain("batch: 120 plans written");
  });

  it("draws a progress bar on a terminal, and error lines do not get mixed into it", async () => {
    file("two.csv", "id,challenges,hoursPerWeek\na,I feel stuck,2\nb,I feel stuck,x\n");
    const { code, stderr } = await cli(["batch", "two.csv", "--as-of", asOf, "--out", "two.jsonl"], { tty: true });
    expect(code).toBe(1);
    expect(stderr).toMatch(/\r\x1b\[2Kbatch \[#+\] 100% 2 records, 1 failed\n/);
    expect(stderr).toMatch(/\r\x1b\[2Ktwo\.csv line 3: column hoursPerWeek/);
  });

  it("rejects a header with a column it does not know, before reading any employee", async () => {
    file("typo.csv", "id,motivation\na,growth\n");
    const { code, stderr } = await cli(["batch", "typo.csv", "--as-of", asOf, "--out", "typo.jsonl"]);
    expect(code).toBe(1);
    expect(stderr).toContain('typo.csv line 1: column 2 "motivation" is not one we read');
  });

  it("says so when the out file cannot be written, before reading any employee", async () => {
    file("one.jsonl", JSON.stringify(ana));
    const { code, stderr } = await cli(["batch", "one.jsonl", "--out", "no-such-dir/plans.jsonl", "--as-of", asOf]);
    expect(code).toBe(1);
    expect(stderr).toContain("cannot write no-such-dir/plans.jsonl");
  });

  it("needs a known input format", async () => {
    file("people.txt", "{}");
    const { code, stderr } = await cli(["batch", "people.txt"]);
    expect(code).toBe(2);
    expect(stderr).toContain("--input-format");
  });
});

describe("tailorplan validate", () => {
  it("passes the built-in catalog", async () => {
    file("catalog.json", defaultCatalog);
    const { code, stdout } = await cli(["validate", "catalog.json"]);
    expect(code).toBe(0);
    expect(stdout).toContain(`catalog.json: ${defaultCatalog.length} items, no problems`);
  });

  it("lists every problem by path and exits with 1", async () => {
    const [first, second] = defaultCatalog;
    file("broken-catalog.json", [
      { ...first, cost: { amount: -1, currency: "euro" } },
      { ...second, kind: "webinar" },
    ]);
    const { code, stdout } = await cli(["validate", "broken-catalog.json"]);
    expect(code).toBe(1);
    expect(stdout).toContain("3 problems");
    expect(stdout).toContain("broken-catalog.json: catalog[0].cost.amount:");
    expect(stdout).toContain("broken-catalog.json: catalog[0].cost.currency:");
    expect(stdout).toContain("broken-catalog.json: catalog[1].kind:");
  });

  it("checks ids, prerequisites and taxonomy keys across items, also as JSON", async () => {
    const [first, second] = defaultCatalog;
    file("cross.json", [
      { ...first, prerequisites: ["no-such-item"] },
      { ...second, id: first!.id, addresses: ["not-a-key"] },
    ]);
    const { code, stdout } = await cli(["validate", "cross.json", "--json"]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { valid: boolean; problems: { file: string; path: string; message: string }[] };
    expect(report.valid).toBe(false);
    expect(report.problems.map((p) => p.path).sort()).toEqual(["catalog[0].prerequisites[0]", "catalog[1].addresses[0]", "catalog[1].id"]);
  });

  it("checks a taxonomy given with --taxonomy too", async () => {
    file("taxonomy.json", { entries: [{ key: "Not Kebab", kind: "challenge", label: "x", synonyms: [] }] });
    const { code, stdout } = await cli(["validate", "catalog.json", "--taxonomy", "taxonomy.json"]);
    expect(code).toBe(1);
    expect(stdout).toContain("taxonomy.json: taxonomy.entries[0].key:");
  });
});

describe("CSV reading", () => {
  const readAll = async (text: string | string[]) => {
    const out: Array<CsvRecord | CsvProblem> = [];
    for await (const item of readCsv(typeof text === "string" ? [text] : text)) out.push(item);
    return out;
  };
  const fields = async (text: string | string[]) => (await readAll(text)).map((r) => ("fields" in r ? r.fields : r.problem));

  it.each([
    ["plain fields", "a,b,c", [["a", "b", "c"]]],
    ["empty fields", ",,", [["", "", ""]]],
    ["a quoted comma", '"a,b",c', [["a,b", "c"]]],
    ["a doubled quote", '"say ""hi""",x', [['say "hi"', "x"]]],
    ["an empty quoted field", '"",x', [["", "x"]]],
    ["a line break inside quotes", '"one\ntwo",x', [["one\ntwo", "x"]]],
    ["a Windows line break inside quotes", '"one\r\ntwo",x\r\ny,z', [["one\ntwo", "x"], ["y", "z"]]],
    ["blank lines between records", "a\n\nb", [["a"], ["b"]]],
    ["a byte-order mark", "\uFEFFid,name\na,b", [["id", "name"], ["a", "b"]]],
    ["semicolons from a European spreadsheet", "id;goals\nana;learn SQL, then Python", [["id", "goals"], ["ana", "learn SQL, then Python"]]],
    ["tabs", "id\tgoals\nana\tlearn SQL", [["id", "goals"], ["ana", "learn SQL"]]],
  ])("reads %s", async (_, text, expected) => {
    expect(await fields(text)).toEqual(expected);
  });

  it("reads a file handed over in pieces, a CRLF split between two of them", async () => {
    expect(await fields(["id,na", "me\r", "\na,\"x\r", "\ny\"\r\n"])).toEqual([["id", "name"], ["a", "x\ny"]]);
  });

  it("numbers a record by the line it starts on", async () => {
    expect((await readAll('h\n"x\ny"\n\nz')).map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it("reports a quote never closed with its line", async () => {
    const read = await readAll('id,name\na,b\n"open,c');
    expect(read.at(-1)).toEqual({ line: 3, problem: expect.stringContaining("Quote Not Closed") });
    expect(read.slice(0, 2).map((r) => r.line)).toEqual([1, 2]);
  });

  it.each([
    ["id,name", ","],
    ["id;name;goals", ";"],
    ['"a;b",c', ","],
    ["single", ","],
  ])("takes the delimiter of %j to be %j", (header, delimiter) => {
    expect(sniffDelimiter(header)).toBe(delimiter);
  });

  it("turns a row into a profile: lists split on ;, numbers read, empty cells left out", () => {
    const columns = readHeader(["\uFEFFid", "Challenges", "goals", "hoursPerWeek", "budget", "currency", "formats"]);
    expect(rowToProfile(columns, ["ana", "burnt out; I freeze up ", "", "4", "0", "EUR", "online;cohort"])).toEqual({
      id: "ana",
      challenges: ["burnt out", "I freeze up"],
      constraints: { hoursPerWeek: 4, budget: { amount: 0, currency: "EUR" }, formats: ["online", "cohort"] },
    });
  });

  it.each([
    [["id", "budget"], ["a", "10"], "give the currency too"],
    [["id", "hoursPerWeek"], ["a", "four"], '"four" is not a number'],
    [["id", "name"], ["a"], "has 1 field, the header has 2"],
  ] as const)("rejects a row %j %j", (header, fields, says) => {
    expect(() => rowToProfile(readHeader(header), fields)).toThrow(says);
  });

  it("rejects a repeated column", () => {
    expect(() => readHeader(["id", "ID"])).toThrow('column "id" appears twice');
  });
});

describe("the CLI stays apart from the library", () => {
  it("no library module imports from src/cli", () => {
    const src = join(import.meta.dirname, "../src");
    const library = readdirSync(src, { recursive: true, encoding: "utf8" }).filter((path) => path.endsWith(".ts") && !path.startsWith("cli"));
    expect(library.length).toBeGreaterThan(5);
    for (const path of library) expect(readFileSync(join(src, path), "utf8"), path).not.toMatch(/from\s+["'][^"']*\/cli(\/|["'])/);
  });
});

describe("the tailorplan command", () => {
  const exec = promisify(execFile);
  const bin = [join(import.meta.dirname, "../node_modules/tsx/dist/cli.mjs"), join(import.meta.dirname, "../src/cli/index.ts")];

  it("runs as a process: exit code 1 and the bad line on stderr, plans in the out file", { timeout: 30_000 }, async () => {
    file("proc.csv", "id,challenges,hoursPerWeek\nok,I feel stuck,2\nbad,I feel stuck,-\n");
    const result = await exec(process.execPath, [...bin, "batch", "proc.csv", "--out", "proc.jsonl", "--as-of", asOf], { cwd: dir }).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('proc.csv line 3: column hoursPerWeek: "-" is not a number');
    expect(readLines("proc.jsonl").map((l) => l.id)).toEqual(["ok"]);
  });

  it("defaults --as-of to today's date when run as a process", { timeout: 30_000 }, async () => {
    const { stdout } = await exec(process.execPath, [...bin, "plan", "ana.json", "--format", "json"], { cwd: dir });
    expect((JSON.parse(stdout) as Plan).asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("tailorplan import", () => {
  const courses = [
    "\uFEFFCourse;Skills;Effort;Price;Level;Language;Link",
    'Python for Data Analysis;"Python Programming, Data Analysis";2-4 hours per week;49;Beginner;Español;https://courses.example/py',
    '"Medieval Castles\r\nof Europe";History;6 Weeks;Free;All Levels;English;',
    "SQL for Reporting;SQL, Databases;2h 30m;FREE-Add a Verified Certificate for $49 USD;Introductory;Deutsch;not a link",
  ].join("\r\n");

  it("imports a European spreadsheet's CSV, writes the catalog and the report, and sums it up", async () => {
    file("courses.csv", courses);
    const { code, stderr } = await cli(["import", "courses.csv", "--columns", "title=Course,duration=Effort", "--currency", "EUR", "--out", "catalog.json", "--report", "report.json"]);
    expect(code).toBe(0);
    expect(stderr).toContain("import: 2 of 3 rows imported from courses.csv; catalog written to catalog.json");
    expect(stderr).toContain("left out: 1 (1 serve no need in the taxonomy)");
    expect(stderr).toContain('row 2 "Medieval Castles of Europe": no key');
    expect(stderr).toContain('row 3, Link: "not a link" is not a web address');
    const catalog = JSON.parse(readFileSync(join(dir, "catalog.json"), "utf8")) as CatalogItem[];
    expect(catalog.map((item) => item.id)).toEqual(["course-python-for-data-analysis", "course-sql-for-reporting"]);
    expect(catalog[0]).toMatchObject({ hoursPerWeek: 3, cost: { amount: 49, currency: "EUR" }, language: "es", difficulty: "beginner", url: "https://courses.example/py" });
    const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as ImportReport;
    expect(report.summary).toMatchObject({ rows: 3, imported: 2, leftOut: { "no-key": 1, "title-missing": 0 }, misread: 1, notes: 1 });
  });

  it("writes a catalog that validate accepts and plan uses", async () => {
    file("courses.csv", courses);
    await cli(["import", "courses.csv", "--columns", "title=Course,duration=Effort", "--currency", "EUR", "--out", "imported.json"]);
    const checked = await cli(["validate", "imported.json"]);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toContain("2 items, no problems");
    file("learner.json", { id: "ana", goals: ["learn Python for data analysis"] });
    const planned = await cli(["plan", "learner.json", "--catalog", "imported.json", "--format", "json", "--as-of", asOf]);
    expect(planned.code).toBe(0);
    expect((JSON.parse(planned.stdout) as Plan).items.map((item) => item.id)).toContain("course-python-for-data-analysis");
  });

  it("keeps a column headed like one of Object.prototype's members", async () => {
    file("odd.csv", ["__proto__,constructor,Skills", "Negotiation Skills,6 Weeks,Negotiation"].join("\n"));
    const { code, stdout, stderr } = await cli(["import", "odd.csv", "--columns", "title=__proto__,duration=constructor"]);
    expect(stderr).not.toContain("no row has a column");
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as CatalogItem[])[0]).toMatchObject({ id: "course-negotiation-skills", title: "Negotiation Skills", weeks: 6 });
  });

  it("reads a JSON export and prints the catalog when there is no --out", async () => {
    file("courses.json", { courses: [{ title: "Negotiation Skills", duration: "6 Weeks", price: "200", is_paid: "False" }] });
    const { code, stdout } = await cli(["import", "courses.json"]);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as CatalogItem[])[0]).toMatchObject({ id: "course-negotiation-skills", weeks: 6, cost: { amount: 0 } });
  });

  it.each([
    [["import"], 2, "give the course export"],
    [["import", "courses.csv", "--columns", "heading=Course"], 2, '"heading" is not a field'],
    [["import", "courses.csv", "--columns", "title=Kurs"], 2, 'columns.title: no row has a column "Kurs"'],
    [["import", "courses.xlsx"], 2, "cannot tell the format"],
    [["import", "missing.csv"], 1, "cannot read missing.csv"],
  ] as const)("%j exits with %i", async (argv, exit, says) => {
    file("courses.csv", courses);
    const { code, stderr } = await cli([...argv]);
    expect(code).toBe(exit);
    expect(stderr).toContain(says);
  });

  it("prints its help", async () => {
    const { code, stdout } = await cli(["import", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: tailorplan import");
    expect(stdout).toContain("--columns");
    expect((await cli(["--help"])).stdout).toContain("tailorplan import <courses.csv|json>");
  });

  it("stops on a quote never closed, naming the line, and writes nothing", async () => {
    file("broken.csv", 'title,skills\nSQL,"Databases\n');
    const { code, stderr } = await cli(["import", "broken.csv", "--out", "never.json"]);
    expect(code).toBe(1);
    expect(stderr).toContain("broken.csv line 2");
    expect(existsSync(join(dir, "never.json"))).toBe(false);
  });
});
