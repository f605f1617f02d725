import { compose } from "../compose/select";
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
import { readCheckIn } from "../recommender";
import { resolveSettings, type Settings } from "../settings";
import { parseTeamOptions } from "../validate/parse";
import { matchMentors, PAIR_HOURS, pairEnd, type Member, type PairDraft } from "./mentors";
import { parseTeamProfiles } from "./profiles";
import type { MentorPair, SharedUse, TeamPlan, TeamWarning } from "./schema";

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

function sidesOf(pair: PairDraft, matcher: Matcher, currency: string): { mentor: Side; mentee: Side } {
  const { mentor, mentee, key, label, start, weeks } = pair;
  const common = {
    kind: "mentoring" as const,
    hoursPerWeek: PAIR_HOURS,
    weeks,
    cost: { amount: 0, currency },
    format: "one-to-one" as const,
    availability: { starts: [start] },
  };
  return {
    mentor: {
      item: {
        ...common,
        id: `pair-mentor:${key}:${mentee.id}`,
        title: `Mentor ${mentee.name} in ${label}`,
        addresses: [key, ...MENTOR_KEYS.filter((k) => k !== key && matcher.entries.has(k)).map((k) => ({ key: k, strength: 0.8 }))],
      },
      pair: { role: "mentor", partnerId: mentee.id, need: key },
      text: `You mentor ${mentee.name} in ${label}, a colleague who needs it: your colleagues agree it is one of your strengths, and passing it on is recognition for it and a stretch.`,
    },
    mentee: {
      item: { ...common, id: `pair-mentee:${key}:${mentor.id}`, title: `Internal mentoring in ${label} with ${mentor.name}`, addresses: [key] },
      pair: { role: "mentee", partnerId: mentor.id, need: key },
      text: `${mentor.name}, a colleague strong in ${label}, mentors you in it, ${PAIR_HOURS} hour a week.`,
    },
  };
}

function pairReason(pair: PairDraft): string {
  const { mentee, menteeNeed: need, label } = pair;
  const why =
    need.type !== "feedback"
      ? `said “${need.source}”`
      : need.pattern === "blind-spot"
        ? "has a blind spot in it: colleagues rate it well below how they rate it themselves"
        : "is rated low in it by colleagues and self alike";
  return `${who(pair.mentor)} is rated strong in ${label} by colleagues and self alike; ${who(mentee)} ${why}.`;
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
 * from agreed strengths, and seats and a team budget shared so that the
 * people with the largest needs that nothing else can serve (no item free
 * of a seat limit and, with a team budget, free of cost) choose first.
 * The order of the profiles changes nothing but the order of `plans`.
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
    const checkIn = readCheckIn(context.revision, base, profile, resolveSettings(profile, options), { ...(mine ? { previous: mine } : {}), ...(said ? { progress: said } : {}) }, {
      previous: ["previous", "plans", id],
      progress: ["progress", id],
    });
    const { profile: planned, settings } = checkIn;
    const found = applyAnswers(findNeeds(planned, matcher, settings), planned, matcher, settings);
    return { id, name: profile.name ?? id, profile: planned, settings, checkIn, found, needs: found.needs, unconfirmed: found.unconfirmed };
  });
  const { pairs, warnings: pairWarnings } = matchMentors(members, matcher, mentorCapacity ?? TEAM_DEFAULTS.mentorCapacity);
  const sides = new Map<string, Side[]>();
  for (const pair of pairs) {
    const { mentor, mentee } = sidesOf(pair, matcher, base.currency);
    sides.set(pair.mentor.id, [...(sides.get(pair.mentor.id) ?? []), mentor]);
    sides.set(pair.mentee.id, [...(sides.get(pair.mentee.id) ?? []), mentee]);
  }
  const people: Person[] = members.map((member) => ({ ...member, sides: sides.get(member.id) ?? [] }));

  const seatsLeft = new Map<number, number>();
  for (const entry of base.items) {
    const seats = entry.item.availability?.seats;
    if (seats !== undefined && seats > 0) seatsLeft.set(entry.position, seats);
  }
  const seats = new Map([...seatsLeft].map(([position, count]) => [position, count] as const));
  const warnings: TeamWarning[] = [...pairWarnings];
  const pool = teamBudget ? { limit: teamBudget, left: teamBudget.amount } : undefined;
  const mismatched: string[] = [];

  /** The budget this person may spend: their own, capped by what is left of the team's. */
  const budgetOf = (person: Person, left: number): Money | null => {
    const mine = person.settings.budget;
    if (!pool) return mine;
    if (mine && mine.currency !== pool.limit.currency) return { amount: 0, currency: mine.currency };
    return { amount: Math.min(mine?.amount ?? Infinity, left), currency: pool.limit.currency };
  };
  const pinnedOf = (person: Person) => person.sides.map((_, i) => base.items.length + i);

  // Each person scored once, as if every seat and the whole team budget were theirs.
  const ideal = new Map<string, { index: CatalogIndex; scored: Scored; revised: Revised }>();
  for (const person of people) {
    const index = extend(base, person.sides.map((s) => s.item));
    const settings = pool ? { ...person.settings, budget: budgetOf(person, pool.limit.amount) } : person.settings;
    const scored = scoreItems(index, person.needs, person.profile, settings);
    const revised: Revised = context.revision ? context.revision.reviseScores(person.checkIn, index, person.needs, scored) : { scored, lowered: new Map(), notKept: new Map() };
    ideal.set(person.id, { index, scored: revised.scored, revised });
  }
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
    const plan = explain({ profile: person.profile, settings, index, ...person.found, scored, composition });
    const poolBound = fromPool && (person.settings.budget === null || budget!.amount < person.settings.budget.amount);
    if (poolBound) {
      // Short of the team's money only if a whole team budget would have paid for it.
      const room = Math.min(person.settings.budget?.amount ?? Infinity, pool!.limit.amount) - composition.cost;
      const wanted = [...composition.leftOut].some(([position, reason]) => reason === "budget" && index.items[position]!.item.cost.amount <= room + 1e-9);
      if (wanted) shortOfMoney.push(person.id);
    }
    const decorated = decorate(plan, person, poolBound);
    plans.set(person.id, context.revision ? context.revision.describeChanges(decorated, person.checkIn, start.revised, composition, index) : decorated);
  }

  for (const [position, ids] of [...turnedAway].sort((a, b) => (base.items[a[0]]!.item.id < base.items[b[0]]!.item.id ? -1 : 1))) {
    const item = base.items[position]!.item;
    warnings.push({
      code: "seats",
      itemId: item.id,
      profileIds: [...ids].sort(),
      message: `${seats.get(position) === 1 ? "The only seat" : `All ${seats.get(position)} seats`} of “${item.title}” ${seats.get(position) === 1 ? "is" : "are"} taken; it would also have served ${ids.length === 1 ? "1 more person" : `${ids.length} more people`}.`,
    });
  }
  if (pool && shortOfMoney.length > 0) {
    warnings.push({
      code: "team-budget",
      profileIds: [...shortOfMoney].sort(),
      message: `The team budget of ${pool.limit.amount} ${pool.limit.currency} is spent down to ${round2(pool.left)} ${pool.limit.currency}; ${shortOfMoney.length === 1 ? "1 person's plan leaves out" : `${shortOfMoney.length} people's plans leave out`} paid items that cost more than was left.`,
    });
  }
  if (pool && mismatched.length > 0) {
    warnings.push({
      code: "currency",
      profileIds: [...mismatched].sort(),
      message: `The team budget is in ${pool.limit.currency}; ${mismatched.length === 1 ? "1 person's own budget is" : `${mismatched.length} people's own budgets are`} in another currency, so nothing paid could be planned for them.`,
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
        reason: pairReason(pair),
        start: pair.start,
        end: pairEnd(pair),
        hoursPerWeek: PAIR_HOURS,
      }),
    ),
    shared,
    warnings,
  };
}

/** Marks this person's side of each pair and says, on that side, why the pair was made. */
function decorate(plan: Plan, person: Person, poolBound: boolean): Plan {
  const sides = new Map(person.sides.map((side) => [side.item.id, side] as const));
  return {
    ...plan,
    items: plan.items.map((item) => {
      const side = sides.get(item.id);
      return side ? { ...item, pair: { ...side.pair }, explanation: `${side.text} ${item.explanation}`.trim() } : item;
    }),
    // The money that ran out was the team's, not this person's own.
    warnings: poolBound ? plan.warnings.map((w) => (w.code === "budget" ? { ...w, message: w.message.replace(/^The budget of ([^ ]+ [A-Z]{3}) left /, "What was left of the team budget, $1, left ") } : w)) : plan.warnings,
  };
}
