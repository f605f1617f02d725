/**
 * Trains the learned reading (`src/needs/learned.ts`): one logistic model per
 * taxonomy key over a statement's stemmed words and its field, by plain
 * full-batch gradient descent from fixed starting weights, so the same
 * labelled statements always give the same model, on any machine.
 */
import { learnedFeatures, type LearnedModel } from "../src/needs/learned";
import { readWords, splitClauses } from "../src/needs/text";
import type { NeedKind } from "../src/schema/taxonomy";

/** One labelled statement: its words, the field it was written in, and the keys a careful reader accepts (none: out of scope). */
export interface LearnedExample {
  readonly text: string;
  readonly prefer: NeedKind;
  readonly keys: readonly string[];
}

export interface TrainOptions {
  /** Passes over the statements. */
  readonly epochs?: number;
  /** Step size on the mean loss. */
  readonly rate?: number;
  /** Pull of every weight towards 0 (L2), so rare words do not decide alone. */
  readonly l2?: number;
  /** Weights closer to 0 than this are left out of the model: they change nothing a reader would notice. */
  readonly prune?: number;
}

export const TRAIN_DEFAULTS: Required<TrainOptions> = { epochs: 150, rate: 5, l2: 0.001, prune: 0.3 };

/** A key's log-odds with no evidence at the start: rare, as most keys are for most statements. */
const START_BIAS = -3;

/**
 * The stemmed words a statement's features are made of: each clause read as
 * the matcher reads it. The matcher also joins a short topic to the comment
 * after it; features are a set of stems, so that changes nothing but an
 * idiom said across the comma.
 */
export function exampleTokens(text: string): string[] {
  return splitClauses(text).flatMap((clause) => readWords(clause).tokens);
}

/** Trains one model per key in `keys` on `examples`; the keys' order and the examples' order do not change the result beyond rounding. */
export function trainLearnedModel(examples: readonly LearnedExample[], keys: readonly string[], options: TrainOptions = {}): LearnedModel {
  const { epochs, rate, l2, prune } = { ...TRAIN_DEFAULTS, ...options };
  // Features as numbers and weights in typed arrays: the same sums in the same order as over maps, many times faster.
  const ids = new Map<string, number>();
  const rows = examples.flatMap((example) => {
    const features = learnedFeatures(exampleTokens(example.text), example.prefer);
    if (!features) return [];
    const sorted = [...features.keys()].sort();
    for (const feature of sorted) if (!ids.has(feature)) ids.set(feature, ids.size);
    return [{ features: Int32Array.from(sorted, (feature) => ids.get(feature)!), keys: new Set(example.keys) }];
  });
  const names = [...ids.keys()];
  const n = rows.length;
  const model: Record<string, { bias: number; weights: Record<string, number> }> = {};
  const weights = new Float64Array(ids.size);
  const gradient = new Float64Array(ids.size);
  for (const key of [...keys].sort()) {
    weights.fill(0);
    let bias = START_BIAS;
    for (let epoch = 0; epoch < epochs; epoch++) {
      gradient.fill(0);
      let biasGradient = 0;
      for (const row of rows) {
        let logit = bias;
        for (const feature of row.features) logit += weights[feature]!;
        const error = 1 / (1 + Math.exp(-logit)) - (row.keys.has(key) ? 1 : 0);
        biasGradient += error;
        for (const feature of row.features) gradient[feature]! += error;
      }
      for (let feature = 0; feature < ids.size; feature++) {
        weights[feature] = weights[feature]! - rate * (gradient[feature]! / n + l2 * weights[feature]!);
      }
      bias -= (rate * biasGradient) / n;
    }
    const kept: Array<[string, number]> = [];
    weights.forEach((weight, feature) => {
      if (Math.abs(weight) >= prune) kept.push([names[feature]!, weight]);
    });
    kept.sort(([a], [b]) => (a < b ? -1 : 1));
    if (kept.length === 0) continue;
    model[key] = { bias: round(bias), weights: Object.fromEntries(kept.map(([feature, weight]) => [feature, round(weight)])) };
  }
  return { version: 1, language: "en", keys: model };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
