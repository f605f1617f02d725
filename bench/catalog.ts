import type { Address, Catalog, CatalogItem, Taxonomy } from "../src/index";
import { createRandom } from "../eval/random";

const EDITIONS = ["Cohort", "Edition", "Track", "Series", "Session"] as const;

/**
 * A catalog of any size grown from a base catalog, the same for a seed:
 * round `r` repeats every base item with its own id (`<id>-<r>`) and title,
 * costs, hours and weeks varied around the original, its main address kept
 * and other addresses redrawn from the taxonomy. Prerequisites point at the
 * same round's copy when that copy exists, so the catalog stays valid.
 *
 * @example
 * ```ts
 * const big = growCatalog(defaultCatalog, defaultTaxonomy, 10_000, 1);
 * big.length; // 10000
 * ```
 */
export function growCatalog(base: Catalog, taxonomy: Taxonomy, size: number, seed: number): Catalog {
  const random = createRandom(seed);
  const keys = taxonomy.entries.map((e) => e.key);
  const position = new Map(base.map((item, i) => [item.id, i] as const));
  const idOf = (id: string, round: number) => (round === 0 ? id : `${id}-${round}`);
  const out: CatalogItem[] = [];
  for (let i = 0; i < size; i++) {
    const item = base[i % base.length]!;
    const round = Math.floor(i / base.length);
    if (round === 0) {
      out.push(item);
      continue;
    }
    const [main, ...rest] = item.addresses;
    const addresses: Address[] = [main!];
    const seen = new Set([keyOf(main!)]);
    for (const address of rest) {
      if (random.chance(0.6) && !seen.has(keyOf(address))) {
        addresses.push(address);
        seen.add(keyOf(address));
      }
    }
    for (let extra = random.int(0, 2); extra > 0; extra--) {
      const key = random.pick(keys);
      if (seen.has(key)) continue;
      addresses.push({ key, strength: random.pick([0.3, 0.4, 0.5, 0.6, 0.8]) });
      seen.add(key);
    }
    const prerequisites = (item.prerequisites ?? []).filter((p) => {
      const at = position.get(p);
      return at !== undefined && at + round * base.length < size;
    });
    const { prerequisites: _dropped, ...rest2 } = item;
    out.push({
      ...rest2,
      id: idOf(item.id, round),
      title: `${item.title} (${random.pick(EDITIONS)} ${round + 1})`,
      addresses,
      cost: { ...item.cost, amount: item.cost.amount === 0 ? 0 : Math.round((item.cost.amount * (0.6 + random.next() * 0.8)) / 10) * 10 },
      hoursPerWeek: item.hoursPerWeek === 0 ? 0 : Math.max(0.5, Math.round(item.hoursPerWeek * random.pick([0.5, 1, 1, 1.5]) * 2) / 2),
      weeks: Math.min(52, Math.max(1, item.weeks + random.int(-2, 4))),
      ...(prerequisites.length > 0 ? { prerequisites: prerequisites.map((p) => idOf(p, round)) } : {}),
    });
  }
  return out;
}

function keyOf(address: Address): string {
  return typeof address === "string" ? address : address.key;
}
