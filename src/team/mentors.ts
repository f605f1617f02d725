import { daysBetween, shiftDays } from "../compose/calendar";
import { summarizeFeedback } from "../needs/feedback";
import type { Matcher } from "../needs/matcher";
import type { DraftNeed } from "../needs/types";
import type { Profile } from "../schema/profile";
import type { Settings } from "../settings";
import type { TeamWarning } from "./schema";
import type { Locale } from "../i18n/locale";
import { speaker } from "../i18n/say";
import { TEAM_EN } from "./messages";

const say = speaker(TEAM_EN);

/** Weekly hours an internal mentoring pair asks of each side. */
export const PAIR_HOURS = 1;
/** How long a pair meets, shortened to fit both plans' horizons. */
export const PAIR_WEEKS = 12;
/** Shorter than this a pair is not worth starting. */
const MIN_PAIR_WEEKS = 4;
/**
 * Mentors whose full plans value their hour more than a pair, after which a
 * need stops looking: past the strongest few, a large team would try
 * hundreds of plans for a need that each of them values less.
 */
const MAX_DECLINED = 8;

/** One person of the team, with what the pipeline found for them. */
export interface Member {
  readonly id: string;
  /** The name the other side of a pair reads: `name`, else the id. */
  readonly name: string;
  readonly profile: Profile;
  readonly settings: Settings;
  readonly needs: readonly DraftNeed[];
  /** Needs read unsure and not answered yet: they choose no mentor, and keep their holder from mentoring in them. */
  readonly unconfirmed: readonly DraftNeed[];
}

/** A pair before plans are made: who, on which key, from which need on each side, and when. */
export interface PairDraft {
  readonly mentor: Member;
  readonly mentee: Member;
  readonly key: string;
  /** The competency's label in the taxonomy: never a complaint's wording. */
  readonly label: string;
  readonly holder: Holder;
  readonly menteeNeed: DraftNeed;
  readonly start: string;
  readonly weeks: number;
}

const STRENGTHS = new Set(["agreed-strength", "hidden-strength"]);

/** One person who may mentor a competency: colleagues rate them strong in it. */
export interface Holder {
  readonly member: Member;
  /** The competency's label in the taxonomy. */
  readonly label: string;
  /** Their own need on the key when the ratings show a pattern (agreed or hidden strength); none when self sits between. */
  readonly need: DraftNeed | undefined;
  /** The others' mean, which orders mentors (strongest first). */
  readonly level: number;
  readonly self: number | undefined;
  /** Self well below others: a hidden strength, for which being asked to mentor is recognition and a stretch. */
  readonly hidden: boolean;
  readonly raters: number;
  /** What colleagues wrote beside their ratings, sorted so the order never tells who wrote which. */
  readonly comments: readonly string[];
}

/**
 * Who may mentor what, decided by the others' ratings: a mean at or above
 * `feedback.high` from at least `minRaters` raters other than the person
 * makes them eligible for that competency whatever they rate themselves.
 * A blind spot or an agreed low cannot sit beside such a mean, so nobody
 * weak in a competency mentors it; nor does someone who says they need it.
 */
export function mentorsOf(members: readonly Member[], matcher: Matcher): Map<string, Holder[]> {
  const holders = new Map<string, Holder[]>();
  for (const member of [...members].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const ratings = member.profile.feedback;
    if (!ratings || ratings.length === 0) continue;
    const { high, minRaters } = member.settings.feedback;
    const ownWords = new Set(ratings.flatMap((r) => (r.rater === "self" && r.comment !== undefined ? [r.comment.trim()] : [])));
    for (const summary of summarizeFeedback(ratings, matcher, member.settings).summaries) {
      if (summary.others === undefined || summary.raters < minRaters || summary.others < high) continue;
      if (summary.pattern === "blind-spot" || summary.pattern === "agreed-low") continue;
      const own = member.needs.filter((n) => n.key === summary.key);
      // A mentor who also says they need it (or may have: a reading we asked about) is not the one to teach it.
      if (own.some((n) => n.pattern === undefined || !STRENGTHS.has(n.pattern)) || member.unconfirmed.some((n) => n.key === summary.key)) continue;
      const list = holders.get(summary.key) ?? [];
      list.push({
        member,
        label: summary.label,
        need: own[0],
        level: summary.others,
        self: summary.self,
        // Strong in the others' eyes and not agreed: the person rates themself lower than colleagues do.
        hidden: summary.pattern !== "agreed-strength",
        raters: summary.raters,
        comments: summary.comments.filter((c) => !ownWords.has(c)),
      });
      holders.set(summary.key, list);
    }
  }
  // The strongest first, equals by id: the same team in any order gives the same mentors.
  for (const list of holders.values()) list.sort((a, b) => b.level - a.level || (a.member.id < b.member.id ? -1 : a.member.id > b.member.id ? 1 : 0));
  return holders;
}

/**
 * Whether both plans can hold a pair, and at what price. Answers `true`
 * when the pair is made (the caller has then booked it into both plans),
 * `false` when a side has no room for it or the pair is worth less than what
 * it would push out.
 */
export type HoldPair = (pair: PairDraft) => boolean;

/**
 * Internal mentor matching. Colleagues' ratings decide who may mentor
 * ({@link mentorsOf}); the largest needs (weight × confidence × how much
 * mentoring helps that need) choose first, each trying the free mentors
 * strongest in it first (ties by id), so the same team always gives the
 * same pairs whatever the order of the profiles. `hold` decides with the
 * two plans whether the pair gets its hour. Never self, never beyond
 * `capacity` mentees, never beyond either side's weekly hours or items.
 */
export function matchMentors(
  members: readonly Member[],
  holders: ReadonlyMap<string, readonly Holder[]>,
  matcher: Matcher,
  capacity: number,
  hold: HoldPair,
  /** The language of the warnings: the team's. */
  locale: Locale,
): { pairs: PairDraft[]; warnings: TeamWarning[] } {
  const sorted = [...members].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const wants: Array<{ mentee: Member; need: DraftNeed; value: number }> = [];
  for (const mentee of sorted) {
    const best = new Map<string, { need: DraftNeed; value: number }>();
    for (const need of mentee.needs) {
      if (need.pattern !== undefined && STRENGTHS.has(need.pattern)) continue;
      if (!holders.has(need.key)) continue;
      const value = need.weight * need.confidence * need.kindFactor.mentoring;
      const seen = best.get(need.key);
      if (!seen || value > seen.value) best.set(need.key, { need, value });
    }
    for (const { need, value } of best.values()) wants.push({ mentee, need, value });
  }
  wants.sort((a, b) => b.value - a.value || (a.mentee.id < b.mentee.id ? -1 : a.mentee.id > b.mentee.id ? 1 : 0) || (a.need.key < b.need.key ? -1 : 1));

  const mentees = new Map<string, number>();
  const hours = new Map<string, number>();
  const items = new Map<string, number>();
  const couples = new Set<string>();
  // Pairs alone must fit a week and the item limit: what else they displace is for `hold` to weigh.
  const hasTime = (m: Member) =>
    (hours.get(m.id) ?? 0) + PAIR_HOURS <= m.settings.hoursPerWeek + 1e-9 && (items.get(m.id) ?? 0) + 1 <= m.settings.maxItems;
  const pairs: PairDraft[] = [];
  const blocked = new Map<string, { code: "mentor-capacity" | "mentor-time"; key: string; label: string; ids: string[] }>();

  // Mentors who reached capacity leave the lists, so a large team does not look at them again.
  const open = new Map<string, Holder[]>([...holders].map(([key, list]) => [key, capacity > 0 ? [...list] : []]));
  for (const { mentee, need } of wants) {
    if (!holders.get(need.key)!.some((h) => h.member.id !== mentee.id)) continue;
    const list = open.get(need.key)!;
    let made = false;
    let free = 0;
    let declined = 0;
    for (const holder of list) {
      if (holder.member.id === mentee.id || couples.has(`${holder.member.id}\u0000${mentee.id}`)) continue;
      free++;
      if (!hasTime(mentee)) break;
      if (!hasTime(holder.member)) continue;
      const window = sharedWindow(holder.member.settings, mentee.settings);
      if (!window) continue;
      const label = matcher.entries.get(need.key)!.label;
      const pair: PairDraft = { mentor: holder.member, mentee, key: need.key, label, holder, menteeNeed: need, ...window };
      if (!hold(pair)) {
        if (++declined >= MAX_DECLINED) break;
        continue;
      }
      const taken = (mentees.get(holder.member.id) ?? 0) + 1;
      if (taken >= capacity) {
        for (const [key, other] of open) open.set(key, other.filter((h) => h.member.id !== holder.member.id));
      }
      pairs.push(pair);
      for (const m of [holder.member, mentee]) {
        hours.set(m.id, (hours.get(m.id) ?? 0) + PAIR_HOURS);
        items.set(m.id, (items.get(m.id) ?? 0) + 1);
      }
      mentees.set(holder.member.id, taken);
      couples.add(`${holder.member.id}\u0000${mentee.id}`);
      made = true;
      break;
    }
    if (made) continue;
    const code = free === 0 ? "mentor-capacity" : "mentor-time";
    const at = `${code}\u0000${need.key}`;
    const entry = blocked.get(at) ?? { code, key: need.key, label: matcher.entries.get(need.key)!.label, ids: [] };
    entry.ids.push(mentee.id);
    blocked.set(at, entry);
  }

  const warnings: TeamWarning[] = [...blocked.values()].map(({ code, key, label, ids }) => ({
    code,
    need: key,
    profileIds: [...ids].sort(),
    message: say(locale, code === "mentor-capacity" ? "team.mentorCapacity" : "team.mentorTime", { people: ids.length, label, mentors: holders.get(key)!.length, capacity }),
  }));
  return { pairs, warnings };
}

/** When both plans can hold a pair: from the later start, as long as both horizons allow. */
function sharedWindow(a: Settings, b: Settings): { start: string; weeks: number } | undefined {
  const start = daysBetween(a.start, b.start) > 0 ? b.start : a.start;
  const daysLeft = Math.min(
    a.horizonWeeks * 7 - daysBetween(a.start, start),
    b.horizonWeeks * 7 - daysBetween(b.start, start),
  );
  const weeks = Math.min(PAIR_WEEKS, Math.floor(daysLeft / 7));
  return weeks >= MIN_PAIR_WEEKS ? { start, weeks } : undefined;
}

/** The day a pair's last week ends, inclusive. */
export function pairEnd(pair: Pick<PairDraft, "start" | "weeks">): string {
  return shiftDays(pair.start, pair.weeks * 7 - 1);
}
