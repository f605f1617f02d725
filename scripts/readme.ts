/**
 * Rewrites the README's generated blocks (the sample plan, the example's
 * output and the team's output) from the code: `npm run readme`. A test fails when they drift.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { readmeBlocks } from "../test/readme-blocks";

const url = new URL("../README.md", import.meta.url);
let text = readFileSync(url, "utf8");
for (const [name, body] of Object.entries(readmeBlocks(text))) {
  const pattern = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`);
  if (!pattern.test(text)) throw new Error(`README has no ${name} block`);
  text = text.replace(pattern, (_all, start: string, end: string) => `${start}\n${body}\n${end}`);
}
writeFileSync(url, text);
console.log("README blocks rewritten");
