import { compose, type Composition } from "../compose/select";
import { explain } from "../explain";
import { ValidationError } from "../errors";
import { findNeeds } from "../needs";
import { applyAnswers } from "../needs/answers";
import type { Matcher } from "../needs/matcher";
import type { NeedsResult } from "../needs/types";
import type { CatalogItem } from "../schema/catalog";
import type { Money } from "../schema/common";
import type { RecommendOptions } from "../schema/options";
import type { Plan, PlanItem } from "../schema/plan";
import { filterOf, indexCatalog, itemColumns, postingsOf, scoreItems, strongestFirst, type CatalogIndex, type FilterReason, type Scored } from "../score";
import type { CheckIn, Revised, RevisionStep } from "../revise";
import { readCheckIn, speakerFor } from "../recommender";
import { resolveSettings, type Settings } from "../settings";
import { parseTeamOptions } from "../validate/parse";
import { matchMentors, mentorsOf, PAIR_HOURS, pairEnd, type Holder, type Member, type PairDraft } from "./mentors";
import { parseTeamProfiles } from "./profiles";
import type { MentorPair, Recognition, SharedUse, TeamPlan, TeamWarning } from "./schema";
import type { Locale } from "../i18n/locale";
import { ENGLISH, list as listOf, num, quote, speaker } from "../i18n/say";
import { TEAM_EN } from "./messages";

const say = speaker(TEAM_EN);

/** Team defaults, frozen; documented in the README's team section. */
export const TEAM_DEFAULTS = Object.freeze({ mentorCapacity: 2 });

/** What a team plan is made from: the recommender's validated catalog index, matcher and defaults. */
export interface TeamContext {
  readonly index: CatalogIndex;
  readonly matcher: Matcher;
  readonly defaults: RecommendOptions;
  readonly revision?: RevisionStep;
}

interface Person extends Member {
  readonly checkIn: CheckIn;
  /** What was read from this person's words, answers applied. */
  readonly found: NeedsResult;
  /** This person's side of each pair, as catalog items only their plan has. */
  readonly sides: readonly Side[];
}

interface Side {
  readonly item: CatalogItem;
  readonly pair: NonNullable<PlanItem["pair"]>;
  readonly text: string;
}

/** Keys the mentor's side also serves: mentoring is recognition and a chance to help others grow. */
const MENTOR_KEYS = ["recognition", "helping-others", "coaching-others"] as const;
/** For a hidden strength, being asked to mentor is recognition, a stretch and a reason to trust it. */
const HIDDEN_MENTOR_KEYS = ["recognition", "confidence", "challenge", "helping-others"] as const;

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const round2 = (value: number) => Math.round(value * 100) / 100;
const who = (m: Member) => (m.profile.name === undefined ? m.id : `${m.profile.name} (${m.id})`);

function mergeOptions(defaults: RecommendOptions, options: RecommendOptions): RecommendOptions {
  const merged: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(options)) if (value !== undefined) merged[key] = value;
  return merged as RecommendOptions;
}

/** The catalog index plus items only one person's plan may hold; positions of the catalog stay as they are. */
function extend(base: CatalogIndex, extra: readonly CatalogItem[]): CatalogIndex {
  if (extra.length === 0) return base;
  const own = indexCatalog([...extra]);
  const offset = base.items.length;
  const items = [...base.items, ...own.items.map((entry) => ({ ...entry, position: entry.position + offset }))];
  const byKey = new Map(base.byKey);
  const postings = new Map(base.postings);
  for (const [key, list] of own.byKey) {
    const merged = [...(base.byKey.get(key) ?? []), ...list.map(([p, s]) => [p + offset, s] as const)].sort(strongestFirst);
    byKey.set(key, merged);
    postings.set(key, postingsOf(new Map([[key, merged]])).get(key)!);
  }
  const ids = new Map(base.byId);
  own.items.forEach((entry) => ids.set(entry.item.id, entry.position + offset));
  return { items, kinds: items.map((entry) => entry.item.kind), columns: itemColumns(items), byId: ids, byKey, postings, currency: base.currency };
}

/** The index with every seat of `full` taken, so scoring sets those items aside as "seats". */
function withoutSeats(base: CatalogIndex, full: ReadonlySet<number>): CatalogIndex {
  if (full.size === 0) return base;
  const items = base.items.map((entry) =>
    full.has(entry.position) ? { ...entry, item: { ...entry.item, availability: { ...entry.item.availability, seats: 0 } } } : entry,
  );
  return { ...base, items };
}

const oneDecimal = (locale: Locale, value: number, max: number) => `${num(locale, Math.round(value * 10) / 10, 1)}/${max}`;

/**
 * The language of what the team plan says about the whole team (pairs'
 * reasons, whom to thank, team warnings): the one every member's plan
 * speaks, else English. Each person's own plan speaks their own language.
 */
function teamLocale(members: readonly Member[]): Locale {
  const first = members[0]?.settings.locale;
  return first && members.every((m) => m.settings.locale.code === first.code) ? first : ENGLISH;
}

/** Each side of a pair speaks its own person's language. */
function sidesOf(pair: PairDraft, matcher: Matcher, currency: string): { mentor: Side; mentee: Side } {
  const { mentor, mentee, key, label, start, weeks, holder } = pair;
  const common = {
    kind: "mentoring" as const,
    hoursPerWeek: PAIR_HOURS,
    weeks,
    cost: { amount: 0, currency },
    format: "one-to-one" as const,
    availability: { starts: [start] },
  };
  const extra = holder.hidden ? HIDDEN_MENTOR_KEYS : MENTOR_KEYS;
  const max = mentor.settings.ratingScale.max;
  const mine = mentor.settings.locale;
  const theirs = mentee.settings.locale;
  const mentorText = say(mine, !holder.hidden ? "team.mentor.agreed" : holder.self === undefined ? "team.mentor.hidden" : "team.mentor.hiddenSelf", {
    mentee: mentee.name,
    label,
    level: oneDecimal(mine, holder.level, max),
    self: holder.self === undefined ? "" : oneDecimal(mine, holder.self, max),
  });
  return {
    mentor: {
      item: {
        ...common,
        id: `pair-mentor:${key}:${mentee.id}`,
        title: say(mine, "team.mentor.title", { mentee: mentee.name, label }),
        addresses: [key, ...extra.filter((k) => k !== key && matcher.entries.has(k)).map((k) => ({ key: k, strength: 0.8 }))],
      },
      pair: { role: "mentor", partnerId: mentee.id, need: key },
      text: mentorText,
    },
    mentee: {
      item: { ...common, id: `pair-mentee:${key}:${mentor.id}`, title: say(theirs, "team.mentee.title", { label, mentor: mentor.name }), addresses: [key] },
      pair: { role: "mentee", partnerId: mentor.id, need: key },
      text: say(theirs, "team.mentee.text", { mentor: mentor.name, label, hours: PAIR_HOURS }),
    },
  };
}

function pairReason(locale: Locale, pair: PairDraft): string {
  const { mentee, menteeNeed: need, label, holder } = pair;
  const why =
    need.type !== "feedback"
      ? say(locale, "team.pair.said", { quote: quote(locale, need.source) })
      : say(locale, need.pattern === "blind-spot" ? "team.pair.blindSpot" : "team.pair.low", { label });
  const strong = say(locale, holder.hidden ? "team.pair.strongHidden" : "team.pair.strong", { label });
  return say(locale, "team.pair", { mentor: who(pair.mentor), strong, mentee: who(mentee), why });
}

/** A person's plan with their sides of pairs so far, under the limits they would have alone. */
interface Trial {
  readonly index: CatalogIndex;
  readonly scored: Scored;
  readonly composition: Composition;
}

/** The score of the catalog items `now` has and `next` lost, less those `next` took in instead; never below 0. */
function lossBetween(now: Trial, next: Trial, catalogSize: number): number {
  const inPlan = (t: Trial) => new Set(t.composition.chosen.filter((c) => c.position < catalogSize).map((c) => c.position));
  const before = inPlan(now);
  const after = inPlan(next);
  let loss = 0;
  for (const c of now.scored.candidates) if (before.has(c.position) && !after.has(c.position)) loss += c.score;
  for (const c of next.scored.candidates) if (after.has(c.position) && !before.has(c.position)) loss -= c.score;
  return Math.max(0, loss);
}

/**
 * A person's scoring with sides of pairs appended at `offset`: the catalog's
 * candidates as they were, the sides scored on their own, merged in score
 * order, so pairing tries a plan without scoring the catalog again.
 */
function withSides(scored: Scored, sides: readonly Side[], person: Member, settings: Settings, offset: number): Scored {
  const own = scoreItems(indexCatalog(sides.map((side) => side.item)), person.needs, person.profile, settings);
  const candidates = [...scored.candidates, ...own.candidates.map((c) => ({ ...c, position: c.position + offset }))].sort(
    (a, b) => b.score - a.score || a.position - b.position,
  );
  const filtered = new Map(scored.filtered);
  for (const [position, reason] of own.filtered) filtered.set(position + offset, reason);
  return { candidates, filtered, currency: scored.currency };
}

/**
 * How much of this person's needs the usable items cannot meet: each need's
 * weight times what is missing from the best match (an item on the need's
 * own key at full strength meets it all; one on a related key, half).
 */
function uncoveredWeight(person: Person, candidates: Scored["candidates"]): number {
  const best = new Float64Array(person.needs.length);
  for (const candidate of candidates) {
    for (const { need, value } of candidate.contributions) {
      const n = person.needs[need]!;
      const scale = n.kindFactor[candidate.kind] * n.weight * n.confidence;
      if (scale > 0) best[need] = Math.max(best[need]!, Math.min(1, value / scale));
    }
  }
  return person.needs.reduce((sum, need, n) => sum + need.weight * need.confidence * (1 - best[n]!), 0);
}

/** Filter reasons that fewer seats and less money cannot change: checked before both, or "budget" itself. */
const STAYS: ReadonlySet<FilterReason> = new Set(["excluded", "completed", "language", "hours", "currency", "budget"]);

/**
 * A person's scoring under what the shared limits now leave: the same
 * scoring with the items whose seats ran out checked again by the hard
 * filter, and the others held to what is left of the money, so the result
 * is what scoring from scratch would give, at a fraction of it.
 */
function narrowed(scored: Scored, index: CatalogIndex, person: Person, settings: Settings, full: ReadonlySet<number>): Scored {
  const done = new Set(person.profile.constraints?.completed ?? []);
  const excluded = new Set(person.profile.constraints?.exclude ?? []);
  const budget = settings.budget;
  let filtered: Map<number, FilterReason> | undefined;
  // A candidate passed every check with more money and more seats: only the budget or the seats can stop it now.
  const reason = (position: number): FilterReason | undefined =>
    full.has(position)
      ? filterOf(index.items[position]!, index, person.profile, settings, scored.currency, done, excluded)
      : budget && index.items[position]!.item.cost.amount > budget.amount
        ? "budget"
        : undefined;
  for (const [position, before] of scored.filtered) {
    // Reasons checked before money and seats cannot change, and less money only keeps "budget".
    if (STAYS.has(before) || !(full.has(position) || budget)) continue;
    const now = filterOf(index.items[position]!, index, person.profile, settings, scored.currency, done, excluded);
    if (now !== undefined && now !== before) (filtered ??= new Map(scored.filtered)).set(position, now);
  }
  const candidates = scored.candidates.filter((c) => {
    const now = reason(c.position);
    if (now === undefined) return true;
    (filtered ??= new Map(scored.filtered)).set(c.position, now);
    return false;
  });
  return filtered ? { ...scored, candidates, filtered } : scored;
}

/**
 * Plans for a whole team: every person's plan, internal mentoring pairs
 * from the strengths colleagues see (decided with the plans, so a pair
 * gets its hour when it is worth more than what it displaces), the people
 * to thank, and seats and a team budget shared so that the
 * people with the largest needs that nothing else can serve (no item free
 * of a seat limit and, with a team budget, free of cost) choose first.
 * The order of the profiles changes nothing but the order of `plans`.
 *
 * Exported from `tailorplan` as `team`: the step a `tailorplan/core`
 * recommender needs for `recommendForTeam`.
 *
 * @example
 * ```ts
 * import { createRecommender } from "tailorplan/core";
 * import { team } from "tailorplan";
 * const r = createRecommender({ catalog, taxonomy, team });
 * r.recommendForTeam([{ id: "ana", goals: ["learn SQL"] }], { asOf: "2026-01-05" });
 * ```
 */
export function runTeam(context: TeamContext, profilesInput: unknown, optionsInput: unknown): TeamPlan {
  const { teamBudget, mentorCapacity, previous, progress, ...own } = parseTeamOptions(optionsInput);
  // A recommender's default `previous` is one person's plan: a team revises only the team plan it is given.
  const { previous: _previous, progress: _progress, ...defaults } = context.defaults;
  const options = mergeOptions(defaults, own);
  const profiles = parseTeamProfiles(profilesInput, options);
  const { index: base, matcher } = context;
  const ids = new Set(profiles.map((profile) => profile.id!));
  for (const id of Object.keys(progress ?? {})) {
    if (!ids.has(id)) throw new ValidationError("options", [{ path: ["progress", id], message: "is not the id of a profile in this team" }]);
  }

  const members = profiles.map((profile) => {
    const id = profile.id!;
    const mine = previous && Object.hasOwn(previous.plans, id) ? previous.plans[id] : undefined;
    const said = progress && Object.hasOwn(progress, id) ? progress[id] : undefined;
    const speaker = speakerFor(matcher, profile, options);
    const checkIn = readCheckIn(context.revision, base, profile, { ...resolveSettings(profile, options), locale: speaker.locale }, { ...(mine ? { previous: mine } : {}), ...(said ? { progress: said } : {}) }, {
      previous: ["previous", "plans", id],
      progress: ["progress", id],
    });
    const { profile: planned, settings } = checkIn;
    const found = applyAnswers(findNeeds(planned, speaker, settings), planned, speaker, settings);
    return { id, name: profile.name ?? id, profile: planned, settings, checkIn, found, needs: found.needs, unconfirmed: found.unconfirmed };
  });
  const pool = teamBudget ? { limit: teamBudget, left: teamBudget.amount } : undefined;
  /** The budget this person may spend: their own, capped by what is left of the team's. */
  const budgetOf = (person: Member, left: number): Money | null => {
    const mine = person.settings.budget;
    if (!pool) return mine;
    if (mine && mine.currency !== pool.limit.currency) return { amount: 0, currency: mine.currency };
    return { amount: Math.min(mine?.amount ?? Infinity, left), currency: pool.limit.currency };
  };
  /** A person's limits as if every seat and the whole team budget were theirs. */
  const aloneOf = (person: Member): Settings => (pool ? { ...person.settings, budget: budgetOf(person, pool.limit.amount) } : person.settings);

  // Pairs are decided with the plans: each side's plan, under the limits the person would have alone, says whether it has room.
  const alone = new Map<string, Scored>();
  const booked = new Map<string, Side[]>();
  const current = new Map<string, Trial>();
  /** A person's scoring with their sides of pairs added to what the catalog alone gives them. */
  const scoredWith = (person: Member, sides: readonly Side[]): { index: CatalogIndex; scored: Scored } => {
    let scored = alone.get(person.id);
    if (!scored) alone.set(person.id, (scored = scoreItems(base, person.needs, person.profile, aloneOf(person))));
    return sides.length === 0 ? { index: base, scored } : { index: extend(base, sides.map((side) => side.item)), scored: withSides(scored, sides, person, aloneOf(person), base.items.length) };
  };
  const build = (person: Member, sides: readonly Side[]): Trial => {
    const { index, scored } = scoredWith(person, sides);
    const composition = compose(index, scored, person.needs, person.profile, aloneOf(person), sides.map((_, i) => base.items.length + i));
    return { index, scored, composition };
  };
  const planOf = (person: Member): Trial => {
    let known = current.get(person.id);
    if (!known) current.set(person.id, (known = build(person, booked.get(person.id) ?? [])));
    return known;
  };
  // What one more side costs a full plan: the same for every partner, so tried once per plan, key, dates and kind of side.
  // The trial's side names one partner: only its price is kept, and a pair made is planned afresh with its own side.
  const tried = new Map<string, number | null>();
  const lossOf = (pair: PairDraft): { loss: number } | undefined => {
    const person = pair.mentor;
    const now = planOf(person);
    const { settings } = person;
    if (now.composition.chosen.length < settings.maxItems && now.composition.peak + PAIR_HOURS <= settings.hoursPerWeek + 1e-9) return { loss: 0 };
    const sides = booked.get(person.id) ?? [];
    const at = `${person.id}\u0000${sides.length}\u0000${pair.key}\u0000${pair.start}\u0000${pair.weeks}`;
    let known = tried.get(at);
    if (known === undefined) {
      const next = build(person, [...sides, sidesOf(pair, matcher, base.currency).mentor]);
      const pin = base.items.length + sides.length;
      known = next.composition.chosen.some((c) => c.position === pin) ? lossBetween(now, next, base.items.length) : null;
      tried.set(at, known);
    }
    return known === null ? undefined : { loss: known };
  };
  // One side of a pair is worth the same to a person whoever the partner is: scored once per person, key and kind of side.
  const worths = new Map<string, number>();
  const worth = (person: Member, role: "mentor" | "mentee", pair: PairDraft): number => {
    const hidden = role === "mentor" && pair.holder.hidden;
    const at = `${person.id}\u0000${role}\u0000${pair.key}\u0000${hidden}`;
    let value = worths.get(at);
    if (value === undefined) {
      const side = sidesOf(pair, matcher, base.currency)[role];
      value = scoreItems(indexCatalog([side.item]), person.needs, person.profile, aloneOf(person)).candidates[0]?.score ?? 0;
      worths.set(at, value);
    }
    return value;
  };
  /**
   * The displacement rule: a pair is made when the mentor's plan has an
   * hour and an item to spare; when it is full, the plan is composed again
   * with the pair in it, and the pair is made only if it is worth more (the
   * mentee side's score for the mentee plus the mentor side's score for the
   * mentor: recognition, helping others, a stretch) than what the plan then
   * loses: the optional catalog items it leaves out (its least valuable
   * first), less any it takes in instead. The mentee's side serves the
   * mentee's own need and takes its hour first, as any item that meets
   * that need would.
   */
  const hold = (pair: PairDraft): boolean => {
    const cost = lossOf(pair);
    if (!cost) return false;
    if (cost.loss > 0 && worth(pair.mentee, "mentee", pair) + worth(pair.mentor, "mentor", pair) <= cost.loss) return false;
    const sides = sidesOf(pair, matcher, base.currency);
    for (const [person, side] of [[pair.mentor, sides.mentor], [pair.mentee, sides.mentee]] as const) {
      booked.set(person.id, [...(booked.get(person.id) ?? []), side]);
      current.delete(person.id);
    }
    return true;
  };
  const holders = mentorsOf(members, matcher);
  const locale = teamLocale(members);
  const { pairs, warnings: pairWarnings } = matchMentors(members, holders, matcher, mentorCapacity ?? TEAM_DEFAULTS.mentorCapacity, hold, locale);
  const people: Person[] = members.map((member) => ({ ...member, sides: booked.get(member.id) ?? [] }));

  const seatsLeft = new Map<number, number>();
  for (const entry of base.items) {
    const seats = entry.item.availability?.seats;
    if (seats !== undefined && seats > 0) seatsLeft.set(entry.position, seats);
  }
  const seats = new Map([...seatsLeft].map(([position, count]) => [position, count] as const));
  const warnings: TeamWarning[] = [...pairWarnings];
  const mismatched: string[] = [];
  const pinnedOf = (person: Person) => person.sides.map((_, i) => base.items.length + i);

  // Each person scored once, as if every seat and the whole team budget were theirs (a plan tried while pairing already was).
  const ideal = new Map<string, { index: CatalogIndex; scored: Scored; revised: Revised }>();
  for (const person of people) {
    const tried = current.get(person.id);
    const { index, scored } = tried ? { index: tried.index, scored: tried.scored } : scoredWith(person, person.sides);
    const revised: Revised = context.revision ? context.revision.reviseScores(person.checkIn, index, person.needs, scored) : { scored, lowered: new Map(), notKept: new Map() };
    ideal.set(person.id, { index, scored: revised.scored, revised });
  }
  current.clear();
  alone.clear();
  const isShared = (position: number, index: CatalogIndex) => seatsLeft.has(position) || (pool !== undefined && index.items[position]!.item.cost.amount > 0);

  // Who goes first: the largest weight of needs that nothing outside the shared seats and money can serve.
  let order = [...people].sort(byId);
  if (seatsLeft.size > 0 || pool) {
    const left = new Map<string, number>();
    for (const person of order) {
      const { index, scored } = ideal.get(person.id)!;
      left.set(person.id, uncoveredWeight(person, scored.candidates.filter((c) => !isShared(c.position, index))));
    }
    order = order.sort((a, b) => left.get(b.id)! - left.get(a.id)! || byId(a, b));
  }

  const plans = new Map<string, Plan>();
  const full = new Set<number>();
  const turnedAway = new Map<number, string[]>();
  const shortOfMoney: string[] = [];
  for (const person of order) {
    const budget = budgetOf(person, pool?.left ?? 0);
    if (pool && person.settings.budget && person.settings.budget.currency !== pool.limit.currency) mismatched.push(person.id);
    const settings = pool ? { ...person.settings, budget } : person.settings;
    const start = ideal.get(person.id)!;
    ideal.delete(person.id); // let each scoring go once used: a large team holds less at a time
    const index = withoutSeats(start.index, full);
    const scored = narrowed(start.scored, index, person, settings, full);
    const composition = compose(index, scored, person.needs, person.profile, settings, pinnedOf(person), start.revised.kept);
    for (const [position, reason] of scored.filtered) {
      if (reason !== "seats" || !seatsLeft.has(position)) continue;
      const ids = turnedAway.get(position);
      if (ids) ids.push(person.id);
      else turnedAway.set(position, [person.id]);
    }
    for (const { position } of composition.chosen) {
      const left = seatsLeft.get(position);
      if (left === undefined) continue;
      seatsLeft.set(position, left - 1);
      if (left - 1 === 0) full.add(position);
    }
    const fromPool = pool !== undefined && budget !== null && budget.currency === pool.limit.currency;
    // Never below 0: a rounding crumb under it would make even free items cost too much.
    if (pool && fromPool) pool.left = Math.max(0, pool.left - composition.cost);
    const poolBound = fromPool && (person.settings.budget === null || budget!.amount < person.settings.budget.amount);
    // The money that ran out was the team's, not this person's own: the budget warning says so.
    const plan = explain({ profile: person.profile, settings, index, ...person.found, scored, composition, teamBudget: poolBound });
    if (poolBound) {
      // Short of the team's money only if a whole team budget would have paid for it.
      const room = Math.min(person.settings.budget?.amount ?? Infinity, pool!.limit.amount) - composition.cost;
      const wanted = [...composition.leftOut].some(([position, reason]) => reason === "budget" && index.items[position]!.item.cost.amount <= room + 1e-9);
      if (wanted) shortOfMoney.push(person.id);
    }
    const decorated = decorate(plan, person);
    plans.set(person.id, context.revision ? context.revision.describeChanges(decorated, person.checkIn, start.revised, composition, index) : decorated);
  }

  for (const [position, ids] of [...turnedAway].sort((a, b) => (base.items[a[0]]!.item.id < base.items[b[0]]!.item.id ? -1 : 1))) {
    const item = base.items[position]!.item;
    warnings.push({
      code: "seats",
      itemId: item.id,
      profileIds: [...ids].sort(),
      message: say(locale, "team.seats", { seats: seats.get(position)!, title: quote(locale, item.title), people: ids.length }),
    });
  }
  if (pool && shortOfMoney.length > 0) {
    warnings.push({
      code: "team-budget",
      profileIds: [...shortOfMoney].sort(),
      message: say(locale, "team.budget", {
        budget: `${num(locale, pool.limit.amount)} ${pool.limit.currency}`,
        left: `${num(locale, round2(pool.left))} ${pool.limit.currency}`,
        people: shortOfMoney.length,
      }),
    });
  }
  if (pool && mismatched.length > 0) {
    warnings.push({
      code: "currency",
      profileIds: [...mismatched].sort(),
      message: say(locale, "team.currency", { currency: pool.limit.currency, people: mismatched.length }),
    });
  }

  const shared: SharedUse = {
    budget: pool ? { limit: { ...pool.limit }, spent: round2(pool.limit.amount - pool.left) } : null,
    seats: [...seats]
      .map(([position, count]) => ({ position, count, taken: count - seatsLeft.get(position)! }))
      .filter(({ position, taken }) => taken > 0 || turnedAway.has(position))
      .map(({ position, count, taken }) => ({ id: base.items[position]!.item.id, title: base.items[position]!.item.title, seats: count, taken }))
      .sort(byId),
  };
  return {
    plans: Object.fromEntries(people.map((person) => [person.id, plans.get(person.id)!])),
    pairs: pairs.map(
      (pair): MentorPair => ({
        mentorId: pair.mentor.id,
        menteeId: pair.mentee.id,
        need: pair.key,
        label: pair.label,
        reason: pairReason(locale, pair),
        start: pair.start,
        end: pairEnd(pair),
        hoursPerWeek: PAIR_HOURS,
      }),
    ),
    shared,
    warnings,
    recognition: recognitionOf(locale, members, holders, pairs),
  };
}

/**
 * The people HR can thank: everyone whose colleagues rate them strong in a
 * competency (the same test that makes a mentor), and the mentees they took
 * on in it, with what colleagues wrote. Never who rated.
 */
function recognitionOf(locale: Locale, members: readonly Member[], holders: ReadonlyMap<string, readonly Holder[]>, pairs: readonly PairDraft[]): Recognition[] {
  const mentees = new Map<string, string[]>();
  for (const pair of pairs) {
    const at = `${pair.mentor.id}\u0000${pair.key}`;
    mentees.set(at, [...(mentees.get(at) ?? []), pair.mentee.id]);
  }
  const out: Recognition[] = [];
  for (const [key, list] of holders) {
    for (const holder of list) {
      const { member } = holder;
      const taken = [...(mentees.get(`${member.id}\u0000${key}`) ?? [])].sort();
      const label = holder.label;
      const names = taken.map((id) => members.find((m) => m.id === id)!.name);
      const words = { raters: holder.raters, name: member.name, label, rating: oneDecimal(locale, holder.level, member.settings.ratingScale.max), mentees: listOf(locale, names) };
      out.push({
        profileId: member.id,
        ...(member.profile.name === undefined ? {} : { name: member.profile.name }),
        need: key,
        label,
        rating: Math.round(holder.level * 10) / 10,
        raters: holder.raters,
        mentees: taken,
        comments: [...holder.comments],
        text: say(locale, taken.length > 0 ? "team.recognition.mentors" : "team.recognition", words),
      });
    }
  }
  return out.sort((a, b) => (a.profileId < b.profileId ? -1 : a.profileId > b.profileId ? 1 : a.need < b.need ? -1 : a.need > b.need ? 1 : 0));
}

/** Marks this person's side of each pair and says, on that side, why the pair was made. */
function decorate(plan: Plan, person: Person): Plan {
  const sides = new Map(person.sides.map((side) => [side.item.id, side] as const));
  return {
    ...plan,
    items: plan.items.map((item) => {
      const side = sides.get(item.id);
      return side ? { ...item, pair: { ...side.pair }, explanation: `${side.text} ${item.explanation}`.trim() } : item;
    }),
  };
}
