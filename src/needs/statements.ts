import { daysBetween } from "../compose/calendar";
import type { ItemKind } from "../schema/common";
import type { Goal, Horizon, Profile, Statement } from "../schema/profile";
import type { NeedType, Unmatched } from "../schema/plan";
import type { NeedKind, TaxonomyEntry } from "../schema/taxonomy";
import type { Settings } from "../settings";
import { MAX_OPTIONS, missingId, questionId, readStatement } from "./ask";
import { round, type KeyMatch, type Matcher } from "./matcher";
import type { DraftNeed, FineReading, NeedNote, OpenReading } from "./types";

const NEUTRAL: Readonly<Record<ItemKind, number>> = { training: 1, mentoring: 1, "working-condition": 1 };
/**
 * A high demand (workload, commute, micromanagement) is lifted by changing
 * the work, not by sending the person on one more course.
 */
const DEMAND: Readonly<Record<ItemKind, number>> = { training: 0.45, mentoring: 0.8, "working-condition": 1.6 };

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

function horizonOf(goal: Goal, settings: Settings, matcher: Matcher): "short" | "long" {
  if (typeof goal !== "string" && goal.targetDate !== undefined) {
    const weeks = daysBetween(settings.start, goal.targetDate) / 7;
    return weeks <= settings.shortGoalWeeks ? "short" : "long";
  }
  if (typeof goal !== "string" && goal.horizon !== undefined) return goal.horizon;
  return horizonOfText(textOf(goal), matcher);
}

/**
 * A goal's horizon from its words alone ("this quarter", "one day"; in
 * another language, its pack's `soon` and `later` phrases: "este
 * trimestre", "in zwei Jahren"); long when they say nothing.
 */
export function horizonOfText(text: string, matcher?: Matcher): Horizon {
  const said = matcher?.horizonOf(text);
  if (said !== undefined) return said;
  if (SHORT_WORDS.test(text)) return "short";
  if (LONG_WORDS.test(text)) return "long";
  return "long";
}

/** Where a need comes from: its statement's type, place in the profile, weight and (for goals) horizon. */
export interface StatementAt {
  readonly type: Exclude<NeedType, "feedback">;
  /** The statement's index in its list; undefined for an answer given where the list was empty. */
  readonly index: number | undefined;
  /** The weight the employee gave the statement (1 unless said). */
  readonly given: number;
  readonly horizon: Horizon | undefined;
}

/** One need read from one statement: its id, weight, urgency and the items that may serve it. */
export function draftNeed(entry: TaxonomyEntry, matcher: Matcher, settings: Settings, at: StatementAt, source: string, confidence: number): DraftNeed {
  const { type, horizon } = at;
  let weight = at.given * settings.weights[type];
  if (horizon) weight *= horizon === "short" ? settings.weights.shortGoal : settings.weights.longGoal;
  const demand = entry.demand === true && type !== "motivation";
  return {
    id: `${type}-${at.index ?? "answer"}:${entry.key}`,
    key: entry.key,
    label: entry.label,
    type,
    source,
    confidence,
    weight: round(weight),
    ...(horizon ? { horizon } : {}),
    serves: serveKeys(entry, matcher.entries),
    kindFactor: demand ? DEMAND : NEUTRAL,
    urgent: demand || horizon === "short",
  };
}

/**
 * The keys to offer about the parts of a statement said after a turn from
 * what it said is fine (`Matcher.turned`), each read alone: none that the
 * statement said is fine, at most {@link MAX_OPTIONS}.
 */
function turnedOptions(matcher: Matcher, source: string, settings: Settings, prefer: NeedKind | undefined, saidFine: readonly string[]): string[] {
  const keys: string[] = [];
  for (const part of matcher.turned(source, prefer)) {
    const reading = readStatement(matcher, part, settings, prefer);
    for (const key of [...reading.matches.map((m) => m.key), ...reading.options]) if (!saidFine.includes(key) && !keys.includes(key)) keys.push(key);
  }
  return keys.slice(0, MAX_OPTIONS);
}

/**
 * Motivations, challenges and goals to needs. A statement may name several
 * needs ("burnt out from overtime and the commute"); one that names none we
 * can trust goes to `unmatched`, never onto a poor guess; a need read unsure
 * is held open for a question (see `./ask`), never acted on.
 */
export function statementNeeds(
  profile: Profile,
  matcher: Matcher,
  settings: Settings,
): { needs: DraftNeed[]; unmatched: Unmatched[]; notes: NeedNote[]; open: OpenReading[]; fine: FineReading[] } {
  const needs: DraftNeed[] = [];
  const fine: FineReading[] = [];
  const unmatched: Unmatched[] = [];
  const notes: NeedNote[] = [];
  const open: OpenReading[] = [];
  const groups: Array<{ type: Exclude<NeedType, "feedback">; list: ReadonlyArray<Statement | Goal> }> = [
    { type: "motivation", list: profile.motivations ?? [] },
    { type: "challenge", list: profile.challenges ?? [] },
    { type: "goal", list: profile.goals ?? [] },
  ];
  for (const { type, list } of groups) {
    if (list.length === 0) {
      open.push({ kind: "missing", id: missingId(type), at: { type, index: undefined, given: 1, horizon: type === "goal" ? "long" : undefined }, source: "", options: [] });
      continue;
    }
    list.forEach((statement, index) => {
      const source = textOf(statement);
      const prefer = type === "goal" ? undefined : type;
      const horizon = type === "goal" ? horizonOf(statement as Goal, settings, matcher) : undefined;
      const at: StatementAt = { type, index, given: typeof statement === "string" ? 1 : (statement.weight ?? 1), horizon };
      const reading = readStatement(matcher, source, settings, prefer);
      const { matches } = reading;
      // A key the statement is read as needing is not also noted as no trouble. Nor, in a goal or a motivation read as a
      // need, is a trouble: "gestionar expectativas sin quemarme", "Prendre la parole sans perdre mes moyens" name what the
      // aim is to be free of (on the written training statements, 509 of 548 such notes named no trouble the writer denied).
      const aimed = type !== "challenge" && matches.length > 0;
      const saidFine = matcher.fine(source, prefer).filter((key) => !matches.some((m) => m.key === key) && !(aimed && matcher.entries.get(key)!.kind === "challenge"));
      for (const key of saidFine) fine.push({ key, label: matcher.entries.get(key)!.label, type, source });
      if (matches.length === 0) {
        // Words that only say something is fine were understood: nothing to plan, nothing to ask. What a turn after them
        // names and the reading did not ("the pay is fine but the hours are brutal") is asked about, with no closest key:
        // the statement's likeliest is the one said to be fine.
        const turned = saidFine.length > 0 ? turnedOptions(matcher, source, settings, prefer, saidFine) : undefined;
        if (turned?.length === 0) return;
        const closest = turned ? undefined : matcher.closest(source, prefer);
        const entry = closest && matcher.entries.get(closest.key);
        const u: Unmatched =
          closest && entry && closest.confidence > 0
            ? { type, source, closest: { key: closest.key, label: entry.label, confidence: closest.confidence } }
            : { type, source };
        unmatched.push(u);
        open.push({ kind: "unmatched", id: questionId("unmatched", type, source), at, source, options: turned ?? reading.options, entry: u });
        return;
      }
      const draft = (match: KeyMatch) => draftNeed(matcher.entries.get(match.key)!, matcher, settings, at, source, match.confidence);
      const drafted = matches.map(draft);
      needs.push(...reading.sure.map(draft));
      if (reading.unsure) open.push({ kind: "unsure", id: questionId("unsure", type, source), at, source, options: reading.options, guesses: reading.doubtful.map(draft) });
      if (type === "goal") {
        const goal = statement as Goal;
        const firstId = drafted[0]!.id;
        if (typeof goal === "string" || goal.successMeasure === undefined) notes.push({ kind: "goal-without-measure", needId: firstId, source });
        if (typeof goal === "string" || (goal.targetDate === undefined && goal.horizon === undefined)) {
          notes.push({ kind: "goal-without-date", needId: firstId, source });
        }
      }
    });
  }
  return { needs, unmatched, notes, open, fine };
}
