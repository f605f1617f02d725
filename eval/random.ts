/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives
 * the same personas and catalogs on every machine, so evaluation and
 * benchmark numbers can be reproduced.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** `count` distinct elements of a list, in random order (all of them if it is shorter). */
  sample<T>(list: readonly T[], count: number): T[];
}

/**
 * Creates a generator from a 32-bit seed.
 *
 * @example
 * ```ts
 * const random = createRandom(42);
 * random.int(1, 6); // the same roll on every run
 * ```
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick<T>(list: readonly T[]): T {
      if (list.length === 0) throw new Error("pick from an empty list");
      return list[int(0, list.length - 1)]!;
    },
    sample<T>(list: readonly T[], count: number): T[] {
      const copy = [...list];
      // A partial Fisher-Yates shuffle: the first `count` places are a fair draw.
      const n = Math.min(count, copy.length);
      for (let i = 0; i < n; i++) {
        const j = int(i, copy.length - 1);
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, n);
    },
  };
}
