import { ValidationError, type Issue } from "../errors";
import type { RecommendOptions } from "../schema/options";
import type { Profile } from "../schema/profile";
import { safeParseProfile } from "../validate/parse";

/**
 * Checks every profile of a team and that each has an id no other has:
 * plans, pairs and shared seats are keyed by it. One {@link ValidationError}
 * lists every problem as `profiles[3].id: …`.
 */
export function parseTeamProfiles(input: unknown, options: Pick<RecommendOptions, "ratingScale">): Profile[] {
  if (!Array.isArray(input)) {
    throw new ValidationError("profiles", [{ path: [], message: "must be an array of profiles, one per person" }]);
  }
  const issues: Issue[] = [];
  const profiles: Profile[] = [];
  const firstWith = new Map<string, number>();
  input.forEach((raw: unknown, index) => {
    const parsed = safeParseProfile(raw, options);
    if (!parsed.success) {
      for (const issue of parsed.issues) issues.push({ path: [index, ...issue.path], message: issue.message });
      return;
    }
    const id = parsed.output.id;
    if (id === undefined) {
      issues.push({ path: [index, "id"], message: "is required in a team: plans, mentoring pairs and shared seats are keyed by it" });
      return;
    }
    const first = firstWith.get(id);
    if (first !== undefined) {
      issues.push({ path: [index, "id"], message: `"${id}" is already the id of profiles[${first}]; each person needs their own` });
      return;
    }
    firstWith.set(id, index);
    profiles.push(parsed.output);
  });
  if (issues.length > 0) throw new ValidationError("profiles", issues);
  return profiles;
}
