/**
 * Speed and size: createRecommender, recommend p50/p99, plans per second and
 * heap on catalogs of 100 to 100,000 items grown from the default catalog,
 * four languages, reading statements, importing course exports
 * (`./imports`), then the bundle size of two small apps.
 *
 *   npm run bench
 *   npm run bench -- --sizes 100,1000 --no-bundle
 */
import { cpus } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { Bench } from "tinybench";
import { createRecommender, defaultCatalog, defaultTaxonomy, parseCatalog, parseTaxonomy, type Profile } from "../src/index";
import { createFuzzyWords } from "../src/needs/fuzzy";
import { createMatcher } from "../src/needs/matcher";
import { indexCatalog } from "../src/score";
import { generatePersonas } from "../eval/personas";
import { loadLabelled } from "../eval/reading";
import { inTrainingBatch, LANGUAGE_CODES, loadLanguage } from "../eval/languages";
import { measureBundles } from "./bundle";
import { growCatalog } from "./catalog";
import { measureImports } from "./imports";
import { loadAverage, median } from "./stats";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "100,1000,10000,100000" },
    "no-bundle": { type: "boolean", default: false },
    "import-rows": { type: "string", default: "10000" },
    seed: { type: "string", default: "20260105" },
  },
});

const asOf = "2026-01-05";
const seed = Number(values.seed);
const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
const ms = (x: number) => (x < 10 ? x.toFixed(3) : x.toFixed(1));
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

// Typical profiles: what the generated personas say, so every call has real matching and composing to do.
const profiles: Profile[] = generatePersonas({ seed, count: 10_000 }).map((p) => p.profile);
const typical = profiles.slice(0, 200);

interface Row {
  size: number;
  create: number;
  /** Of which: validating the taxonomy and catalog, indexing the catalog, indexing the taxonomy's phrases. */
  validate: number;
  index: number;
  matcher: number;
  cpuPerPlan: number;
  p50: number;
  p99: number;
  samples: number;
  batch: number;
  plansPerSecond: number;
  heapMb: string;
}

// Other work on the machine slows every number down; the load average says how much there was.
console.log(`# tailorplan bench: node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? "cpu"}, load average ${loadAverage()}${gc ? "" : " (run with --expose-gc for exact heap numbers)"}`);
// Warm the JIT on the default catalog first, so the smallest size is not charged for compiling.
const warm = createRecommender();
for (let i = 0; i < 500; i++) warm.recommend(typical[i % typical.length], { asOf });

const rows: Row[] = [];
for (const size of values.sizes.split(",").map(Number)) {
  const catalog = growCatalog(defaultCatalog, defaultTaxonomy, size, seed);
  const huge = size >= 100_000;
  const before = heap();
  const createTimes: number[] = [];
  let recommender = createRecommender({ catalog });
  for (let i = 0; i < (huge ? 2 : 5); i++) {
    const start = performance.now();
    recommender = createRecommender({ catalog });
    createTimes.push(performance.now() - start);
  }
  const heapMb = mb(heap() - before);
  // Where createRecommender's time goes, step by step (the same steps it runs).
  const steps = { validate: [] as number[], index: [] as number[], matcher: [] as number[] };
  for (let i = 0; i < (huge ? 1 : 3); i++) {
    let start = performance.now();
    const taxonomy = parseTaxonomy(defaultTaxonomy);
    const valid = parseCatalog(catalog, taxonomy);
    steps.validate.push(performance.now() - start);
    start = performance.now();
    indexCatalog(valid);
    steps.index.push(performance.now() - start);
    start = performance.now();
    createMatcher(taxonomy, { typos: createFuzzyWords });
    steps.matcher.push(performance.now() - start);
  }

  let next = 0;
  const bench = new Bench({ time: huge ? 0 : 1500, iterations: huge ? 30 : 200, warmupIterations: huge ? 3 : 50, warmupTime: huge ? 0 : 200 });
  bench.add(`recommend on ${size}`, () => {
    recommender.recommend(typical[next++ % typical.length], { asOf });
  });
  await bench.run();
  const result = bench.tasks[0]!.result;
  if (result.state !== "completed") throw new Error(`benchmark ${size} ${result.state}`);

  // The 100,000 case gets a smaller batch so the whole run stays a few minutes on two cores.
  const batch = huge ? 300 : profiles.length;
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < batch; i++) recommender.recommend(profiles[i]!, { asOf });
  const used = process.cpuUsage(cpu);
  const seconds = (performance.now() - start) / 1000;

  const row = {
    size,
    create: median(createTimes),
    validate: median(steps.validate),
    index: median(steps.index),
    matcher: median(steps.matcher),
    // CPU time is what the process itself used: other work on a busy machine does not count in it.
    cpuPerPlan: (used.user + used.system) / 1000 / batch,
    p50: result.latency.p50,
    p99: result.latency.p99,
    samples: result.latency.samplesCount,
    batch,
    plansPerSecond: batch / seconds,
    heapMb,
  };
  rows.push(row);
  console.log(
    `${String(size).padStart(6)} items: createRecommender ${ms(row.create)} ms (validate ${ms(row.validate)}, index ${ms(row.index)}, matcher ${ms(row.matcher)}), ` +
      `recommend p50 ${ms(row.p50)} ms, p99 ${ms(row.p99)} ms (${row.samples} samples), ${Math.round(row.plansPerSecond)} plans/s and ${ms(row.cpuPerPlan)} ms CPU per plan over ${batch} profiles, heap +${heapMb} MB`,
  );
}

console.log("\n| catalog items | createRecommender (median) | of which validation / index / matcher | recommend p50 | recommend p99 | samples | plans/s (batch) | CPU per plan | heap retained |");
console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const r of rows) {
  console.log(
    `| ${r.size.toLocaleString("en")} | ${ms(r.create)} ms | ${ms(r.validate)} / ${ms(r.index)} / ${ms(r.matcher)} ms | ${ms(r.p50)} ms | ${ms(r.p99)} ms | ${r.samples} | ` +
      `${Math.round(r.plansPerSecond).toLocaleString("en")} (${r.batch.toLocaleString("en")}) | ${ms(r.cpuPerPlan)} ms | ${r.heapMb} MB |`,
  );
}

// The curve: time per 1,000 items should stay about flat if cost grows linearly.
console.log("\ngrowth (p50 per 1,000 catalog items, and the factor against the previous size):");
rows.forEach((r, i) => {
  const prev = rows[i - 1];
  const factor = prev ? ` ×${(r.p50 / prev.p50).toFixed(1)} for ×${(r.size / prev.size).toFixed(0)} items` : "";
  const cpuFactor = prev ? `; CPU per plan ×${(r.cpuPerPlan / prev.cpuPerPlan).toFixed(1)}` : "";
  console.log(`  ${String(r.size).padStart(6)}: ${(r.p50 / (r.size / 1000)).toFixed(4)} ms per 1k items${factor}${cpuFactor}`);
});

const tenK = rows.find((r) => r.size === 10_000);
if (tenK) {
  console.log(`\ntargets on 10,000 items: recommend p50 ${ms(tenK.p50)} ms (≤ 1 ms: ${tenK.p50 <= 1 ? "met" : "MISSED"}), createRecommender ${ms(tenK.create)} ms (≤ 50 ms: ${tenK.create <= 50 ? "met" : "MISSED"})`);
}

// Four languages loaded (the `tailorplan` entry's default): plans for people who write in Spanish, French and German,
// from the hand-written statements of eval/labels/lang, three to a profile, on 10,000 items. The first three batches
// make the profiles planned again and again (as a screen re-plans), the same 226 each time; the training batch's
// statements are each planned once, as new text, below.
{
  const catalog = growCatalog(defaultCatalog, defaultTaxonomy, 10_000, seed);
  const recommender = createRecommender({ catalog });
  const profilesOf = (keep: (id: string, code: string) => boolean) =>
    LANGUAGE_CODES.flatMap((code) => {
      const statements = loadLanguage(code).filter((s) => keep(s.id, code));
      const out: Array<Record<string, unknown>> = [];
      for (let i = 0; i + 2 < statements.length; i += 3) {
        const three = statements.slice(i, i + 3);
        out.push({ language: code, motivations: three.filter((s) => s.field === "motivations").map((s) => s.text), challenges: three.filter((s) => s.field === "challenges").map((s) => s.text), goals: three.filter((s) => s.field === "goals").map((s) => s.text) });
      }
      return out;
    });
  const people = profilesOf((id, code) => !inTrainingBatch(id, code));
  // Each profile planned once before timing: the samples are then re-plans, as the comment above says, on a slow
  // machine as on a fast one (without it, a slow machine spends the whole timing on first readings).
  const firstPass = performance.now();
  for (const person of people) recommender.recommend(person, { asOf });
  const firstPassMs = (performance.now() - firstPass) / people.length;
  let next = 0;
  const bench = new Bench({ time: 1500, iterations: 200, warmupIterations: 50, warmupTime: 200 });
  bench.add("recommend, four languages", () => {
    recommender.recommend(people[next++ % people.length]!, { asOf });
  });
  await bench.run();
  const result = bench.tasks[0]!.result;
  if (result.state !== "completed") throw new Error(`benchmark four languages ${result.state}`);
  console.log(
    `\nfour languages loaded, ${people.length} Spanish, French and German profiles on 10,000 items: recommend p50 ${ms(result.latency.p50)} ms, p99 ${ms(result.latency.p99)} ms (${result.latency.samplesCount} samples, each profile planned once before: ${ms(firstPassMs)} ms a plan on average); target ≤ 1 ms: ${result.latency.p50 <= 1 ? "met" : "MISSED"}`,
  );
  // New text: every profile planned once, so each statement's words are read and looked up for the first time.
  const fresh = profilesOf(inTrainingBatch);
  const times = fresh.map((profile) => {
    const start = performance.now();
    recommender.recommend(profile, { asOf });
    return performance.now() - start;
  });
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  console.log(`new text: ${fresh.length} more profiles, each planned once: p50 ${ms(at(0.5))} ms, p90 ${ms(at(0.9))} ms, p99 ${ms(at(0.99))} ms`);
}

// Reading one statement: the hand-labelled review statements, each read once by a fresh matcher
// (no statement repeats, so the per-text memo never answers; word look-ups warm up as in real use).
const labelled = loadLabelled();
if (!labelled) {
  console.log("\nmatching per statement: skipped, the shared datasets are not beside the repository (eval/labels/ holds only labels)");
} else {
  const texts = labelled.statements.map((s) => ({ text: s.text, prefer: s.field === "pros" ? ("motivation" as const) : ("challenge" as const) }));
  const taxonomy = parseTaxonomy(defaultTaxonomy);
  // Matchers over one taxonomy share each language's index and its memo of texts read: a typo lookup of its own gives
  // each matcher here an index of its own, so that no statement is answered from an earlier reading.
  const own = () => ({ typos: (vocabulary: readonly string[]) => createFuzzyWords(vocabulary) });
  for (const { text, prefer } of texts) createMatcher(taxonomy, own()).match(text, 0.62, prefer); // JIT warm-up on throwaway matchers
  const times: number[] = [];
  const matcher = createMatcher(taxonomy, own());
  for (const { text, prefer } of texts) {
    const start = performance.now();
    matcher.match(text, 0.62, prefer);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  const words = texts.reduce((sum, t) => sum + t.text.split(/\s+/).length, 0) / texts.length;
  console.log(
    `\nmatching per statement (${texts.length} labelled review statements, ${words.toFixed(1)} words on average): p50 ${(at(0.5) * 1000).toFixed(0)} µs, p99 ${(at(0.99) * 1000).toFixed(0)} µs, max ${(times.at(-1)! * 1000).toFixed(0)} µs`,
  );
}

// Importing a course export: `bench/imports.ts` (alone: `npm run bench:import`).
measureImports(Number(values["import-rows"]), seed);

console.log(`load average at the end: ${loadAverage()}`);

if (!values["no-bundle"]) {
  console.log("\n| app | minified | min + gzip | largest parts (minified bytes) |");
  console.log("| --- | ---: | ---: | --- |");
  for (const b of await measureBundles(resolve(import.meta.dirname, ".."))) {
    const parts = b.largest.map((p) => `${p.input} ${(p.bytes / 1024).toFixed(1)} kB`).join(", ");
    console.log(`| ${b.name} | ${(b.minified / 1024).toFixed(1)} kB | ${(b.gzipped / 1024).toFixed(1)} kB | ${parts} |`);
  }
}
