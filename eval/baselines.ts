import MiniSearch from "minisearch";
import { shiftDays } from "./dates";
import type { Catalog, CatalogItem, Profile } from "../src/index";
import type { Limits, PlannedItem } from "./metrics";

/** Each item's address keys, the one rule by which every method's coverage is judged. */
export function addressMap(catalog: Catalog): Map<string, Set<string>> {
  return new Map(catalog.map((item) => [item.id, new Set(item.addresses.map((a) => (typeof a === "string" ? a : a.key)))] as const));
}

/**
 * Takes items in the order given and keeps each one that still fits: the
 * budget, the weekly hours in every week it runs (earliest week first) and
 * the horizon, up to `maxItems`. The baselines get the same hard limits as
 * tailorplan, so a difference in coverage comes from the choice of items.
 *
 * @example
 * ```ts
 * const limits = { start: "2026-01-05", hoursPerWeek: 4, horizonWeeks: 26, budget: null };
 * fitWithinLimits(catalog, limits, 6).length <= 6; // true
 * ```
 */
export function fitWithinLimits(ranked: readonly CatalogItem[], limits: Limits, maxItems: number): PlannedItem[] {
  const load = new Float64Array(limits.horizonWeeks);
  const out: PlannedItem[] = [];
  let spent = 0;
  for (const item of ranked) {
    if (out.length >= maxItems) break;
    if (item.weeks > limits.horizonWeeks) continue;
    if (limits.budget && item.cost.amount > 0) {
      if (item.cost.currency !== limits.budget.currency || spent + item.cost.amount > limits.budget.amount + 1e-9) continue;
    }
    let startWeek = -1;
    for (let week = 0; week + item.weeks <= limits.horizonWeeks && startWeek < 0; week++) {
      let fits = true;
      for (let w = week; w < week + item.weeks && fits; w++) fits = load[w]! + item.hoursPerWeek <= limits.hoursPerWeek + 1e-9;
      if (fits) startWeek = week;
    }
    if (startWeek < 0) continue;
    for (let w = startWeek; w < startWeek + item.weeks; w++) load[w]! += item.hoursPerWeek;
    spent += item.cost.amount;
    out.push({
      id: item.id,
      kind: item.kind,
      start: shiftDays(limits.start, startWeek * 7),
      end: shiftDays(limits.start, (startWeek + item.weeks) * 7 - 1),
      hoursPerWeek: item.hoursPerWeek,
      cost: item.cost,
    });
  }
  return out;
}

/**
 * The standard approach: one ranking of "broadly useful" items for
 * everyone. Chosen greedily to serve the most needs across the whole
 * population being evaluated (each round, the item whose keys hit the most
 * needs not yet hit), which is the best a single list can do; everyone then
 * gets the top of that list that fits their own limits.
 *
 * @example
 * ```ts
 * const ranking = oneSizeFitsAllRanking(catalog, [["sql", "commute"], ["sql"]]);
 * ranking[0].addresses; // serves "sql"
 * ```
 */
export function oneSizeFitsAllRanking(catalog: Catalog, needKeysPerPerson: readonly (readonly string[])[]): CatalogItem[] {
  const addresses = addressMap(catalog);
  const open = needKeysPerPerson.map((keys) => new Set(keys));
  const left = [...catalog];
  const ranking: CatalogItem[] = [];
  while (left.length > 0) {
    let best = 0;
    let bestHits = -1;
    left.forEach((item, i) => {
      const keys = addresses.get(item.id)!;
      let hits = 0;
      for (const needs of open) for (const key of keys) if (needs.has(key)) hits++;
      if (hits > bestHits) {
        bestHits = hits;
        best = i;
      }
    });
    const [item] = left.splice(best, 1);
    ranking.push(item!);
    for (const key of addresses.get(item!.id)!) for (const needs of open) needs.delete(key);
  }
  return ranking;
}

/** Words too common to say anything about a need. */
const STOPWORDS = new Set(
  "a an and are as at be but by can do for from get had has have i i'm im in is it its just me my no not of on or so that the this to too up us was we what when with you your all more very really".split(" "),
);

/** Every word a profile says about itself: statements, goals and 360° competencies and comments. */
export function profileWords(profile: Profile): string {
  const texts: string[] = [];
  for (const s of [...(profile.motivations ?? []), ...(profile.challenges ?? []), ...(profile.goals ?? [])]) {
    texts.push(typeof s === "string" ? s : s.text);
  }
  for (const r of profile.feedback ?? []) {
    texts.push(r.competency);
    if (r.comment) texts.push(r.comment);
  }
  return texts.join(" ");
}

/**
 * Lexical search: BM25 (minisearch) over each item's title and description,
 * queried with the profile's own words; the best hits that fit the limits.
 *
 * @example
 * ```ts
 * const search = createLexicalSearch(catalog);
 * search.rank({ goals: ["learn SQL"] })[0].title; // an SQL course
 * ```
 */
export function createLexicalSearch(catalog: Catalog): { rank(profile: Profile): CatalogItem[]; hits(text: string): number } {
  const byId = new Map(catalog.map((item) => [item.id, item] as const));
  const search = new MiniSearch<{ id: string; title: string; description: string }>({
    fields: ["title", "description"],
    processTerm: (term) => {
      const t = term.toLowerCase();
      return STOPWORDS.has(t) ? null : t;
    },
    searchOptions: { boost: { title: 2 }, combineWith: "OR" },
  });
  search.addAll(catalog.map((item) => ({ id: item.id, title: item.title, description: item.description ?? "" })));
  return {
    rank: (profile) => search.search(profileWords(profile)).map((hit) => byId.get(String(hit.id))!),
    hits: (text) => search.search(text).length,
  };
}
