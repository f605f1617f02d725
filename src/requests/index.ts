/**
 * Asking for the 360° feedback that is missing. A competency that matters
 * to someone's goals, challenges or blind spots but has too few recent
 * ratings cannot shape their plan; this module says whom to ask about it
 * and what. It lives outside the engine (`tailorplan/core` does not import
 * it), so apps that only make plans do not ship it.
 */
import { monthsBetween } from "../compose/calendar";
import { defaultTaxonomy } from "../data";
import { findNeeds } from "../needs";
import { summarizeFeedback, type CompetencyRatings } from "../needs/feedback";
import { createFuzzyWords } from "../needs/fuzzy";
import { createMatcher, type Matcher } from "../needs/matcher";
import type { Profile, Rating } from "../schema/profile";
import { resolveSettings, type Settings } from "../settings";
import type { Locale } from "../i18n/locale";
import { quote, speaker } from "../i18n/say";
import { REQUESTS_EN } from "./messages";
import { parseTeamProfiles } from "../team/profiles";
import { parseOptionsWith, parseProfile, parseTaxonomy, safely, type SafeResult } from "../validate/parse";
import { readBag } from "../validate/read";
import { FeedbackRequestOptionsSchema, type FeedbackAsk, type FeedbackRequest, type FeedbackRequestOptions, type RaterGroup } from "./schema";

const say = speaker(REQUESTS_EN);

/** How many people one colleague is asked to rate at most, in a team. */
export const MAX_PER_RATER = 5;

/** Options of {@link feedbackRequests}: the request options plus, optionally, a taxonomy other than the built-in one. */
export interface FeedbackRequestsOptions extends FeedbackRequestOptions {
  readonly taxonomy?: unknown;
}

/** Levels at which a person usually has direct reports to ask. */
const LEADS: ReadonlySet<string> = new Set(["lead", "manager"]);

const matchers = new WeakMap<object, Matcher>();
function matcherFor(taxonomy: unknown): Matcher {
  if (typeof taxonomy === "object" && taxonomy !== null) {
    const known = matchers.get(taxonomy);
    if (known) return known;
    const made = createMatcher(parseTaxonomy(taxonomy), { typos: createFuzzyWords });
    matchers.set(taxonomy, made);
    return made;
  }
  return createMatcher(parseTaxonomy(taxonomy), { typos: createFuzzyWords });
}

/** What matters to a person, by competency: the first thing that made it matter, in their words. */
interface Matter {
  readonly key: string;
  readonly why: string;
}

/**
 * The competencies colleagues can rate that a person's goals, challenges
 * and blind spots rest on: a competency itself; a challenge the person is
 * already rated on; else the competencies a challenge is related to (a job
 * demand such as overtime is nobody's skill, so it asks for nothing).
 */
function mattersOf(profile: Profile, matcher: Matcher, settings: Settings, rated: ReadonlySet<string>): Matter[] {
  const { locale } = settings;
  const out = new Map<string, Matter>();
  const add = (key: string, why: string) => {
    if (!out.has(key)) out.set(key, { key, why });
  };
  for (const need of findNeeds(profile, matcher, settings).needs) {
    const entry = matcher.entries.get(need.key);
    if (!entry) continue;
    if (need.type === "feedback") {
      if (need.pattern === "blind-spot") add(need.key, say(locale, "requests.blindSpot", { label: entry.label }));
      continue;
    }
    if (need.type !== "goal" && need.type !== "challenge") continue;
    const said = say(locale, need.type === "goal" ? "requests.goal" : "requests.said", { quote: quote(locale, need.source) });
    if (entry.kind === "competency" || rated.has(entry.key)) add(entry.key, say(locale, "requests.needs", { said, label: entry.label }));
    else if (entry.kind === "challenge" && !entry.demand) {
      for (const key of entry.related ?? []) {
        const related = matcher.entries.get(key);
        if (related?.kind === "competency") add(key, say(locale, "requests.restsOn", { said, challenge: entry.label, label: related.label }));
      }
    }
  }
  return [...out.values()];
}

interface Draft {
  readonly profile: Profile;
  readonly locale: Locale;
  readonly request: Omit<FeedbackRequest, "asks">;
  readonly asks: Array<{ group: RaterGroup; count: number }>;
}

function isStale(rating: Rating, profile: Profile, settings: Settings): boolean {
  const date = rating.ratedAt ?? profile.askedAt;
  return date !== undefined && monthsBetween(date, settings.asOf) >= settings.staleAfterMonths;
}

function draftsFor(profile: Profile, matcher: Matcher, options: FeedbackRequestOptions): Draft[] {
  const settings = resolveSettings(profile, options);
  const others = (profile.feedback ?? []).filter((r) => r.rater !== "self");
  const fresh = others.filter((r) => !isStale(r, profile, settings));
  const byKey = (ratings: readonly Rating[]) =>
    new Map(summarizeFeedback(ratings, matcher, settings).summaries.map((s) => [s.key, s] as const));
  const all = byKey(others);
  const recent = byKey(fresh);
  const { minRaters, raterWeights } = settings.feedback;
  const drafts: Draft[] = [];
  for (const { key, why } of mattersOf(profile, matcher, settings, new Set(all.keys()))) {
    const now: CompetencyRatings | undefined = recent.get(key);
    const raters = now?.raters ?? 0;
    if (raters >= minRaters) continue;
    const total = all.get(key)?.raters ?? 0;
    const reason = total === 0 ? "no-ratings" : total < minRaters ? "few-raters" : "stale";
    const label = matcher.entries.get(key)!.label;
    const because = say(settings.locale, reason === "no-ratings" ? "requests.noRatings" : reason === "few-raters" ? "requests.fewRaters" : "requests.stale", {
      total,
      min: minRaters,
      months: settings.staleAfterMonths,
    });
    // Ask each group whose voice counts and has nothing recent to say, then peers for the rest.
    const heard = new Set((now?.groups ?? []).map((g) => g.group));
    const counts = (group: RaterGroup) => raterWeights[group] > 0;
    let short = minRaters - raters;
    const asks: Draft["asks"] = [];
    if (counts("manager") && !heard.has("manager")) {
      asks.push({ group: "manager", count: 1 });
      short--;
    }
    const leads = (profile.level !== undefined && LEADS.has(profile.level)) || others.some((r) => r.rater === "report");
    if (leads && counts("report") && !heard.has("report") && short > 0) {
      asks.push({ group: "report", count: short });
      short = 0;
    }
    if (counts("peer") && (short > 0 || asks.length === 0)) asks.push({ group: "peer", count: Math.max(short, 1) });
    drafts.push({
      profile,
      locale: settings.locale,
      request: { ...(profile.id === undefined ? {} : { profileId: profile.id }), competency: key, label, reason, raters, why: say(settings.locale, "requests.why", { why: capitalize(why), because }) },
      asks,
    });
  }
  return drafts;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The question a rater of `group` gets, in the language of the plan of the person they rate. */
function questionFor(group: RaterGroup, draft: Draft, settings: Pick<Settings, "ratingScale">): string {
  const { locale, profile } = draft;
  const name = profile.name ?? say(locale, "requests.yourColleague");
  const scale = say(locale, "requests.scale", { min: settings.ratingScale.min, max: settings.ratingScale.max });
  return say(locale, `requests.${group}`, { name, label: draft.request.label, scale });
}

/**
 * Which colleagues rate whom, for a team: each peer ask goes to the
 * colleagues with the fewest people to rate so far, counting from the
 * person's own place in id order so the asks spread, and never to anyone
 * already asked to rate `cap` people. Asking one colleague about two
 * competencies of one person counts once: it is one person to rate.
 */
function assignPeers(drafts: readonly Draft[], ids: readonly string[], cap: number): Map<Draft["asks"][number], string[]> {
  const order = [...ids].sort();
  const place = new Map(order.map((id, i) => [id, i] as const));
  const rates = new Map<string, Set<string>>(order.map((id) => [id, new Set()]));
  const assigned = new Map<Draft["asks"][number], string[]>();
  const byPerson = new Map<string, Draft[]>();
  for (const draft of drafts) {
    const list = byPerson.get(draft.profile.id!) ?? [];
    list.push(draft);
    byPerson.set(draft.profile.id!, list);
  }
  // Round by round, each person's next request, so nobody's first request waits for another's last.
  const rounds = Math.max(0, ...[...byPerson.values()].map((list) => list.length));
  for (let round = 0; round < rounds; round++) {
    for (const person of order) {
      const draft = byPerson.get(person)?.[round];
      if (!draft) continue;
      for (const ask of draft.asks) {
        if (ask.group !== "peer") continue;
        const from = place.get(person)!;
        const candidates = order
          .filter((id) => id !== person && (rates.get(id)!.has(person) || rates.get(id)!.size < cap))
          .sort((a, b) => {
            const already = Number(rates.get(b)!.has(person)) - Number(rates.get(a)!.has(person));
            const distance = (id: string) => (place.get(id)! - from + order.length) % order.length;
            return already || rates.get(a)!.size - rates.get(b)!.size || distance(a) - distance(b);
          });
        const chosen = candidates.slice(0, ask.count).sort();
        for (const id of chosen) rates.get(id)!.add(person);
        assigned.set(ask, chosen);
      }
    }
  }
  return assigned;
}

/**
 * Lists the 360° feedback that is missing: for each person, the
 * competencies that matter to their goals, challenges and blind spots but
 * have fewer than `feedback.minRaters` other raters, or only ratings older
 * than `staleAfterMonths` (a rating's `ratedAt`, else the profile's
 * `askedAt`), with the groups to ask (manager, peers, reports) and a short
 * question for each. Given an array of profiles (each with an `id`), peers
 * are named from the team and no colleague is asked to rate more than
 * `maxPerRater` people (5 by default). Pure: `asOf` is today. Throws one
 * `ValidationError` naming every bad field.
 *
 * @example
 * ```ts
 * const requests = feedbackRequests(
 *   { id: "ana", name: "Ana", goals: ["negotiate bigger enterprise contracts"] },
 *   { asOf: "2026-01-05" },
 * );
 * requests[0]; // { competency: "negotiation", reason: "no-ratings", asks: [{ group: "manager", … }, { group: "peer", … }], … }
 * ```
 */
export function feedbackRequests(profiles: unknown, options: FeedbackRequestsOptions = {}): FeedbackRequest[] {
  const { taxonomy, ...rest } = readBag("options", options);
  const parsed = parseOptionsWith(FeedbackRequestOptionsSchema, rest);
  const matcher = matcherFor(taxonomy ?? defaultTaxonomy);
  const team = Array.isArray(profiles);
  const people = team ? parseTeamProfiles(profiles, parsed) : [parseProfile(profiles, parsed)];
  const scale = { ratingScale: parsed.ratingScale ?? { min: 1, max: 5 } };
  // Each person's requests in id order, so the same team in any order is asked the same way.
  const sorted = team ? [...people].sort((a, b) => (a.id! < b.id! ? -1 : a.id! > b.id! ? 1 : 0)) : people;
  const drafts = sorted.flatMap((profile) => draftsFor(profile, matcher, parsed));
  const named = team ? assignPeers(drafts, people.map((p) => p.id!), parsed.maxPerRater ?? MAX_PER_RATER) : undefined;
  const out = new Map<Profile, FeedbackRequest[]>();
  for (const draft of drafts) {
    const asks: FeedbackAsk[] = [];
    for (const ask of draft.asks) {
      const colleagues = named?.get(ask);
      const count = colleagues ? colleagues.length : ask.count;
      if (count === 0) continue;
      asks.push({ group: ask.group, count, ...(colleagues ? { colleagues } : {}), question: questionFor(ask.group, draft, scale) });
    }
    const short = draft.asks.some((ask) => ask.group === "peer" && (named?.get(ask)?.length ?? ask.count) < ask.count);
    const why = short ? `${draft.request.why} ${say(draft.locale, "requests.tooFew", { max: parsed.maxPerRater ?? MAX_PER_RATER })}` : draft.request.why;
    const list = out.get(draft.profile) ?? [];
    list.push({ ...draft.request, why, asks });
    out.set(draft.profile, list);
  }
  return people.flatMap((profile) => out.get(profile) ?? []);
}

/** {@link feedbackRequests} that returns `{ success, output | issues }` instead of throwing. */
export function safeFeedbackRequests(profiles: unknown, options: FeedbackRequestsOptions = {}): SafeResult<FeedbackRequest[]> {
  return safely(() => feedbackRequests(profiles, options));
}
