import type { ItemKind } from "../schema/common";
import type { Profile, Rating } from "../schema/profile";
import type { Need, Unmatched } from "../schema/plan";
import type { TaxonomyEntry } from "../schema/taxonomy";
import type { Settings } from "../settings";
import type { Locale } from "../i18n/locale";
import { list, num, quote, say } from "../i18n/say";
import type { KeyMatch, Matcher } from "./matcher";
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

/**
 * Keys that serve a pattern besides the competency itself, when the taxonomy
 * has them: a blind spot calls for structured feedback, a strength for
 * recognition and for passing it on.
 */
const EXTRA_KEYS: Readonly<Record<FeedbackPattern, ReadonlyArray<readonly [string, number]>>> = {
  "blind-spot": [["lack-of-feedback", 0.7], ["receiving-criticism", 0.5]],
  "agreed-low": [],
  "hidden-strength": [["recognition", 0.8], ["influence", 0.8], ["confidence", 0.8], ["challenge", 0.8]],
  "agreed-strength": [["recognition", 0.8], ["helping-others", 0.8], ["coaching-others", 0.8]],
};

type OtherRater = "manager" | "peer" | "report";
const GROUPS: readonly OtherRater[] = ["manager", "peer", "report"];

/** One competency's ratings, summarised without saying who gave which. */
export interface CompetencyRatings {
  readonly key: string;
  readonly label: string;
  readonly self: number | undefined;
  /** The weighted mean of the manager's, the peers' and the reports' means. */
  readonly others: number | undefined;
  /** Distinct raters other than the employee whose voice counts (weight above 0). */
  readonly raters: number;
  /** How many raters of each group spoke, for the wording only. */
  readonly groups: ReadonlyArray<{ readonly group: OtherRater; readonly raters: number }>;
  readonly comments: readonly string[];
  readonly pattern: FeedbackPattern | undefined;
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

// A team rates the same few competencies hundreds of times: match each wording once per matcher.
const matched = new WeakMap<Matcher, Map<string, KeyMatch | null>>();

function competencyOf(text: string, matcher: Matcher, minConfidence: number): KeyMatch | undefined {
  let memo = matched.get(matcher);
  if (!memo) matched.set(matcher, (memo = new Map()));
  const id = `${minConfidence}\u0000${text}`;
  let match = memo.get(id);
  if (match === undefined) {
    if (memo.size > 10_000) memo.clear();
    match = matcher.match(text, minConfidence, "competency")[0] ?? null;
    memo.set(id, match);
  }
  return match ?? undefined;
}

/**
 * Reads 360° ratings per competency and names the pattern they show.
 * Each rater counts once (two ratings by one `raterId` are averaged), each
 * group (manager, peers, reports) is averaged, and the groups are weighted
 * by `raterWeights`, so five peers do not drown out the one manager.
 * Self well above others is a blind spot, others well above self a hidden
 * strength, everyone low or everyone high an agreed gap or strength. Fewer
 * than `minRaters` other raters decide nothing: one grumpy rating must not
 * shape a plan.
 */
export function summarizeFeedback(
  ratings: readonly Rating[],
  matcher: Matcher,
  settings: Settings,
): { readonly summaries: readonly CompetencyRatings[]; readonly unmatched: readonly Unmatched[] } {
  const known = summarized.get(ratings);
  if (known && known.matcher === matcher && known.settings === settings) return known.result;
  const result = summarize(ratings, matcher, settings);
  summarized.set(ratings, { matcher, settings, result });
  return result;
}

// A team reads each person's ratings twice (their needs, then who can mentor): once is enough.
const summarized = new WeakMap<
  readonly Rating[],
  { matcher: Matcher; settings: Settings; result: { readonly summaries: readonly CompetencyRatings[]; readonly unmatched: readonly Unmatched[] } }
>();

function summarize(ratings: readonly Rating[], matcher: Matcher, settings: Settings): { summaries: CompetencyRatings[]; unmatched: Unmatched[] } {
  const byKey = new Map<string, Rating[]>();
  const unmatched: Unmatched[] = [];
  const seenUnmatched = new Set<string>();
  for (const rating of ratings) {
    const match = competencyOf(rating.competency, matcher, settings.minConfidence);
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
    // Raters without an id count once per rating; with one, once per person.
    const perRater = new Map<string, { group: OtherRater; person: string; scores: number[] }>();
    list.forEach((r, i) => {
      if (r.rater === "self") return;
      const person = r.raterId ?? `#${i}`;
      const id = `${r.rater}\u0000${person}`;
      const seen = perRater.get(id);
      if (seen) seen.scores.push(r.score);
      else perRater.set(id, { group: r.rater, person, scores: [r.score] });
    });
    let weighted = 0;
    let total = 0;
    const groups: Array<{ group: OtherRater; raters: number }> = [];
    const people = new Set<string>();
    for (const group of GROUPS) {
      const inGroup = [...perRater.values()].filter((r) => r.group === group);
      if (inGroup.length === 0) continue;
      groups.push({ group, raters: inGroup.length });
      const w = raterWeights[group];
      if (w <= 0) continue;
      // One person under two groups is still one voice for the minimum.
      for (const r of inGroup) people.add(r.person);
      weighted += w * mean(inGroup.map((r) => mean(r.scores)));
      total += w;
    }
    const raters = people.size;
    const self = selfScores.length > 0 ? mean(selfScores) : undefined;
    const others = total > 0 ? weighted / total : undefined;
    let pattern: FeedbackPattern | undefined;
    if (others !== undefined && raters >= minRaters) {
      // A gap only names a blind spot while others do not rate it strong, and
      // a hidden strength only while they do not rate it low.
      if (self !== undefined && self - others >= gap && others < high) pattern = "blind-spot";
      else if (self !== undefined && others - self >= gap && others > low) pattern = "hidden-strength";
      else if (others <= low && (self === undefined || self <= low + gap / 2)) pattern = "agreed-low";
      else if (others >= high && (self === undefined || self >= high - gap / 2)) pattern = "agreed-strength";
    }
    summaries.push({
      key,
      label: matcher.entries.get(key)!.label,
      self,
      others,
      raters,
      groups,
      // Sorted, so the order never tells who wrote which.
      comments: [...new Set(list.flatMap((r) => (r.comment === undefined ? [] : [r.comment.trim()])))].sort(),
      pattern,
    });
  }
  return { summaries, unmatched };
}

function score(value: number, settings: Settings): string {
  return `${num(settings.locale, Math.round(value * 10) / 10, 1)}/${settings.ratingScale.max}`;
}

/** Who rated, by group and never by name: "your manager", "peers"… */
const VOICES = {
  manager: ["feedback.manager", "feedback.managers"],
  peer: ["feedback.peer", "feedback.peers"],
  report: ["feedback.report", "feedback.reports"],
} as const;

function voices(locale: Locale, groups: CompetencyRatings["groups"]): { words: string; one: boolean } {
  const words = groups.map(({ group, raters }) => say(locale, VOICES[group][raters === 1 ? 0 : 1]));
  const one = groups.length === 1 && groups[0]!.raters === 1;
  if (words.length === 0) return { words: say(locale, "feedback.others"), one: false };
  return { words: list(locale, words), one };
}

/**
 * "peers and your reports rate Communication 2.0/5 on average, you rate it
 * 5.0/5": who spoke by group and the combined mean, never who said what.
 */
export function describeRatings(summary: CompetencyRatings, settings: Settings): string {
  const { locale } = settings;
  const who = voices(locale, summary.groups);
  const parts: string[] = [];
  if (summary.others !== undefined) {
    parts.push(say(locale, who.one ? "feedback.rates" : "feedback.rate", { who: who.words, label: summary.label, score: score(summary.others, settings) }));
  }
  if (summary.self !== undefined) parts.push(say(locale, "feedback.self", { score: score(summary.self, settings) }));
  let text = parts.join(", ");
  if (summary.comments.length > 0) text += ` (${summary.comments.map((c) => quote(locale, c)).join("; ")})`;
  return text;
}

/**
 * The competency and its related keys. An agreed strength needs no more
 * lessons in it: items that build the skill count for half, so recognition
 * and passing it on come first.
 */
function ownKeys(entry: TaxonomyEntry, matcher: Matcher, pattern: FeedbackPattern): DraftNeed["serves"] {
  const keys = serveKeys(entry, matcher.entries);
  return pattern === "agreed-strength" ? keys.map(({ key, factor }) => ({ key, factor: factor / 2 })) : keys;
}

const NO_RATINGS: readonly Rating[] = [];

/** 360° feedback to needs of type `feedback`, one per competency with a pattern. */
export function feedbackNeeds(
  profile: Profile,
  matcher: Matcher,
  settings: Settings,
): { needs: DraftNeed[]; unmatched: Unmatched[]; notes: NeedNote[]; summaries: readonly CompetencyRatings[] } {
  const { summaries, unmatched } = summarizeFeedback(profile.feedback ?? NO_RATINGS, matcher, settings);
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
    const extra = EXTRA_KEYS[pattern].filter(([key]) => matcher.entries.has(key) && key !== entry.key).map(([key, factor]) => ({ key, factor }));
    needs.push({
      id: `feedback:${summary.key}`,
      key: summary.key,
      label: entry.label,
      type: "feedback",
      source: describeRatings(summary, settings),
      confidence: 1,
      weight: Math.round(PATTERN_WEIGHT[pattern] * settings.weights.feedback * 1000) / 1000,
      pattern,
      serves: [...ownKeys(entry, matcher, pattern), ...extra],
      kindFactor: KIND_FACTOR[pattern],
      urgent: pattern === "blind-spot",
    });
  }
  return { needs, unmatched: unmatched.map((u) => ({ ...u })), notes, summaries };
}
