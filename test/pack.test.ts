/**
 * The package as people get it: built once, packed with `npm pack`,
 * installed into a fresh project without the network, then imported from
 * ESM and CommonJS, type-checked against, bundled and run as a command.
 */
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultCatalog } from "../src/index";

const exec = promisify(execFile);
const repo = join(import.meta.dirname, "..");
const tmp = mkdtempSync(join(tmpdir(), "tailorplan-pack-"));
const app = join(tmp, "app");
const installed = join(app, "node_modules", "tailorplan");
const manifest = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as {
  name: string;
  files: string[];
  dependencies: Record<string, string>;
  bin: Record<string, string>;
};

const node = (args: string[]) => exec(process.execPath, args, { cwd: app });
const write = (name: string, text: string) => writeFileSync(join(app, name), text);

beforeAll(async () => {
  // Built into a staging folder, not the repo's dist/, so that a build or
  // test running beside this one never sees half a package.
  const stage = join(tmp, "stage");
  mkdirSync(stage);
  await exec(process.execPath, [join(repo, "node_modules/tsup/dist/cli-default.js"), "--out-dir", join(stage, "dist"), "--silent"], { cwd: repo });
  cpSync(join(repo, "package.json"), join(stage, "package.json"));
  cpSync(join(repo, "README.md"), join(stage, "README.md"));
  for (const entry of manifest.files) if (entry !== "dist") cpSync(join(repo, entry), join(stage, entry), { recursive: true });
  const { stdout } = await exec("npm", ["pack", stage, "--pack-destination", tmp, "--ignore-scripts", "--json"], { cwd: tmp });
  const tarball = join(tmp, (JSON.parse(stdout) as [{ filename: string }])[0].filename);

  mkdirSync(app);
  write("package.json", JSON.stringify({ name: "app", private: true, type: "module" }));
  try {
    // What a user does, with the dependencies taken from the local npm cache.
    await exec("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", tarball], { cwd: app });
  } catch {
    // An empty npm cache: unpack the tarball by hand and link only the
    // dependencies it declares from this repo, so a missing one still fails.
    mkdirSync(installed, { recursive: true });
    await exec("tar", ["-xzf", tarball, "-C", installed, "--strip-components=1"]);
    for (const dependency of Object.keys(manifest.dependencies)) {
      const target = join(app, "node_modules", dependency);
      mkdirSync(join(target, ".."), { recursive: true });
      symlinkSync(join(repo, "node_modules", dependency), target, "dir");
    }
  }
}, 180_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const profile = { id: "ana", challenges: ["burnt out from overtime and the commute"], goals: ["learn SQL"] };

describe("the packed package", () => {
  it("ships the build, the data and the node10 stub, and nothing from src or test", () => {
    expect(existsSync(join(installed, "dist/index.js"))).toBe(true);
    expect(existsSync(join(installed, "dist/index.d.cts"))).toBe(true);
    expect(existsSync(join(installed, "data/catalog.json"))).toBe(true);
    expect(existsSync(join(installed, "core/package.json"))).toBe(true);
    expect(existsSync(join(installed, "src"))).toBe(false);
    expect(existsSync(join(installed, "test"))).toBe(false);
  });

  it("imports from ESM: the full entry, the core without data, and the raw JSON", { timeout: 30_000 }, async () => {
    write(
      "esm.mjs",
      `import * as full from "tailorplan";
import * as core from "tailorplan/core";
import catalog from "tailorplan/data/catalog.json" with { type: "json" };
import taxonomy from "tailorplan/data/taxonomy.json" with { type: "json" };
import catalogSchema from "tailorplan/data/schema/catalog.schema.json" with { type: "json" };
import model from "tailorplan/data/model/en.json" with { type: "json" };
import germanModel from "tailorplan/data/model/de.json" with { type: "json" };
import { de } from "tailorplan/lang/de";
const plan = full.recommend(${JSON.stringify(profile)}, { asOf: "2026-01-05" });
const own = core.createRecommender({ catalog, taxonomy, learned: core.createLearnedReading(model) }).recommend(${JSON.stringify(profile)}, { asOf: "2026-01-05" });
const unknown = { challenges: ["The pay lags way behind other firms nearby."] };
const learned = core.createRecommender({ catalog, taxonomy, learned: core.createLearnedReading(model) }).recommend(unknown, { asOf: "2026-01-05" });
const jonas = { language: "de", challenges: ["Ständig Überstunden, ich bin total ausgebrannt"], goals: ["besser präsentieren lernen"] };
const german = core.createRecommender({ catalog, taxonomy, languages: [de], learned: [core.createLearnedReading(model), core.createLearnedReading(germanModel)] }).recommend(jonas, { asOf: "2026-01-05" });
let caught;
try { core.createRecommender({ catalog: [{}], taxonomy }); } catch (error) { caught = error; }
console.log(JSON.stringify({
  items: plan.items.length,
  same: JSON.stringify(own) === JSON.stringify(plan),
  coreHasData: "defaultCatalog" in core,
  catalog: full.defaultCatalog.length === catalog.length,
  oneErrorClass: caught instanceof full.ValidationError && full.ValidationError === core.ValidationError,
  schema: catalogSchema.type,
  learned: JSON.stringify(learned) === JSON.stringify(full.recommend(unknown, { asOf: "2026-01-05" })) && learned.needs.length > 0,
  german: JSON.stringify(german.needs) === JSON.stringify(full.recommend(jonas, { asOf: "2026-01-05" }).needs) && german.needs.length > 0,
}));
`,
    );
    const { stdout } = await node(["esm.mjs"]);
    expect(JSON.parse(stdout)).toEqual({ items: expect.any(Number), same: true, coreHasData: false, catalog: true, oneErrorClass: true, schema: "array", learned: true, german: true });
    expect((JSON.parse(stdout) as { items: number }).items).toBeGreaterThan(0);
  });

  it("requires from CommonJS: the full entry, the core without data, and the raw JSON", { timeout: 30_000 }, async () => {
    write(
      "cjs.cjs",
      `const full = require("tailorplan");
const core = require("tailorplan/core");
const catalog = require("tailorplan/data/catalog.json");
const plan = full.recommend(${JSON.stringify(profile)}, { asOf: "2026-01-05" });
let caught;
try { core.createRecommender({ catalog: [{}], taxonomy: full.defaultTaxonomy }); } catch (error) { caught = error; }
console.log(JSON.stringify({
  items: plan.items.length,
  coreHasData: "defaultCatalog" in core,
  catalog: full.defaultCatalog.length === catalog.length,
  oneErrorClass: caught instanceof full.ValidationError && full.ValidationError === core.ValidationError,
}));
`,
    );
    const { stdout } = await node(["cjs.cjs"]);
    const result = JSON.parse(stdout) as { items: number };
    expect(result).toEqual({ items: expect.any(Number), coreHasData: false, catalog: true, oneErrorClass: true });
    expect(result.items).toBeGreaterThan(0);
  });

  it("type-checks a consumer under node16 (ESM and CommonJS) and bundler resolution", { timeout: 60_000 }, async () => {
    const body = (from: string) => `
const profile: Profile = { id: "ana", level: "mid", challenges: ["I freeze when I present"] };
const plan: Plan = recommend(profile, { asOf: "2026-01-05" });
const kinds: ItemKind[] = plan.items.map((item) => item.kind);
const recommender: Recommender = createRecommender({ catalog: [], taxonomy: { version: "1", entries: [] } });
const result = recommender.safeRecommend(profile);
if (!result.success) console.log(result.issues.map((issue) => issue.path.join(".")));
// @ts-expect-error "intern" is not a level: the types are real, not any
const wrong: Profile = { level: "intern" };
console.log(kinds, wrong, ${from});
`;
    write(
      "consumer.mts",
      `import { recommend, type ItemKind, type Plan, type Profile } from "tailorplan";
import { createRecommender, type Recommender } from "tailorplan/core";
import catalog from "tailorplan/data/catalog.json" with { type: "json" };
${body("catalog.length")}`,
    );
    write(
      "consumer.cts",
      `import { recommend, defaultCatalog, type ItemKind, type Plan, type Profile } from "tailorplan";
import { createRecommender, type Recommender } from "tailorplan/core";
${body("defaultCatalog.length")}`,
    );
    write(
      "bundler-consumer.ts",
      `import { recommend, defaultTaxonomy, type ItemKind, type Plan, type Profile } from "tailorplan";
import { createRecommender, type Recommender } from "tailorplan/core";
${body("defaultTaxonomy.entries.length")}`,
    );
    const options = { strict: true, noEmit: true, skipLibCheck: false, resolveJsonModule: true, types: [], lib: ["es2022", "dom"] };
    write("tsconfig.node16.json", JSON.stringify({ compilerOptions: { ...options, module: "node18", moduleResolution: "node16", target: "es2022" }, files: ["consumer.mts", "consumer.cts"] }));
    // The node16 run checks our .d.ts files themselves too; the bundler run only needs to resolve them.
    write("tsconfig.bundler.json", JSON.stringify({ compilerOptions: { ...options, skipLibCheck: true, module: "esnext", moduleResolution: "bundler", target: "es2022" }, files: ["bundler-consumer.ts"] }));
    const tsc = join(repo, "node_modules/typescript/bin/tsc");
    // tsc prints its errors on stdout: show them, not just "exit code 2".
    const typecheck = (config: string) => node([tsc, "-p", config]).then(() => "no errors", (error: { stdout: string }) => error.stdout);
    expect(await Promise.all([typecheck("tsconfig.node16.json"), typecheck("tsconfig.bundler.json")])).toEqual(["no errors", "no errors"]);
  });

  it("runs as the tailorplan command from its bin", { timeout: 30_000 }, async () => {
    const bin = join(installed, manifest.bin.tailorplan!);
    expect(readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    write("ana.json", JSON.stringify(profile));
    const { stdout } = await node([bin, "plan", "ana.json", "--as-of", "2026-01-05", "--format", "json"]);
    expect((JSON.parse(stdout) as { asOf: string }).asOf).toBe("2026-01-05");
  });

  it("keeps the built-in data out of an app that imports tailorplan/core", { timeout: 30_000 }, async () => {
    write("app-core.js", `import { createRecommender } from "tailorplan/core";\nexport const make = (catalog, taxonomy) => createRecommender({ catalog, taxonomy });\n`);
    write("app-full.js", `import { createRecommender } from "tailorplan";\nexport const make = () => createRecommender();\n`);
    const bundle = async (entry: string) => {
      const result = await build({ entryPoints: [join(app, entry)], bundle: true, minify: true, format: "esm", platform: "browser", write: false, absWorkingDir: app, logLevel: "silent" });
      return result.outputFiles[0]!.text;
    };
    write("app-lang.js", `import { createRecommender } from "tailorplan/core";\nimport { de } from "tailorplan/lang/de";\nexport const make = (catalog, taxonomy) => createRecommender({ catalog, taxonomy, languages: [de] });\n`);
    const [core, full, lang] = await Promise.all([bundle("app-core.js"), bundle("app-full.js"), bundle("app-lang.js")]);
    const title = defaultCatalog[0]!.title;
    expect(full).toContain(title);
    expect(core).not.toContain(title);
    // Nor the learned reading's model, which names the command that made it.
    expect(full).toContain("npm run train:reading");
    expect(core).not.toContain("npm run train:reading");
    // A language pack comes without its model: a screen passes the model in when it wants it.
    expect(lang).not.toContain("npm run train:reading");
    // The data is most of the difference: the core bundle is smaller by at least the catalog's own text.
    expect(gzipSync(full).length - gzipSync(core).length).toBeGreaterThan(gzipSync(JSON.stringify(defaultCatalog)).length / 2);
  });
});
