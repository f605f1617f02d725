/**
 * Stability at check-ins: the same profile planned again later with the
 * earlier plan as `previous` and no progress given. Counts, over the eval's
 * personas, how many items not yet finished by the later date (end on or
 * after it) stay in the plan, and how many on their dates; a fresh plan made
 * at the later date without `previous` is the comparison.
 *
 *   npm run eval:stability
 *   npm run eval:stability -- --seed 7 --count 400
 */
import { parseArgs } from "node:util";
import { createRecommender, type Plan, type Profile } from "../src/index";
import { shiftDays } from "./dates";
import { exampleProfiles, HANDWRITTEN } from "./handwritten";
import { generatePersonas } from "./personas";

const { values } = parseArgs({
  options: {
    seed: { type: "string", default: "20260105" },
    count: { type: "string", default: "240" },
    "as-of": { type: "string", default: "2026-01-05" },
  },
});

const asOf = values["as-of"];
const recommender = createRecommender();
const profiles: Profile[] = [
  ...generatePersonas({ seed: Number(values.seed), count: Number(values.count) }).map((p) => p.profile),
  ...HANDWRITTEN,
  ...exampleProfiles(new URL("..", import.meta.url).pathname),
];
const pct = (part: number, whole: number) => (whole === 0 ? "n/a" : `${((part / whole) * 100).toFixed(1)}%`);

console.log(`\n## Stability: ${profiles.length} profiles, first plan as of ${asOf}, no progress given\n`);
console.log("| check-in after | unfinished items | kept by the revision | of them on the same dates | profiles keeping ≥ 90% | a fresh plan instead: same items | same items on the same dates |");
console.log("| --- | --- | --- | --- | --- | --- | --- |");
for (const days of [3, 14, 30, 61, 91]) {
  const later = shiftDays(asOf, days);
  let unfinished = 0;
  let kept = 0;
  let sameDates = 0;
  let fresh = 0;
  let freshDates = 0;
  let steady = 0;
  let counted = 0;
  for (const profile of profiles) {
    const first: Plan = recommender.recommend(profile, { asOf });
    const open = first.items.filter((item) => item.end >= later);
    if (open.length === 0) continue;
    const revised = recommender.recommend(profile, { asOf: later, previous: first });
    const again = new Map(recommender.recommend(profile, { asOf: later }).items.map((item) => [item.id, item] as const));
    const now = new Map(revised.items.map((item) => [item.id, item] as const));
    let mine = 0;
    for (const item of open) {
      const after = now.get(item.id);
      if (after) {
        mine++;
        if (after.start === item.start && after.end === item.end) sameDates++;
      }
      const other = again.get(item.id);
      if (other) fresh++;
      if (other && other.start === item.start && other.end === item.end) freshDates++;
    }
    unfinished += open.length;
    kept += mine;
    counted++;
    if (mine >= 0.9 * open.length) steady++;
  }
  console.log(
    `| ${days} days | ${unfinished} | ${kept} (${pct(kept, unfinished)}) | ${sameDates} (${pct(sameDates, unfinished)}) | ${steady} of ${counted} | ${fresh} (${pct(fresh, unfinished)}) | ${freshDates} (${pct(freshDates, unfinished)}) |`,
  );
}
