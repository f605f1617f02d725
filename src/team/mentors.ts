import { daysBetween, shiftDays } from "../compose/calendar";
import { summarizeFeedback } from "../needs/feedback";
import type { Matcher } from "../needs/matcher";
import type { DraftNeed } from "../needs/types";
import type { Profile } from "../schema/profile";
import type { Settings } from "../settings";
import type { TeamWarning } from "./schema";

/** Weekly hours an internal mentoring pair asks of each side. */
export const PAIR_HOURS = 1;
/** How long a pair meets, shortened to fit both plans' horizons. */
export const PAIR_WEEKS = 12;
/** Shorter than this a pair is not worth starting. */
const MIN_PAIR_WEEKS = 4;

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
  readonly label: string;
  readonly mentorNeed: DraftNeed;
  readonly menteeNeed: DraftNeed;
  readonly start: string;
  readonly weeks: number;
}

const STRENGTHS = new Set(["agreed-strength", "hidden-strength"]);

/**
 * Internal mentor matching. People whose 360° feedback shows an agreed
 * strength mentor colleagues with a need on the same key. The largest
 * needs (weight × confidence × how much mentoring helps that need) choose
 * first; each gets the free mentor rated strongest in it (ties by id), so
 * the same team always gives the same pairs whatever the order of the
 * profiles. Never self, never a mentor who has the need too, never
 * beyond `capacity` mentees, never beyond either side's weekly hours.
 */
export function matchMentors(
  members: readonly Member[],
  matcher: Matcher,
  capacity: number,
): { pairs: PairDraft[]; warnings: TeamWarning[] } {
  const sorted = [...members].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const holders = new Map<string, Array<{ member: Member; need: DraftNeed; level: number }>>();
  for (const member of sorted) {
    const strengths = member.needs.filter((n) => n.pattern === "agreed-strength");
    if (strengths.length === 0) continue;
    const levels = new Map(summarizeFeedback(member.profile.feedback ?? [], matcher, member.settings).summaries.map((s) => [s.key, s.others ?? 0] as const));
    for (const need of strengths) {
      // A mentor who also says they need it (or may have: a reading we asked about) is not the one to teach it.
      if (member.needs.some((n) => n.key === need.key && n !== need) || member.unconfirmed.some((n) => n.key === need.key)) continue;
      const list = holders.get(need.key) ?? [];
      list.push({ member, need, level: levels.get(need.key) ?? 0 });
      holders.set(need.key, list);
    }
  }
  // The strongest first; `sorted` already put equals in id order and the sort is stable.
  for (const list of holders.values()) list.sort((a, b) => b.level - a.level);
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
  const hasTime = (m: Member) =>
    (hours.get(m.id) ?? 0) + PAIR_HOURS <= m.settings.hoursPerWeek + 1e-9 && (items.get(m.id) ?? 0) + 1 <= m.settings.maxItems;
  const pairs: PairDraft[] = [];
  const blocked = new Map<string, { code: "mentor-capacity" | "mentor-time"; key: string; label: string; ids: string[] }>();

  for (const { mentee, need } of wants) {
    const eligible = holders.get(need.key)!.filter((h) => h.member.id !== mentee.id);
    if (eligible.length === 0) continue;
    let made = false;
    let open = 0;
    for (const holder of eligible) {
      if ((mentees.get(holder.member.id) ?? 0) >= capacity || couples.has(`${holder.member.id}\u0000${mentee.id}`)) continue;
      open++;
      if (!hasTime(mentee) || !hasTime(holder.member)) continue;
      const window = sharedWindow(holder.member.settings, mentee.settings);
      if (!window) continue;
      pairs.push({ mentor: holder.member, mentee, key: need.key, label: need.label, mentorNeed: holder.need, menteeNeed: need, ...window });
      for (const m of [holder.member, mentee]) {
        hours.set(m.id, (hours.get(m.id) ?? 0) + PAIR_HOURS);
        items.set(m.id, (items.get(m.id) ?? 0) + 1);
      }
      mentees.set(holder.member.id, (mentees.get(holder.member.id) ?? 0) + 1);
      couples.add(`${holder.member.id}\u0000${mentee.id}`);
      made = true;
      break;
    }
    if (made) continue;
    const code = open === 0 ? "mentor-capacity" : "mentor-time";
    const at = `${code}\u0000${need.key}`;
    const entry = blocked.get(at) ?? { code, key: need.key, label: need.label, ids: [] };
    entry.ids.push(mentee.id);
    blocked.set(at, entry);
  }

  const warnings: TeamWarning[] = [...blocked.values()].map(({ code, key, label, ids }) => {
    const who = ids.length === 1 ? "1 person needs" : `${ids.length} people need`;
    const mentors = holders.get(key)!.length;
    return {
      code,
      need: key,
      profileIds: [...ids].sort(),
      message:
        code === "mentor-capacity"
          ? `${who} ${label} and the ${mentors === 1 ? "colleague" : `${mentors} colleagues`} who could mentor it already ${mentors === 1 ? "has" : "have"} ${capacity} ${capacity === 1 ? "mentee" : "mentees"} each.`
          : `${who} ${label}, but no colleague who could mentor it has an hour a week in common with them.`,
    };
  });
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
