/**
 * The answers step of the pipeline: the profile's `answers` settle the
 * questions an earlier plan asked about what the employee said.
 */
import { ValidationError, type Issue } from "../errors";
import type { QuestionOption, Unmatched } from "../schema/plan";
import type { Answer, Profile } from "../schema/profile";
import type { Settings } from "../settings";
import { say } from "../i18n/say";
import { OTHER_KEY, questionId, readStatement } from "./ask";
import type { Matcher } from "./matcher";
import { draftNeed, horizonOfText, type StatementAt } from "./statements";
import type { DraftNeed, NeedNote, NeedsResult, OpenReading, Readings } from "./types";

/** Questions about a profile field: answered by filling in the field, never through `answers`. */
const FIELD_QUESTIONS = new Set(["constraints.hoursPerWeek", "constraints.languages", "level", "askedAt"]);

function optionsOf(matcher: Matcher, keys: readonly string[], settings: Settings): QuestionOption[] {
  return [...keys.map((key) => ({ key, label: matcher.entries.get(key)!.label })), { key: OTHER_KEY, label: say(settings.locale, "question.other") }];
}

/** Every chosen key must be a taxonomy key or `other`: one {@link ValidationError} lists each that is not. */
function checkAnswers(answers: Readonly<Record<string, Answer>>, matcher: Matcher): void {
  const issues: Issue[] = [];
  for (const [id, answer] of Object.entries(answers)) {
    if (!Array.isArray(answer)) continue;
    answer.forEach((key, index) => {
      if (key !== OTHER_KEY && !matcher.entries.has(key)) {
        issues.push({ path: ["answers", id, index], message: `"${key}" is not a key of the taxonomy: choose one of the question's options, or "${OTHER_KEY}" for something else` });
      }
    });
  }
  if (issues.length > 0) throw new ValidationError("profile", issues);
}

/**
 * The answers step of the pipeline: settles the questions about unsure or
 * unmatched statements with the profile's `answers`, and leaves the rest
 * open. Chosen keys confirm needs (confidence 1); `other` alone drops the
 * guess and asks what was meant; free text is read like a statement of the
 * same type and its needs count as confirmed. An answer whose question is
 * no longer asked is ignored, and named in a warning.
 * Throws {@link ValidationError} for a chosen key the taxonomy lacks.
 *
 * @example
 * ```ts
 * const found = applyAnswers(findNeeds(profile, matcher, settings), profile, matcher, settings);
 * found.needs; // what scoring acts on: confirmed needs only
 * ```
 */
export function applyAnswers(read: Readings, profile: Profile, matcher: Matcher, settings: Settings): NeedsResult {
  const answers = profile.answers ?? {};
  checkAnswers(answers, matcher);
  const needs: DraftNeed[] = [...read.needs];
  const ids = new Set(needs.map((n) => n.id));
  const unconfirmed: DraftNeed[] = [];
  const notes: NeedNote[] = [];
  const settled = new Set<Unmatched>();
  const added: Unmatched[] = [];
  const answered = new Set<string>();
  const known = new Set<string>();

  const confirm = (at: StatementAt, key: string, source: string, confidence: number) => {
    const need = draftNeed(matcher.entries.get(key)!, matcher, settings, at, source, confidence);
    if (ids.has(need.id)) return;
    ids.add(need.id);
    needs.push(need);
  };

  const settle = (reading: OpenReading, chain: Set<string>): void => {
    known.add(reading.id);
    const answer = Object.hasOwn(answers, reading.id) ? answers[reading.id] : undefined;
    if (answer === undefined || chain.has(reading.id)) {
      if (reading.kind === "unsure") unconfirmed.push(...reading.guesses);
      if (reading.kind !== "missing") {
        notes.push({ kind: "ask", mode: reading.kind, id: reading.id, type: reading.at.type, source: reading.source, options: reading.kind === "meaning" ? [] : optionsOf(matcher, reading.options, settings) });
      }
      return;
    }
    chain.add(reading.id);
    answered.add(reading.id);
    if (reading.kind === "unmatched") settled.add(reading.entry);
    const { at } = reading;
    if (Array.isArray(answer)) {
      for (const key of answer) if (key !== OTHER_KEY) confirm(at, key, reading.source || matcher.entries.get(key)!.label, 1);
      if (answer.includes(OTHER_KEY) && reading.kind !== "missing") {
        settle({ kind: "meaning", id: questionId("meaning", at.type, reading.source), at, source: reading.source, options: [] }, chain);
      }
      return;
    }
    const prefer = at.type === "goal" ? undefined : at.type;
    const words = readStatement(matcher, answer, settings, prefer);
    const own: StatementAt = reading.kind === "missing" ? { ...at, horizon: at.type === "goal" ? horizonOfText(answer, matcher) : undefined } : at;
    for (const match of words.matches) confirm(own, match.key, answer, match.confidence);
    if (words.matches.length > 0) return;
    const closest = words.options[0];
    const entry: Unmatched = closest
      ? { type: at.type, source: answer, closest: { key: closest, label: matcher.entries.get(closest)!.label, confidence: matcher.candidates(answer, prefer).find((c) => c.key === closest)!.confidence } }
      : { type: at.type, source: answer };
    added.push(entry);
    settle({ kind: "unmatched", id: questionId("unmatched", at.type, answer), at: own, source: answer, options: words.options, entry }, chain);
  };

  for (const reading of read.open) settle(reading, new Set());

  const ignored = Object.keys(answers)
    .filter((id) => !known.has(id))
    .sort()
    .map((id) => ({ id, field: FIELD_QUESTIONS.has(id) }));
  return {
    fine: read.fine,
    needs,
    unconfirmed,
    unmatched: [...read.unmatched, ...added].filter((u) => !settled.has(u)),
    notes: [...notes, ...read.notes],
    answered,
    ignored,
  };
}
