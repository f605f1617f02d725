import { ITEM_KINDS, type ItemKind } from "../schema/common";
import type { Need, Plan, PlanItem, Question, QuestionOption, Reason, Unmatched, Warning } from "../schema/plan";
import { isUncovered } from "./uncovered";
import type { Profile } from "../schema/profile";
import { questionId } from "../needs/ask";
import type { DraftNeed, NeedNote, NeedsResult } from "../needs/types";
import { SERVES_AT_LEAST, type CatalogIndex, type Scored } from "../score";
import type { Composition, LeftOut } from "../compose/select";
import { monthsBetween, shiftDays } from "../compose/calendar";
import { paced } from "../compose/pace";
import type { Settings } from "../settings";
import type { Locale } from "../i18n/locale";
import { list, num, quote, say } from "../i18n/say";

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
  /** In a team plan: the budget that ran out was what was left of the team's, not the person's own. */
  readonly teamBudget?: boolean;
}

/**
 * A label inside a sentence: "Public speaking" as "public speaking", but "SQL and databases" and "UX and service design" as they are.
 * German writes every noun with a capital, so its labels stay as they are.
 */
function inSentence(locale: Locale, label: string): string {
  return locale.code !== "de" && /^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

const round = (value: number, places = 3) => Math.round(value * 10 ** places) / 10 ** places;
const money = (locale: Locale, amount: number, currency: string) => `${num(locale, round(amount, 2))} ${currency}`;
const hours = (locale: Locale, count: number) => say(locale, "explain.hours", { n: round(count, 2), count });

/** “I freeze when presenting” (public speaking), one quote per statement however many needs it names. */
function because(locale: Locale, served: readonly DraftNeed[]): string {
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
  for (const [source, labels] of bySource) said.push(`${quote(locale, source)} (${labels.join("; ")})`);
  const parts: string[] = [];
  if (said.length > 0) parts.push(say(locale, "explain.youSaid", { said: list(locale, said) }));
  if (rated.length > 0) parts.push(list(locale, rated));
  return list(locale, parts);
}

function explanation(locale: Locale, reasons: readonly Reason[], needs: ReadonlyMap<string, DraftNeed>, kind: ItemKind, requiredBy: string | undefined): string {
  const parts: string[] = [];
  const served = reasons.map((r) => needs.get(r.needId)!);
  if (served.length > 0) {
    const demand = kind === "working-condition" && served.some((n) => n.kindFactor["working-condition"] > 1 && n.type !== "feedback");
    parts.push(say(locale, demand ? "explain.workChange" : "explain.chosen", { because: because(locale, served) }));
  }
  if (requiredBy) parts.push(say(locale, "explain.neededBefore", { title: quote(locale, requiredBy) }));
  return parts.join(" ");
}

function questionsFor(input: ExplainInput, plan: { needs: readonly Need[]; items: readonly PlanItem[] }): Question[] {
  const { profile, settings, notes, unmatched } = input;
  const { locale } = settings;
  const questions: Question[] = [];
  const ask = (id: string, about: string, text: string, why: string, options?: readonly QuestionOption[]) =>
    questions.push({ id, about, text, why, ...(options && options.length > 1 ? { options: options.map((o) => ({ ...o })) } : {}) });
  for (const field of ["motivations", "challenges", "goals"] as const) {
    if ((profile[field] ?? []).length === 0) ask(field, field, say(locale, `question.${field}`), say(locale, `question.${field}.why`));
  }
  /** Why we ask: the words matched nothing we know, or came close to a key without being clear enough to act on. */
  const unmatchedWhy = (closest: { label: string } | undefined) =>
    closest ? say(locale, "question.unmatched.whyClose", { label: inSentence(locale, closest.label) }) : say(locale, "question.unmatched.why");
  /** " Is it about public speaking, or something else?" after a question, when a key came close. */
  const hint = (closest: { label: string } | undefined) => (closest ? ` ${say(locale, "question.isItAbout", { label: inSentence(locale, closest.label) })}` : "");
  for (const note of notes) {
    if (note.kind !== "ask") continue;
    const said = quote(locale, note.source);
    if (note.mode === "unmatched") {
      const closest = note.options[0]?.key === "other" ? undefined : note.options[0];
      ask(note.id, note.source, `${say(locale, "question.unmatched", { said })}${hint(closest)}`, unmatchedWhy(closest), note.options);
    } else if (note.mode === "meaning") {
      ask(note.id, note.source, say(locale, "question.meaning", { said }), say(locale, "question.meaning.why"));
    } else if (note.options.length > 2) {
      ask(note.id, note.source, say(locale, "question.which", { said }), say(locale, "question.which.why"), note.options);
    } else {
      ask(note.id, note.source, say(locale, "question.unsure", { said, label: inSentence(locale, note.options[0]!.label) }), say(locale, "question.unsure.why"), note.options);
    }
  }
  for (const u of unmatched) {
    if (u.type !== "feedback") continue;
    ask(questionId("unmatched", u.type, u.source), u.source, `${say(locale, "question.feedbackSkill", { said: quote(locale, u.source) })}${hint(u.closest)}`, unmatchedWhy(u.closest));
  }
  const goalNotes = new Map<string, Set<NeedNote["kind"]>>();
  for (const note of notes) {
    if (note.kind === "ask") continue;
    if (note.kind === "few-raters") {
      ask(
        `raters-${note.key}`,
        note.key,
        say(locale, "question.raters", { label: inSentence(locale, note.label) }),
        say(locale, note.raters === 0 ? "question.raters.whyNone" : "question.raters.why", { raters: note.raters, min: settings.feedback.minRaters }),
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
      say(locale, measure && date ? "question.goal.measureAndDate" : measure ? "question.goal.measure" : "question.goal.date", { goal: quote(locale, source) }),
      say(locale, measure ? "question.goal.measure.why" : "question.goal.date.why"),
    );
  }
  if (profile.askedAt !== undefined) {
    const months = monthsBetween(profile.askedAt, settings.asOf);
    if (months >= settings.staleAfterMonths) {
      ask("askedAt", "askedAt", say(locale, "question.stale", { date: profile.askedAt }), say(locale, "question.stale.why", { months }));
    }
  }
  if (profile.constraints?.hoursPerWeek === undefined) {
    ask("constraints.hoursPerWeek", "constraints.hoursPerWeek", say(locale, "question.hours"), say(locale, "question.hours.why", { hours: settings.hoursPerWeek }));
  }
  const foreign = [...new Set(plan.items.flatMap((item) => {
    const position = input.index.byId.get(item.id);
    const language = position === undefined ? undefined : input.index.items[position]!.item.language;
    return language && !language.startsWith("en") ? [language] : [];
  }))].sort();
  if (foreign.length > 0 && (profile.constraints?.languages ?? []).length === 0) {
    ask("constraints.languages", "constraints.languages", say(locale, "question.languages", { languages: list(locale, foreign) }), say(locale, "question.languages.why"));
  }
  if (profile.level === undefined && profile.role === undefined) {
    ask("level", "level", say(locale, "question.level"), say(locale, "question.level.why"));
  }
  for (const need of plan.needs) {
    if (isUncovered(need) && !input.index.byKey.has(need.key)) {
      ask(`support-${need.key}`, need.id, say(locale, "question.support", { label: inSentence(locale, need.label) }), say(locale, "question.support.why"));
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

function answerWarning(locale: Locale, { id, field }: NeedsResult["ignored"][number]): Warning {
  return { code: "answer", question: id, message: say(locale, field ? "warning.answerField" : "warning.answerUnknown", { id }) };
}

function warningFor(need: DraftNeed, input: ExplainInput): Warning {
  const { index, settings, composition, scored } = input;
  const { locale } = settings;
  const about = `${need.label} (${need.type === "feedback" ? need.source : quote(locale, need.source)})`;
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
  if (!best) return { code: "no-item", need: need.key, message: say(locale, "warning.noItem", { about }) };
  const item = index.items[best.position]!.item;
  const title = quote(locale, item.title);
  switch (best.reason) {
    case "budget": {
      const planned = composition.cost > 0;
      const id = input.teamBudget ? (planned ? "warning.teamBudget.planned" : "warning.teamBudget") : planned ? "warning.budget.planned" : "warning.budget";
      return {
        code: "budget",
        need: need.key,
        message: say(locale, id, {
          budget: money(locale, settings.budget?.amount ?? 0, scored.currency),
          about,
          title,
          cost: money(locale, item.cost.amount, item.cost.currency),
          planned: money(locale, composition.cost, scored.currency),
        }),
      };
    }
    case "hours":
      return { code: "hours", need: need.key, message: say(locale, "warning.hours", { hours: hours(locale, settings.hoursPerWeek), about, title, itemHours: hours(locale, item.hoursPerWeek) }) };
    case "horizon": {
      const slower = item.format === "self-paced" && item.hoursPerWeek > settings.hoursPerWeek;
      return {
        code: "horizon",
        need: need.key,
        message: say(locale, slower ? "warning.horizon.paced" : "warning.horizon", {
          weeks: settings.horizonWeeks,
          about,
          title,
          itemWeeks: paced(item, settings.hoursPerWeek).weeks,
          hours: hours(locale, settings.hoursPerWeek),
        }),
      };
    }
    case "language":
      return { code: "language", need: need.key, message: say(locale, "warning.language", { about, title, language: item.language ?? "" }) };
    case "excluded":
    case "completed":
      return { code: "excluded", need: need.key, message: say(locale, best.reason === "excluded" ? "warning.excluded" : "warning.completed", { about, title }) };
    case "currency":
      return { code: "currency", need: need.key, message: say(locale, "warning.currency", { title, currency: item.cost.currency, planCurrency: scored.currency, about }) };
    case "seats":
      return { code: "seats", need: need.key, message: say(locale, "warning.seats", { title, about }) };
    case "prerequisite":
      return { code: "prerequisite", need: need.key, message: say(locale, "warning.prerequisite", { title, about }) };
    default:
      return { code: "max-items", need: need.key, message: say(locale, "warning.maxItems", { max: settings.maxItems, about }) };
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
      explanation: explanation(settings.locale, reasons, needsById, item.kind, requiredBy),
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
    ...input.ignored.map((ignored) => answerWarning(settings.locale, ignored)),
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
    locale: settings.locale.code,
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

