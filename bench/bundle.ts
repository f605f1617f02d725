import { build, type Metafile } from "esbuild";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";

/** One measured app: what a screen that embeds tailorplan ships. */
export interface BundleSize {
  readonly name: string;
  readonly minified: number;
  readonly gzipped: number;
  /** The biggest inputs by bytes in the minified output, package or file. */
  readonly largest: ReadonlyArray<{ readonly input: string; readonly bytes: number }>;
}

const APPS: ReadonlyArray<{ name: string; source: string }> = [
  {
    name: "engine only (src/core.ts, own catalog)",
    source: `import { createRecommender } from "./src/core";
const catalog = JSON.parse(globalThis.__catalog);
const taxonomy = JSON.parse(globalThis.__taxonomy);
export const plan = createRecommender({ catalog, taxonomy }).recommend({ challenges: ["I freeze when I present"] }, { asOf: "2026-01-05" });`,
  },
  {
    name: "engine with typo tolerance (src/core.ts + typos, own catalog)",
    source: `import { createRecommender } from "./src/core";
import { createFuzzyWords as typos } from "./src/needs/fuzzy";
const catalog = JSON.parse(globalThis.__catalog);
const taxonomy = JSON.parse(globalThis.__taxonomy);
export const plan = createRecommender({ catalog, taxonomy, typos }).recommend({ challenges: ["I freeze when I present"] }, { asOf: "2026-01-05" });`,
  },
  {
    name: "engine + German (src/core.ts + src/lang/de, own catalog)",
    source: `import { createRecommender } from "./src/core";
import { de } from "./src/lang/de";
const catalog = JSON.parse(globalThis.__catalog);
const taxonomy = JSON.parse(globalThis.__taxonomy);
export const plan = createRecommender({ catalog, taxonomy, languages: [de] }).recommend({ challenges: ["Ich habe Angst vor Präsentationen"] }, { asOf: "2026-01-05" });`,
  },
  {
    name: "engine + Spanish, French and German (src/core.ts + src/lang/*, own catalog)",
    source: `import { createRecommender } from "./src/core";
import { de } from "./src/lang/de";
import { es } from "./src/lang/es";
import { fr } from "./src/lang/fr";
const catalog = JSON.parse(globalThis.__catalog);
const taxonomy = JSON.parse(globalThis.__taxonomy);
export const plan = createRecommender({ catalog, taxonomy, languages: [es, fr, de] }).recommend({ challenges: ["Ich habe Angst vor Präsentationen"] }, { asOf: "2026-01-05" });`,
  },
  {
    name: "engine + default data (src/index.ts)",
    source: `import { createRecommender } from "./src/index";
export const plan = createRecommender().recommend({ challenges: ["I freeze when I present"] }, { asOf: "2026-01-05" });`,
  },
  {
    name: "engine + default data + timeline and calendar export",
    source: `import { createRecommender, timelineSvg, toICalendar } from "./src/index";
const plan = createRecommender().recommend({ challenges: ["I freeze when I present"] }, { asOf: "2026-01-05" });
export const svg = timelineSvg(plan);
export const ics = toICalendar(plan);`,
  },
];

/** Groups metafile inputs by package (`node_modules/zod`) or our own folder (`src/needs`). */
function groupOf(input: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  if (pkg) return pkg[1]!;
  const parts = input.split("/");
  return parts.length > 2 ? parts.slice(0, 2).join("/") : input;
}

function largest(metafile: Metafile): Array<{ input: string; bytes: number }> {
  const sizes = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      sizes.set(groupOf(input), (sizes.get(groupOf(input)) ?? 0) + bytesInOutput);
    }
  }
  return [...sizes].map(([input, bytes]) => ({ input, bytes })).sort((a, b) => b.bytes - a.bytes);
}

/**
 * Bundles three small apps with esbuild (minified, browser, ESM) and gzips
 * them: one that imports the data-free engine and brings its own catalog,
 * one that uses the built-in catalog and taxonomy, and one that also draws
 * the timeline and writes the calendar.
 *
 * @example
 * ```ts
 * for (const app of await measureBundles(process.cwd())) console.log(app.name, app.gzipped);
 * ```
 */
export async function measureBundles(root: string): Promise<BundleSize[]> {
  const out: BundleSize[] = [];
  for (const app of APPS) {
    const result = await build({
      stdin: { contents: app.source, resolveDir: resolve(root), loader: "ts", sourcefile: "app.ts" },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      target: "es2020",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const code = result.outputFiles[0]!.contents;
    out.push({ name: app.name, minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, largest: largest(result.metafile).slice(0, 8) });
  }
  return out;
}
