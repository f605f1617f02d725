import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readmeBlocks } from "./readme-blocks";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("the README", () => {
  it.each(Object.entries(readmeBlocks(readme)))("shows what the code prints in its %s block (npm run readme)", (name, body) => {
    const block = readme.match(new RegExp(`<!-- ${name}:start -->\\n([\\s\\S]*?)\\n<!-- ${name}:end -->`));
    expect(block?.[1]).toBe(body);
  });

  it("gives the two quick-start commands", () => {
    expect(readme).toContain("npm install && npm run example");
    expect(readme).toMatch(/^npm test\b/m);
  });
});
