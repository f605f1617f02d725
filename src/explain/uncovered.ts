/** Kept apart from the plan's schema, so that code that only reads plans does not bundle zod's schemas with it. */
import type { Need } from "../schema/plan";

/**
 * Whether a plan acts on a need and found nothing to serve it. A need
 * waiting for an answer (`confirmed: false`) is asked about, not uncovered:
 * nothing was looked for yet.
 */
export function isUncovered(need: Pick<Need, "coveredBy" | "confirmed">): boolean {
  return need.coveredBy.length === 0 && need.confirmed !== false;
}
