import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: browser-safe, so no Node built-ins and no platform guesses.
    entry: { index: "src/index.ts", core: "src/core.ts", import: "src/import/index.ts", "lang/es": "src/lang/es.ts", "lang/fr": "src/lang/fr.ts", "lang/de": "src/lang/de.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    // Both configs build at once; this one cleans, but must not delete the CLI the other just wrote.
    clean: ["!cli.js"],
    // One shared chunk in CommonJS too, so `tailorplan` and `tailorplan/core` share one ValidationError class.
    splitting: true,
    treeshake: true,
    target: "es2020",
    platform: "neutral",
  },
  {
    // The command line: Node only, never imported by the library.
    entry: { cli: "src/cli/index.ts" },
    format: ["esm"],
    dts: false,
    // The bundle is plain, unminified JavaScript: stack traces read without a map.
    sourcemap: false,
    clean: false,
    splitting: false,
    target: "node18",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
