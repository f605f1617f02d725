import { ITEM_KINDS, type ItemKind } from "../schema/common";
import type { Need, Plan, PlanItem, Question, QuestionOption, Reason, Unmatched, Warning } from "../schema/plan";
import type { Profile } from "../schema/profile";
import { questionId } from "../needs/ask";
import type { DraftNeed, NeedNote, NeedsResult } from "../needs/types";
import { SERVES_AT_LEAST, type CatalogIndex, type Scored } from "../score";
import type { Composition, LeftOut } from "../compose/select";
import { monthsBetween, shiftDays } from "../compose/calendar";
import { paced } from "../compose/pace";
import type { Settings } from "../settings";

export interface ExplainInput {
  readonly profile: Profile;
  readonly settings: Settings;
  readonly index: CatalogIndex;
  /** The needs scoring acted on. */
  readonly needs: readonly DraftNeed[];
  /** Needs read unsure, waiting for an answer: listed, never served. */
  readonly unconfirmed: NeedsResult["unconfirmed"];
  readonly unmatched: readonly Unmatched[];
  readonly fine: NeedsResult["fine"];
  readonly notes: readonly NeedNote[];
  readonly answered: NeedsResult["answered"];
  readonly ignored: NeedsResult["ignored"];
  readonly scored: Scored;
  readonly composition: Composition;
}

/** A label inside a sentence: "Public speaking" as "public speaking", but "SQL and databases" and "UX and service design" as they are. */
function inSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

const round = (value: number, places = 3) => Math.round(value * 10 ** places) / 10 ** places;
const quote = (text: string) => `“${text}”`;
const money = (amount: number, currency: string) => `${round(amount, 2)} ${currency}`;
const hours = (count: number) => `${round(count, 2)} ${count === 1 ? "hour" : "hours"}`;

function list(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/** “I freeze when presenting” (public speaking), one quote per statement however many needs it names. */
function because(served: readonly DraftNeed[]): string {
  const said: string[] = [];
  const rated: string[] = [];
  const bySource = new Map<string, string[]>();
  for (const need of served) {
    if (need.type === "feedback") {
      rated.push(`${need.source} (${need.label})`);
      continue;
    }
    const labels = bySource.get(need.source);
    if (labels) labels.push(need.label);
    else bySource.set(need.source, [need.label]);
  }
  for (const [source, labels] of bySource) said.push(`${quote(source)} (${labels.join("; ")})`);
  const parts: string[] = [];
  if (said.length > 0) parts.push(`you said ${list(said)}`);
  if (rated.length > 0) parts.push(list(rated));
  return parts.join(" and ");
}

function explanation(reasons: readonly Reason[], needs: ReadonlyMap<string, DraftNeed>, kind: ItemKind, requiredBy: string | undefined): string {
  const parts: string[] = [];
  const served = reasons.map((r) => needs.get(r.needId)!);
  if (served.length > 0) {
    const demand = kind === "working-condition" && served.some((n) => n.kindFactor["working-condition"] > 1 && n.type !== "feedback");
    parts.push(`${demand ? "A change to the work itself rather than another course, because " : "Chosen because "}${because(served)}.`);
  }
  if (requiredBy) parts.push(`Needed before ${quote(requiredBy)}.`);
  return parts.join(" ");
}

const ASK_WHY = "rather than spend your time and budget on a guess, we ask.";

function questionsFor(input: ExplainInput, plan: { needs: readonly Need[]; items: readonly PlanItem[] }): Question[] {
  const { profile, settings, notes, unmatched } = input;
  const questions: Question[] = [];
  const ask = (id: string, about: string, text: string, why: string, options?: readonly QuestionOption[]) =>
    questions.push({ id, about, text, why, ...(options && options.length > 1 ? { options: options.map((o) => ({ ...o })) } : {}) });
  if ((profile.motivations ?? []).length === 0) {
    ask("motivations", "motivations", "What makes a good day at work for you: what would you like more of?", "Nothing was said about what motivates you, and everyone's motivation is different; we would only be guessing.");
  }
  if ((profile.challenges ?? []).length === 0) {
    ask("challenges", "challenges", "What gets in the way of doing your best work right now?", "Without the challenges you face we cannot suggest what would remove them.");
  }
  if ((profile.goals ?? []).length === 0) {
    ask("goals", "goals", "Where would you like to be in three months, and in two years?", "A plan should serve both short- and long-term goals, and none were given.");
  }
  const unmatchedWhy = "We could not match these words to anything we know, and we would rather ask than assume.";
  for (const note of notes) {
    if (note.kind !== "ask") continue;
    const said = quote(note.source);
    if (note.mode === "unmatched") {
      const closest = note.options[0]?.key === "other" ? undefined : note.options[0];
      const hint = closest ? ` Is it about ${inSentence(closest.label)}, or something else?` : "";
      ask(note.id, note.source, `You said ${said}. Can you tell us more about what you mean?${hint}`, unmatchedWhy, note.options);
    } else if (note.mode === "meaning") {
      ask(note.id, note.source, `When you said ${said}, what did you mean, in your own words?`, `None of the meanings we offered fit; ${ASK_WHY}`);
    } else if (note.options.length > 2) {
      ask(note.id, note.source, `When you said ${said}, which of these did you mean?`, `These words could mean more than one thing; ${ASK_WHY}`, note.options);
    } else {
      ask(note.id, note.source, `When you said ${said}, is it about ${inSentence(note.options[0]!.label)}, or something else?`, `We are not sure we read these words right; ${ASK_WHY}`, note.options);
    }
  }
  for (const u of unmatched) {
    if (u.type !== "feedback") continue;
    const hint = u.closest ? ` Is it about ${inSentence(u.closest.label)}, or something else?` : "";
    ask(questionId("unmatched", u.type, u.source), u.source, `Which skill is ${quote(u.source)} in the feedback about?${hint}`, unmatchedWhy);
  }
  const goalNotes = new Map<string, Set<NeedNote["kind"]>>();
  for (const note of notes) {
    if (note.kind === "ask") continue;
    if (note.kind === "few-raters") {
      ask(
        `raters-${note.key}`,
        note.key,
        `Could a few more colleagues rate your ${inSentence(note.label)}?`,
        note.raters === 0
          ? `Only you have rated it; we need ${settings.feedback.minRaters} other people before ratings can shape a plan.`
          : `Only ${note.raters} other ${note.raters === 1 ? "person has" : "people have"} rated it; we need ${settings.feedback.minRaters} before one voice can shape a plan.`,
      );
    } else {
      const seen = goalNotes.get(note.source) ?? new Set();
      seen.add(note.kind);
      goalNotes.set(note.source, seen);
    }
  }
  for (const [source, kinds] of goalNotes) {
    const measure = kinds.has("goal-without-measure");
    const date = kinds.has("goal-without-date");
    ask(
      questionId("goal", "goal", source),
      source,
      measure && date
        ? `How will you know you have reached ${quote(source)}, and by when?`
        : measure
          ? `How will you know you have reached ${quote(source)}?`
          : `By when would you like to reach ${quote(source)}?`,
      measure
        ? "A goal with a success measure can be checked at every check-in."
        : "Without a date we treated it as long-term; a near date would put it first.",
    );
  }
  if (profile.askedAt !== undefined) {
    const months = monthsBetween(profile.askedAt, settings.asOf);
    if (months >= settings.staleAfterMonths) {
      ask(
        "askedAt",
        "askedAt",
        `These answers are from ${profile.askedAt}. Is this still what moves you, what holds you back and where you want to go?`,
        `They are ${months} months old; people and jobs change, so when did we last ask?`,
      );
    }
  }
  if (profile.constraints?.hoursPerWeek === undefined) {
    ask("constraints.hoursPerWeek", "constraints.hoursPerWeek", "How many hours a week can you give to your development?", `Nothing was said, so we planned with ${settings.hoursPerWeek} hours a week.`);
  }
  const foreign = [...new Set(plan.items.flatMap((item) => {
    const position = input.index.byId.get(item.id);
    const language = position === undefined ? undefined : input.index.items[position]!.item.language;
    return language && !language.startsWith("en") ? [language] : [];
  }))].sort();
  if (foreign.length > 0 && (profile.constraints?.languages ?? []).length === 0) {
    ask(
      "constraints.languages",
      "constraints.languages",
      `Some of this plan is taught in ${list(foreign)}. Which languages can you learn in?`,
      "No languages were given, and we would rather ask than assume.",
    );
  }
  if (profile.level === undefined && profile.role === undefined) {
    ask("level", "level", "What is your role, and how senior is it?", "Trainings are pitched at levels and roles; without yours one may be too easy or too hard.");
  }
  for (const need of plan.needs) {
    if (need.confirmed !== false && need.coveredBy.length === 0 && !input.index.byKey.has(need.key)) {
      ask(`support-${need.key}`, need.id, `What kind of support would help you with ${inSentence(need.label)}?`, "Nothing we can offer addresses it yet; tell us what would help instead of us guessing.");
    }
  }
  // One question per id (one statement said twice is asked about once); an answered one never comes back.
  const asked = new Set<string>();
  return questions.filter((q) => {
    if (asked.has(q.id) || input.answered.has(q.id)) return false;
    asked.add(q.id);
    return true;
  });
}

function answerWarning({ id, field }: NeedsResult["ignored"][number]): Warning {
  return {
    code: "answer",
    question: id,
    message: field
      ? `The answer to "${id}" was not read: that question is answered by setting ${id} in the profile.`
      : `The answer to "${id}" was not read: no open question has that id (the words it answered may have changed, or it was answered already).`,
  };
}

function warningFor(need: DraftNeed, input: ExplainInput): Warning {
  const { index, settings, composition, scored } = input;
  const about = `${need.label} (${need.type === "feedback" ? need.source : quote(need.source)})`;
  let best: { position: number; reason: LeftOut; strength: number } | undefined;
  for (const { key, factor } of need.serves) {
    for (const [position, strength] of index.byKey.get(key) ?? []) {
      if (strength * factor < SERVES_AT_LEAST) continue;
      const reason = composition.leftOut.get(position);
      if (!reason) continue;
      const value = strength * factor * need.kindFactor[index.items[position]!.item.kind];
      if (!best || value > best.strength || (value === best.strength && position < best.position)) best = { position, reason, strength: value };
    }
  }
  if (!best) return { code: "no-item", need: need.key, message: `Nothing in the catalog addresses ${about}.` };
  const item = index.items[best.position]!.item;
  const title = quote(item.title);
  switch (best.reason) {
    case "budget":
      return {
        code: "budget",
        need: need.key,
        message: `The budget of ${money(settings.budget?.amount ?? 0, scored.currency)} left ${about} uncovered: ${title} costs ${money(item.cost.amount, item.cost.currency)}${composition.cost > 0 ? ` and ${money(composition.cost, scored.currency)} is already planned` : ""}.`,
      };
    case "hours":
      return { code: "hours", need: need.key, message: `${hours(settings.hoursPerWeek)} a week left ${about} uncovered: ${title} needs ${hours(item.hoursPerWeek)} a week.` };
    case "horizon":
      return {
        code: "horizon",
        need: need.key,
        message: `The ${settings.horizonWeeks}-week horizon left ${about} uncovered: ${title} takes ${paced(item, settings.hoursPerWeek).weeks} weeks${item.format === "self-paced" && item.hoursPerWeek > settings.hoursPerWeek ? ` at ${hours(settings.hoursPerWeek)} a week` : ""}.`,
      };
    case "language":
      return { code: "language", need: need.key, message: `Languages left ${about} uncovered: ${title} is taught in ${item.language}.` };
    case "excluded":
    case "completed":
      return { code: "excluded", need: need.key, message: `${about} is uncovered: ${title} is ${best.reason} for this person.` };
    case "currency":
      return { code: "currency", need: need.key, message: `${title} is priced in ${item.cost.currency}, not ${scored.currency}, so ${about} is uncovered.` };
    case "seats":
      return { code: "seats", need: need.key, message: `No seats left on ${title}, so ${about} is uncovered.` };
    case "prerequisite":
      return { code: "prerequisite", need: need.key, message: `${title} needs an item that cannot be had, so ${about} is uncovered.` };
    default:
      return { code: "max-items", need: need.key, message: `The limit of ${settings.maxItems} items left ${about} uncovered; needs that weigh more came first.` };
  }
}

/**
 * Step 5 of the pipeline: the plan as plain JSON. Each item says which
 * needs it serves in the employee's own words; uncovered needs stay
 * visible with the constraint that left them out; questions say what to ask
 * next, because we would rather ask than assume.
 */
export function explain(input: ExplainInput): Plan {
  const { profile, settings, index, needs, composition, scored } = input;
  const byPosition = new Map(scored.candidates.map((c) => [c.position, c] as const));
  const needsById = new Map(needs.map((n) => [n.id, n] as const));
  const ordered = [...composition.chosen].sort(
    (a, b) => a.slot.startDay - b.slot.startDay || b.gain - a.gain || (index.items[a.position]!.item.id < index.items[b.position]!.item.id ? -1 : 1),
  );
  const coveredBy = new Map<string, string[]>(needs.map((n) => [n.id, []]));
  const items: PlanItem[] = ordered.map((chosen) => {
    const entry = index.items[chosen.position]!;
    const item = entry.item;
    const taken = paced(item, settings.hoursPerWeek);
    const candidate = byPosition.get(chosen.position);
    const reasons: Reason[] = (candidate?.contributions ?? [])
      .slice()
      .sort((a, b) => b.value - a.value || a.need - b.need)
      .map(({ need }) => {
        const n = needs[need]!;
        coveredBy.get(n.id)!.push(item.id);
        return { need: n.key, needId: n.id, quote: n.source };
      });
    const requiredBy = chosen.requiredBy === undefined ? undefined : index.items[chosen.requiredBy]!.item.title;
    return {
      id: item.id,
      kind: item.kind,
      title: item.title,
      format: item.format,
      score: round(candidate?.score ?? 0),
      breakdown: { relevance: round(candidate?.relevance ?? 0), fit: round(candidate?.fit ?? 1), gain: chosen.gain },
      reasons,
      explanation: explanation(reasons, needsById, item.kind, requiredBy),
      start: shiftDays(settings.start, chosen.slot.startDay),
      end: shiftDays(settings.start, chosen.slot.endDay),
      weeks: taken.weeks,
      hoursPerWeek: taken.hoursPerWeek,
      cost: { amount: item.cost.amount, currency: item.cost.currency },
      ...(item.url === undefined ? {} : { url: item.url }),
      ...(item.provider === undefined ? {} : { provider: item.provider }),
      ...(item.difficulty === undefined ? {} : { difficulty: item.difficulty }),
      ...(item.format === "self-paced"
        ? { pace: { mode: taken === item ? ("as-listed" as const) : ("stretched" as const), listed: { hoursPerWeek: item.hoursPerWeek, weeks: item.weeks } } }
        : {}),
      prerequisites: entry.prerequisites.map((p) => index.items[p]!.item.id).filter((id) => ordered.some((c) => index.items[c.position]!.item.id === id)),
    };
  });
  const asNeed = (n: DraftNeed, coveredByIds: string[]): Need => ({
    id: n.id,
    key: n.key,
    label: n.label,
    type: n.type,
    source: n.source,
    confidence: n.confidence,
    weight: n.weight,
    ...(n.horizon ? { horizon: n.horizon } : {}),
    ...(n.pattern ? { pattern: n.pattern } : {}),
    coveredBy: coveredByIds,
  });
  const planNeeds: Need[] = needs.map((n) => asNeed(n, coveredBy.get(n.id)!));
  // Listed so the person sees what we think we heard, but never served: they wait for an answer.
  const unsureNeeds: Need[] = input.unconfirmed.map((n) => ({ ...asNeed(n, []), confirmed: false }));
  const warnings = [
    ...needs.filter((n) => coveredBy.get(n.id)!.length === 0).map((n) => warningFor(n, input)),
    ...input.ignored.map(answerWarning),
  ];
  const mix = Object.fromEntries(
    ITEM_KINDS.map((kind) => {
      const ofKind = items.filter((i) => i.kind === kind);
      return [
        kind,
        {
          count: ofKind.length,
          hours: round(ofKind.reduce((sum, i) => sum + i.hoursPerWeek * i.weeks, 0), 2),
          share: items.length === 0 ? 0 : round(ofKind.length / items.length),
          target: round(settings.mix[kind]),
        },
      ];
    }),
  ) as Plan["mix"];
  const horizonEnd = settings.horizonWeeks * 7 - 1;
  const lastDay = composition.chosen.reduce((last, c) => Math.max(last, c.slot.endDay), 0);
  const every = settings.checkInEveryWeeks * 7;
  const checkInDays: number[] = [];
  for (let day = every; day <= Math.max(lastDay, every) && day <= horizonEnd; day += every) checkInDays.push(day);
  if (items.length > 0 && (checkInDays.length === 0 || checkInDays[checkInDays.length - 1]! < lastDay)) checkInDays.push(Math.min(lastDay, horizonEnd));
  return {
    ...(profile.id === undefined ? {} : { profileId: profile.id }),
    asOf: settings.asOf,
    start: settings.start,
    end: shiftDays(settings.start, horizonEnd),
    items,
    needs: [...planNeeds, ...unsureNeeds],
    unmatched: input.unmatched.map((u) => ({ ...u })),
    fine: input.fine.map((f) => ({ ...f })),
    questions: questionsFor(input, { needs: [...planNeeds, ...unsureNeeds], items }),
    mix,
    totals: {
      items: items.length,
      peakHoursPerWeek: round(composition.peak, 2),
      hours: round(items.reduce((sum, i) => sum + i.hoursPerWeek * i.weeks, 0), 2),
      cost: { amount: round(composition.cost, 2), currency: scored.currency },
      hoursPerWeekLimit: settings.hoursPerWeek,
      budget: settings.budget ? { ...settings.budget } : null,
    },
    checkIns: checkInDays.map((day) => shiftDays(settings.start, day)),
    warnings,
  };
}

