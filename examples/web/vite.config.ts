import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// The demo runs on the library's source, so a change to the engine shows up
// on the next reload without building the package first.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  resolve: {
    alias: [{ find: /^tailorplan$/, replacement: fileURLToPath(new URL("../../src/index.ts", import.meta.url)) }],
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    rollupOptions: {
      // A comment placement inside a dependency that Rollup drops harmlessly; not ours to fix.
      onwarn(warning, warn) {
        if (warning.code === "INVALID_ANNOTATION" && warning.id?.includes("node_modules")) return;
        warn(warning);
      },
    },
  },
});
