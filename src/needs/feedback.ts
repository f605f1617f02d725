import type { ItemKind } from "../schema/common";
import type { Profile, Rating } from "../schema/profile";
import type { Need, Unmatched } from "../schema/plan";
import type { Settings } from "../settings";
import type { Matcher } from "./matcher";
import { serveKeys } from "./statements";
import type { DraftNeed, NeedNote } from "./types";

export type FeedbackPattern = NonNullable<Need["pattern"]>;

/** What each 360° pattern asks of a plan, by kind of item. */
const KIND_FACTOR: Readonly<Record<FeedbackPattern, Readonly<Record<ItemKind, number>>>> = {
  // Others see what the person does not: people who give feedback (mentors, coaches, peer trios).
  "blind-spot": { training: 0.5, mentoring: 1.7, "working-condition": 0.7 },
  // Everyone agrees it is low: learn it, then practise it.
  "agreed-low": { training: 1.4, mentoring: 1, "working-condition": 0.9 },
  // Others see a strength the person doubts: use it where it shows.
  "hidden-strength": { training: 0.3, mentoring: 0.9, "working-condition": 1.7 },
  // A strength everyone sees: recognise it and let the person pass it on.
  "agreed-strength": { training: 0.2, mentoring: 0.9, "working-condition": 1.6 },
};

/** How much a pattern counts next to what the employee said themselves. */
const PATTERN_WEIGHT: Readonly<Record<FeedbackPattern, number>> = {
  "blind-spot": 1,
  "agreed-low": 1,
  "hidden-strength": 0.7,
  "agreed-strength": 0.5,
};

/** Keys that serve a strength besides the competency itself, when the taxonomy has them. */
const STRENGTH_KEYS: Readonly<Record<"hidden-strength" | "agreed-strength", readonly string[]>> = {
  "hidden-strength": ["recognition", "influence", "confidence", "challenge"],
  "agreed-strength": ["recognition", "helping-others", "coaching-others", "mentoring-skill"],
};

/** One competency's ratings, summarised without saying who gave which. */
export interface CompetencyRatings {
  readonly key: string;
  readonly label: string;
  readonly self: number | undefined;
  readonly others: number | undefined;
  /** Distinct raters other than the employee. */
  readonly raters: number;
  readonly groups: ReadonlyArray<"manager" | "peer" | "report">;
  readonly comments: readonly string[];
  readonly pattern: FeedbackPattern | undefined;
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/**
 * Reads 360° ratings per competency and names the pattern they show:
 * self well above others is a blind spot, others well above self a hidden
 * strength, everyone low or everyone high an agreed gap or strength. Fewer
 * than `minRaters` other raters decide nothing: one grumpy rating must not
 * shape a plan.
 */
export function summarizeFeedback(
  ratings: readonly Rating[],
  matcher: Matcher,
  settings: Settings,
): { summaries: CompetencyRatings[]; unmatched: Unmatched[] } {
  const byKey = new Map<string, Rating[]>();
  const unmatched: Unmatched[] = [];
  const seenUnmatched = new Set<string>();
  for (const rating of ratings) {
    const match = matcher.match(rating.competency, settings.minConfidence, "competency")[0];
    if (!match) {
      if (!seenUnmatched.has(rating.competency)) {
        seenUnmatched.add(rating.competency);
        unmatched.push({ type: "feedback", source: rating.competency });
      }
      continue;
    }
    const list = byKey.get(match.key);
    if (list) list.push(rating);
    else byKey.set(match.key, [rating]);
  }
  const { gap, low, high, minRaters, raterWeights } = settings.feedback;
  const summaries: CompetencyRatings[] = [];
  for (const [key, list] of [...byKey].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const selfScores = list.filter((r) => r.rater === "self").map((r) => r.score);
    const others = list.filter((r) => r.rater !== "self");
    // Raters without an id count once per rating; with one, once per person.
    const raters = new Set(others.map((r, i) => r.raterId ?? `#${i}`)).size;
    let weighted = 0;
    let total = 0;
    for (const r of others) {
      const w = raterWeights[r.rater as "manager" | "peer" | "report"];
      weighted += w * r.score;
      total += w;
    }
    const self = selfScores.length > 0 ? mean(selfScores) : undefined;
    const othersMean = total > 0 ? weighted / total : undefined;
    let pattern: FeedbackPattern | undefined;
    if (othersMean !== undefined && raters >= minRaters) {
      if (self !== undefined && self - othersMean >= gap) pattern = "blind-spot";
      else if (self !== undefined && othersMean - self >= gap) pattern = "hidden-strength";
      else if (othersMean <= low && (self === undefined || self <= low + gap / 2)) pattern = "agreed-low";
      else if (othersMean >= high && (self === undefined || self >= high - gap / 2)) pattern = "agreed-strength";
    }
    const groupOrder = ["manager", "peer", "report"] as const;
    summaries.push({
      key,
      label: matcher.entries.get(key)!.label,
      self,
      others: othersMean,
      raters,
      groups: groupOrder.filter((g) => others.some((r) => r.rater === g)),
      comments: [...new Set(list.flatMap((r) => (r.comment === undefined ? [] : [r.comment])))].sort(),
      pattern,
    });
  }
  return { summaries, unmatched };
}

const GROUP_WORDS = { manager: "your manager", peer: "peers", report: "your reports" } as const;

function score(value: number, settings: Settings): string {
  return `${(Math.round(value * 10) / 10).toFixed(1)}/${settings.ratingScale.max}`;
}

/** "peers and your reports rate Communication 2.0/5, you rate it 5.0/5": never who said what. */
export function describeRatings(summary: CompetencyRatings, settings: Settings): string {
  const who = summary.groups.map((g) => GROUP_WORDS[g]);
  const voices = who.length <= 1 ? (who[0] ?? "others") : `${who.slice(0, -1).join(", ")} and ${who[who.length - 1]}`;
  const parts: string[] = [];
  if (summary.others !== undefined) parts.push(`${voices} rate ${summary.label} ${score(summary.others, settings)} on average`);
  if (summary.self !== undefined) parts.push(`you rate it ${score(summary.self, settings)}`);
  let text = parts.join(", ");
  if (summary.comments.length > 0) text += ` (${summary.comments.map((c) => `“${c}”`).join("; ")})`;
  return text;
}

/** 360° feedback to needs of type `feedback`, one per competency with a pattern. */
export function feedbackNeeds(
  profile: Profile,
  matcher: Matcher,
  settings: Settings,
): { needs: DraftNeed[]; unmatched: Unmatched[]; notes: NeedNote[]; summaries: CompetencyRatings[] } {
  const { summaries, unmatched } = summarizeFeedback(profile.feedback ?? [], matcher, settings);
  const needs: DraftNeed[] = [];
  const notes: NeedNote[] = [];
  for (const summary of summaries) {
    if (summary.pattern === undefined) {
      if (summary.raters < settings.feedback.minRaters) {
        notes.push({ kind: "few-raters", key: summary.key, label: summary.label, raters: summary.raters });
      }
      continue;
    }
    const entry = matcher.entries.get(summary.key)!;
    const pattern = summary.pattern;
    const extra =
      pattern === "hidden-strength" || pattern === "agreed-strength"
        ? STRENGTH_KEYS[pattern].filter((key) => matcher.entries.has(key) && key !== entry.key).map((key) => ({ key, factor: 0.8 }))
        : [];
    needs.push({
      id: `feedback:${summary.key}`,
      key: summary.key,
      label: entry.label,
      type: "feedback",
      source: describeRatings(summary, settings),
      confidence: 1,
      weight: Math.round(PATTERN_WEIGHT[pattern] * settings.weights.feedback * 1000) / 1000,
      pattern,
      serves: [...serveKeys(entry, matcher.entries), ...extra],
      kindFactor: KIND_FACTOR[pattern],
      urgent: pattern === "blind-spot",
    });
  }
  return { needs, unmatched, notes, summaries };
}
