import { exampleOutput } from "../examples/two-employees";
import { sampleProfile, samplePlanJson } from "../examples/readme-sample";

/** The README's generated blocks, by marker name. */
export function readmeBlocks(): Record<string, string> {
  return {
    "sample-profile": "```json\n" + JSON.stringify(sampleProfile, null, 2) + "\n```",
    "sample-plan": "```json\n" + samplePlanJson() + "\n```",
    "example-output": "```text\n" + exampleOutput() + "\n```",
  };
}
