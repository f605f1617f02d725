import type { Profile } from "../schema/profile";
import type { Settings } from "../settings";
import { feedbackNeeds } from "./feedback";
import type { Matcher } from "./matcher";
import { statementNeeds } from "./statements";
import type { Readings } from "./types";

/**
 * Step 2 of the pipeline: everything the employee said, and what others
 * said of them, as one weighted list of needs that keep the original words.
 */
export function findNeeds(profile: Profile, matcher: Matcher, settings: Settings): Readings {
  const stated = statementNeeds(profile, matcher, settings);
  const rated = feedbackNeeds(profile, matcher, settings);
  return {
    needs: [...stated.needs, ...rated.needs],
    unmatched: [...stated.unmatched, ...rated.unmatched],
    notes: [...stated.notes, ...rated.notes],
    open: stated.open,
    fine: stated.fine,
  };
}
