import { askAndAnswer } from "../examples/ask-and-answer";
import { exampleOutput } from "../examples/two-employees";
import { sampleProfile, samplePlanJson } from "../examples/readme-sample";
import { importExample } from "../examples/import-catalog";
import { germanExample } from "../examples/german";
import { feedbackRequests, recommendForTeam } from "../src/index";

const json = (value: unknown) => "```json\n" + JSON.stringify(value, null, 2) + "\n```";

/** The JSON inside one of the README's blocks. */
export function readmeBlock(readme: string, name: string): string | undefined {
  return new RegExp(`<!-- ${name}:start -->\\n\`\`\`json\\n([\\s\\S]*?)\\n\`\`\`\\n<!-- ${name}:end -->`).exec(readme)?.[1];
}

/**
 * The README's generated blocks, by marker name, from the README as it
 * stands (the team's and the requests' inputs are written by hand there;
 * their outputs are not).
 */
export function readmeBlocks(readme: string): Record<string, string> {
  const teamInput: unknown = JSON.parse(readmeBlock(readme, "team-input") ?? "[]");
  const team = recommendForTeam(teamInput, { asOf: "2026-01-05", teamBudget: { amount: 1000, currency: "EUR" } });
  const sides = Object.entries(team.plans).flatMap(([plan, p]) =>
    p.items
      .filter((i) => i.pair)
      .map(({ id, title, start, end, hoursPerWeek, cost, pair, explanation }) => ({ plan, id, title, start, end, hoursPerWeek, cost, pair, explanation })),
  );
  return {
    "sample-profile": json(sampleProfile),
    "sample-plan": "```json\n" + samplePlanJson() + "\n```",
    "example-output": "```text\n" + exampleOutput() + "\n```",
    "team-output": json({ pairs: team.pairs, sides, shared: team.shared, warnings: team.warnings, recognition: team.recognition }),
    "requests-output": json(feedbackRequests(JSON.parse(readmeBlock(readme, "requests-input") ?? "[]"), { asOf: "2026-01-05" })),
    "ask-round-trip": json(askAndAnswer()),
    "german-plan": json(germanExample()),
    "import-report": json((({ summary, imported, leftOut, misread, notes }) => ({ summary, imported: imported.slice(0, 1), leftOut, misread, notes }))(importExample().report)),
  };
}
