import type { ItemKind } from "../schema/common";
import type { Need, Unmatched } from "../schema/plan";

/** A need before composing: what the plan's `Need` says, plus how items may serve it. */
export interface DraftNeed extends Omit<Need, "coveredBy"> {
  /** Keys whose items serve this need, and how much each counts (the need's own key at 1). */
  readonly serves: ReadonlyArray<{ readonly key: string; readonly factor: number }>;
  /** How much each kind of item counts for this need (demands want working-condition changes). */
  readonly kindFactor: Readonly<Record<ItemKind, number>>;
  /** A short-term goal or an urgent demand is scheduled first. */
  readonly urgent: boolean;
}

export interface NeedsResult {
  readonly needs: DraftNeed[];
  readonly unmatched: Unmatched[];
  /** Things the extraction noticed that the plan should ask about. */
  readonly notes: NeedNote[];
}

export type NeedNote =
  | { readonly kind: "few-raters"; readonly key: string; readonly label: string; readonly raters: number }
  | { readonly kind: "goal-without-measure"; readonly needId: string; readonly source: string }
  | { readonly kind: "goal-without-date"; readonly needId: string; readonly source: string }
  | { readonly kind: "low-confidence"; readonly needId: string; readonly source: string; readonly label: string };
