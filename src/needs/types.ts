import type { ItemKind } from "../schema/common";
import type { Need, QuestionOption, Unmatched } from "../schema/plan";
import type { StatementAt } from "./statements";

/** A need before composing: what the plan's `Need` says, plus how items may serve it. */
export interface DraftNeed extends Omit<Need, "coveredBy" | "confirmed"> {
  /** Keys whose items serve this need, and how much each counts (the need's own key at 1). */
  readonly serves: ReadonlyArray<{ readonly key: string; readonly factor: number }>;
  /** How much each kind of item counts for this need (demands want working-condition changes). */
  readonly kindFactor: Readonly<Record<ItemKind, number>>;
  /** A short-term goal or an urgent demand is scheduled first. */
  readonly urgent: boolean;
}

/** A statement the plan would rather ask about than act on, until `answers` settles it. */
export type OpenReading =
  | { readonly kind: "unsure"; readonly id: string; readonly at: StatementAt; readonly source: string; readonly options: readonly string[]; readonly guesses: readonly DraftNeed[] }
  | { readonly kind: "unmatched"; readonly id: string; readonly at: StatementAt; readonly source: string; readonly options: readonly string[]; readonly entry: Unmatched }
  | { readonly kind: "meaning"; readonly id: string; readonly at: StatementAt; readonly source: string; readonly options: readonly string[] }
  /** No statements of this type at all: a free-text answer is read as the first. */
  | { readonly kind: "missing"; readonly id: string; readonly at: StatementAt; readonly source: ""; readonly options: readonly string[] };

/** A need a statement names only to say it is no trouble, or does not matter ("public speaking is not a problem for me"). */
export interface FineReading {
  readonly key: string;
  readonly label: string;
  readonly type: Exclude<Need["type"], "feedback">;
  readonly source: string;
}

/** What reading the profile found, before its answers are applied. */
export interface Readings {
  /** Needs said to be no trouble: kept to show we listened, never planned for. */
  readonly fine: FineReading[];
  /** Needs read sure enough to act on. */
  readonly needs: DraftNeed[];
  readonly unmatched: Unmatched[];
  /** Things the extraction noticed that the plan should ask about. */
  readonly notes: NeedNote[];
  /** Statements whose reading waits for an answer, in the profile's order. */
  readonly open: OpenReading[];
}

export interface NeedsResult {
  readonly fine: readonly FineReading[];
  /** The needs the plan acts on: read sure, or confirmed by an answer. */
  readonly needs: DraftNeed[];
  /** Needs read unsure and not answered yet: listed, never served. */
  readonly unconfirmed: DraftNeed[];
  readonly unmatched: Unmatched[];
  /** Things the extraction noticed that the plan should ask about. */
  readonly notes: NeedNote[];
  /** Ids of the questions `answers` settled: they are not asked again. */
  readonly answered: ReadonlySet<string>;
  /** Answers no open question has, by id; `field` when the question is answered in a profile field instead. */
  readonly ignored: ReadonlyArray<{ readonly id: string; readonly field: boolean }>;
}

export type NeedNote =
  | { readonly kind: "few-raters"; readonly key: string; readonly label: string; readonly raters: number }
  | { readonly kind: "goal-without-measure"; readonly needId: string; readonly source: string }
  | { readonly kind: "goal-without-date"; readonly needId: string; readonly source: string }
  | {
      readonly kind: "ask";
      /** unsure: read unsure; unmatched: read as nothing; meaning: "something else" was chosen. */
      readonly mode: "unsure" | "unmatched" | "meaning";
      readonly id: string;
      readonly type: Exclude<Need["type"], "feedback">;
      readonly source: string;
      readonly options: readonly QuestionOption[];
    };
