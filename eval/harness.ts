import { DEFAULTS, ITEM_KINDS, type Catalog, type ItemKind, type Plan, type Recommender } from "../src/index";
import { addressMap, createLexicalSearch, fitWithinLimits, oneSizeFitsAllRanking } from "./baselines";
import {
  explanationFidelity,
  kindShares,
  klDivergence,
  meanPairwiseJaccard,
  needCoverage,
  statementCount,
  violations,
  type Limits,
  type PlannedItem,
} from "./metrics";
import type { Persona } from "./personas";

/** One method's numbers over a set of personas. */
export interface MethodReport {
  readonly method: string;
  readonly plans: number;
  readonly meanItems: number;
  readonly emptyPlans: number;
  /** Share of all needs (found by tailorplan's needs step) served by an item that addresses the need's key. */
  readonly coverage: number;
  /**
   * Share of hand-labelled in-scope statements served by an item that addresses one of their accepted keys;
   * undefined when no persona is labelled.
   */
  readonly labelledCoverage: number | undefined;
  /** Share of personas with at least one need, all of whose needs are served. */
  readonly fullyServed: number;
  readonly overlap: number;
  /** Mean KL(achieved mix ‖ target mix) over non-empty plans. */
  readonly mixKl: number;
  readonly budgetViolations: number;
  readonly hourViolations: number;
  readonly horizonViolations: number;
  /** Faithful reasons / reasons; undefined for methods that give no reasons. */
  readonly fidelity: { readonly faithful: number; readonly reasons: number; readonly backLinks: number; readonly backLinksFaithful: number; readonly itemsWithoutReason: number } | undefined;
  /** Statements that matched nothing, over all statements; undefined for methods that do not read them. */
  readonly unmatchedRate: number | undefined;
}

/** How the needs step read the personas' statements, against what each was written to say. */
export interface NeedsDiagnostics {
  readonly statements: number;
  /** Statements written for a key the taxonomy has. */
  readonly onTopic: number;
  /** …of which the intended key was found. */
  readonly found: number;
  /** Statements written to match nothing. */
  readonly offTopic: number;
  /** …that still produced a need, with what they matched. */
  readonly offTopicMatched: ReadonlyArray<{ readonly text: string; readonly keys: readonly string[] }>;
  /** On-topic statements whose intended key was not found, with what was found instead. */
  readonly missed: ReadonlyArray<{ readonly text: string; readonly intended: string; readonly keys: readonly string[] }>;
  /** Needs found on top of the intended key, by statement. */
  readonly extra: ReadonlyArray<{ readonly text: string; readonly intended: string; readonly keys: readonly string[] }>;
  readonly needs: number;
}

export interface Evaluation {
  readonly reports: readonly MethodReport[];
  readonly diagnostics: NeedsDiagnostics;
  readonly plans: readonly Plan[];
}

export interface EvaluateOptions {
  readonly asOf: string;
  readonly maxItems?: number;
}

function limitsOf(persona: Persona, asOf: string): Limits {
  const c = persona.profile.constraints ?? {};
  return {
    start: c.startDate ?? asOf,
    hoursPerWeek: c.hoursPerWeek ?? DEFAULTS.hoursPerWeek,
    horizonWeeks: c.horizonWeeks ?? DEFAULTS.horizonWeeks,
    budget: c.budget ?? null,
  };
}

const round = (value: number, places = 3) => Math.round(value * 10 ** places) / 10 ** places;

/**
 * Runs tailorplan and the two baselines on the same personas and judges
 * every plan by the same rules: coverage of the needs tailorplan's needs
 * step found (by catalog `addresses`), overlap between people, the mix of
 * kinds, the limits re-checked week by week, and (for tailorplan) whether
 * each reason points at a need that lists the item.
 *
 * @example
 * ```ts
 * const { reports } = evaluate(generatePersonas({ seed: 1, count: 200 }), createRecommender(), defaultCatalog, { asOf: "2026-01-05" });
 * ```
 */
export function evaluate(personas: readonly Persona[], recommender: Recommender, catalog: Catalog, options: EvaluateOptions): Evaluation {
  const maxItems = options.maxItems ?? DEFAULTS.maxItems;
  const target = Object.fromEntries(ITEM_KINDS.map((k) => [k, DEFAULTS.mix[k]])) as Record<ItemKind, number>;
  const plans = personas.map((p) => recommender.recommend(p.profile, { asOf: options.asOf, maxItems }));
  const limits = personas.map((p) => limitsOf(p, options.asOf));
  const addresses = addressMap(catalog);

  const osfaRanking = oneSizeFitsAllRanking(
    catalog,
    plans.map((plan) => plan.needs.map((n) => n.key)),
  );
  const lexical = createLexicalSearch(catalog);
  const statementsOf = (persona: Persona) =>
    [...(persona.profile.motivations ?? []), ...(persona.profile.challenges ?? []), ...(persona.profile.goals ?? [])].map((s) => (typeof s === "string" ? s : s.text));

  const ours: PlannedItem[][] = plans.map((plan) => plan.items);
  const osfa = limits.map((l) => fitWithinLimits(osfaRanking, l, maxItems));
  const lex = personas.map((p, i) => fitWithinLimits(lexical.rank(p.profile), limits[i]!, maxItems));

  const report = (method: string, itemsPer: PlannedItem[][], extra: Pick<MethodReport, "fidelity" | "unmatchedRate">): MethodReport => {
    let covered = 0;
    let total = 0;
    let fully = 0;
    let withNeeds = 0;
    let kl = 0;
    let nonEmpty = 0;
    let budget = 0;
    let hours = 0;
    let horizon = 0;
    let labelledCovered = 0;
    let labelledTotal = 0;
    itemsPer.forEach((items, i) => {
      const ids = items.map((item) => item.id);
      for (const { keys } of personas[i]!.labelled ?? []) {
        if (keys.length === 0) continue;
        labelledTotal++;
        if (ids.some((id) => keys.some((key) => addresses.get(id)?.has(key) === true))) labelledCovered++;
      }
      const c = needCoverage(plans[i]!.needs, ids, addresses);
      covered += c.covered;
      total += c.total;
      if (c.total > 0) {
        withNeeds++;
        if (c.covered === c.total) fully++;
      }
      if (items.length > 0) {
        nonEmpty++;
        kl += klDivergence(kindShares(items.map((item) => item.kind)), target);
      }
      const v = violations(items, limits[i]!);
      if (v.overBudget) budget++;
      if (v.hourWeeks > 0) hours++;
      if (v.outsideHorizon > 0) horizon++;
    });
    return {
      method,
      plans: itemsPer.length,
      meanItems: round(itemsPer.reduce((s, items) => s + items.length, 0) / itemsPer.length, 2),
      emptyPlans: itemsPer.filter((items) => items.length === 0).length,
      coverage: round(total === 0 ? 0 : covered / total),
      labelledCoverage: labelledTotal === 0 ? undefined : round(labelledCovered / labelledTotal),
      fullyServed: round(withNeeds === 0 ? 0 : fully / withNeeds),
      overlap: round(meanPairwiseJaccard(itemsPer.map((items) => new Set(items.map((item) => item.id))))),
      mixKl: round(nonEmpty === 0 ? 0 : kl / nonEmpty),
      budgetViolations: budget,
      hourViolations: hours,
      horizonViolations: horizon,
      ...extra,
    };
  };

  const statements = personas.reduce((s, p) => s + statementCount(p.profile), 0);
  const fidelity = plans.map(explanationFidelity).reduce(
    (a, f) => ({
      faithful: a.faithful + f.faithful,
      reasons: a.reasons + f.reasons,
      backLinks: a.backLinks + f.backLinks,
      backLinksFaithful: a.backLinksFaithful + f.backLinksFaithful,
      itemsWithoutReason: a.itemsWithoutReason + f.itemsWithoutReason,
    }),
    { faithful: 0, reasons: 0, backLinks: 0, backLinksFaithful: 0, itemsWithoutReason: 0 },
  );
  const ourUnmatched = plans.reduce((s, plan) => s + plan.unmatched.filter((u) => u.type !== "feedback").length, 0);
  const lexUnmatched = personas.reduce((s, p) => s + statementsOf(p).filter((text) => lexical.hits(text) === 0).length, 0);

  const reports = [
    report("one-size-fits-all", osfa, { fidelity: undefined, unmatchedRate: undefined }),
    report("lexical search (BM25)", lex, { fidelity: undefined, unmatchedRate: round(lexUnmatched / statements) }),
    report("tailorplan", ours, { fidelity, unmatchedRate: round(ourUnmatched / statements) }),
  ];
  return { reports, diagnostics: diagnose(personas, plans, recommender), plans };
}

function diagnose(personas: readonly Persona[], plans: readonly Plan[], recommender: Recommender): NeedsDiagnostics {
  const keys = new Set(recommender.taxonomy.entries.map((e) => e.key));
  let statements = 0;
  let onTopic = 0;
  let found = 0;
  let offTopic = 0;
  const offTopicMatched: Array<{ text: string; keys: string[] }> = [];
  const missed: Array<{ text: string; intended: string; keys: string[] }> = [];
  const extra: Array<{ text: string; intended: string; keys: string[] }> = [];
  personas.forEach((persona, i) => {
    const plan = plans[i]!;
    for (const [text, intended] of persona.intended) {
      statements++;
      const got = [...new Set(plan.needs.filter((n) => n.type !== "feedback" && n.source === text).map((n) => n.key))];
      if (intended === null) {
        offTopic++;
        if (got.length > 0) offTopicMatched.push({ text, keys: got });
      } else if (keys.has(intended)) {
        onTopic++;
        if (got.includes(intended)) found++;
        else missed.push({ text, intended, keys: got });
        const others = got.filter((k) => k !== intended);
        if (others.length > 0) extra.push({ text, intended, keys: others });
      }
    }
  });
  return { statements, onTopic, found, offTopic, offTopicMatched, missed, extra, needs: plans.reduce((s, p) => s + p.needs.length, 0) };
}
