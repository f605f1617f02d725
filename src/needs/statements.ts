import { daysBetween } from "../compose/calendar";
import type { ItemKind } from "../schema/common";
import type { Goal, Profile, Statement } from "../schema/profile";
import type { NeedType, Unmatched } from "../schema/plan";
import type { TaxonomyEntry } from "../schema/taxonomy";
import type { Settings } from "../settings";
import type { Matcher } from "./matcher";
import type { DraftNeed, NeedNote } from "./types";

const NEUTRAL: Readonly<Record<ItemKind, number>> = { training: 1, mentoring: 1, "working-condition": 1 };
/**
 * A high demand (workload, commute, micromanagement) is lifted by changing
 * the work, not by sending the person on one more course.
 */
const DEMAND: Readonly<Record<ItemKind, number>> = { training: 0.45, mentoring: 0.8, "working-condition": 1.6 };
/** Below this, a match is kept but we also ask whether we understood. */
const UNSURE = 0.75;

const LONG_WORDS = /\b(long[- ]term|eventually|one day|someday|some day|in (?:a|two|three|four|five|\d+) years?|next few years|within (?:a|two|three|\d+) years?|career|become|by \d{4})\b/i;
const SHORT_WORDS = /\b(this (?:month|quarter|sprint)|next (?:month|quarter|few weeks)|asap|soon|right now|in (?:a|two|three|\d+) weeks?|short[- ]term|immediately)\b/i;

export function serveKeys(entry: TaxonomyEntry, entries: ReadonlyMap<string, TaxonomyEntry>): DraftNeed["serves"] {
  return [
    { key: entry.key, factor: 1 },
    ...(entry.related ?? []).filter((key) => entries.has(key) && key !== entry.key).map((key) => ({ key, factor: 0.5 })),
  ];
}

function textOf(statement: Statement | Goal): string {
  return typeof statement === "string" ? statement : statement.text;
}

function horizonOf(goal: Goal, settings: Settings): "short" | "long" {
  if (typeof goal !== "string" && goal.targetDate !== undefined) {
    const weeks = daysBetween(settings.start, goal.targetDate) / 7;
    return weeks <= settings.shortGoalWeeks ? "short" : "long";
  }
  if (typeof goal !== "string" && goal.horizon !== undefined) return goal.horizon;
  const text = textOf(goal);
  if (SHORT_WORDS.test(text)) return "short";
  if (LONG_WORDS.test(text)) return "long";
  return "long";
}

/**
 * Motivations, challenges and goals to needs. A statement may name several
 * needs ("burnt out from overtime and the commute"); one that names none we
 * can trust goes to `unmatched`, never onto a poor guess.
 */
export function statementNeeds(
  profile: Profile,
  matcher: Matcher,
  settings: Settings,
): { needs: DraftNeed[]; unmatched: Unmatched[]; notes: NeedNote[] } {
  const needs: DraftNeed[] = [];
  const unmatched: Unmatched[] = [];
  const notes: NeedNote[] = [];
  const groups: Array<{ type: Exclude<NeedType, "feedback">; list: ReadonlyArray<Statement | Goal> }> = [
    { type: "motivation", list: profile.motivations ?? [] },
    { type: "challenge", list: profile.challenges ?? [] },
    { type: "goal", list: profile.goals ?? [] },
  ];
  for (const { type, list } of groups) {
    list.forEach((statement, index) => {
      const source = textOf(statement);
      const prefer = type === "goal" ? undefined : type;
      const matches = matcher.match(source, settings.minConfidence, prefer);
      if (matches.length === 0) {
        const closest = matcher.closest(source, prefer);
        const entry = closest && matcher.entries.get(closest.key);
        unmatched.push(
          closest && entry && closest.confidence > 0
            ? { type, source, closest: { key: closest.key, label: entry.label, confidence: closest.confidence } }
            : { type, source },
        );
        return;
      }
      const horizon = type === "goal" ? horizonOf(statement as Goal, settings) : undefined;
      const given = typeof statement === "string" ? 1 : (statement.weight ?? 1);
      let weight = given * settings.weights[type];
      if (horizon) weight *= horizon === "short" ? settings.weights.shortGoal : settings.weights.longGoal;
      for (const match of matches) {
        const entry = matcher.entries.get(match.key)!;
        const id = `${type}-${index}:${match.key}`;
        const demand = entry.demand === true && type !== "motivation";
        needs.push({
          id,
          key: match.key,
          label: entry.label,
          type,
          source,
          confidence: match.confidence,
          weight: round(weight),
          ...(horizon ? { horizon } : {}),
          serves: serveKeys(entry, matcher.entries),
          kindFactor: demand ? DEMAND : NEUTRAL,
          urgent: demand || horizon === "short",
        });
        if (match.confidence < UNSURE) notes.push({ kind: "low-confidence", needId: id, source, label: entry.label });
      }
      if (type === "goal") {
        const goal = statement as Goal;
        const firstId = `${type}-${index}:${matches[0]!.key}`;
        if (typeof goal === "string" || goal.successMeasure === undefined) notes.push({ kind: "goal-without-measure", needId: firstId, source });
        if (typeof goal === "string" || (goal.targetDate === undefined && goal.horizon === undefined)) {
          notes.push({ kind: "goal-without-date", needId: firstId, source });
        }
      }
    });
  }
  return { needs, unmatched, notes };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
