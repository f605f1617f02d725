/**
 * Trains the learned reading (`src/needs/learned.ts`): one logistic model per
 * taxonomy key over a statement's stemmed words and its field (and, for a
 * model that decides, the phrasings' confidence in the key), by full-batch
 * gradient descent, plain or AdaGrad, from fixed starting weights, so the
 * same labelled statements always give the same model, on any machine.
 */
import { compoundSplitter, learnedFeatures, learnedField, likeliestFound, partsVocabulary, type LearnedField, type UnpackedLearnedModel } from "../src/needs/learned";
import type { Grammar } from "../src/needs/grammar";
import { judgedTokens, readWords, splitClauses } from "../src/needs/text";
import type { NeedKind } from "../src/schema/taxonomy";

export { taxonomyTerms } from "../src/needs/text";

/** One labelled statement: its words, the field it was written in, and the keys a careful reader accepts (none: out of scope). */
export interface LearnedExample {
  readonly text: string;
  /** The kind its field is read as: motivation, challenge, or none for a goal. */
  readonly prefer: NeedKind | undefined;
  readonly keys: readonly string[];
  /** For a model that decides: the phrasings' confidence in each key they found in the statement, read without any learned reading. */
  readonly phrasings?: ReadonlyMap<string, number>;
  /** For a model that decides: whether the phrasings read some need as no trouble in the statement. */
  readonly fine?: boolean;
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
  /**
   * Each weight's step shrinks with the gradients it has seen (AdaGrad), so
   * a word seen in a few statements learns as fast as a common one: for a
   * few hundred statements, where plain steps on the mean loss barely move
   * a rare word's weight.
   */
  readonly adaptive?: boolean;
  /** Decimals each weight keeps in the file: two are plenty for a model of many weights, and its file is smaller. */
  readonly decimals?: number;
  /**
   * The share of a statement's words left out of each pass (word dropout;
   * the words kept count `1 / (1 - dropout)` times), by a fixed hash of the
   * pass, the statement and the word, so training stays deterministic. A
   * word that usually comes with others then has to carry its key alone
   * now and then, as it will in a statement of a writer the model never
   * saw. 0: every word in every pass.
   */
  readonly dropout?: number;
}

export const TRAIN_DEFAULTS: Required<TrainOptions> = { epochs: 150, rate: 5, l2: 0.001, prune: 0.3, adaptive: false, decimals: 3, dropout: 0 };

/** A text's fold of `folds` in cross-validation, by a hash of the text: the same on every machine, and one text said several times never sits on both sides. */
export function foldOf(text: string, folds: number): number {
  let h = 0;
  for (const c of text) h = (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0;
  return h % folds;
}

/**
 * Each band's share right, pooled with its neighbours where a band of
 * weaker evidence came out righter than a stronger one (pool adjacent
 * violators): a key read from lower log-odds is never given a higher
 * confidence, so a plan never acts on a weaker reading while it asks
 * about a stronger one.
 */
export function poolAdjacent(read: readonly number[], right: readonly number[]): number[] {
  const rate = (block: { read: number; right: number }) => (block.read === 0 ? 1 : block.right / block.read);
  const blocks: Array<{ read: number; right: number; size: number }> = [];
  for (let i = 0; i < read.length; i++) {
    blocks.push({ read: read[i]!, right: right[i]!, size: 1 });
    while (blocks.length > 1) {
      const last = blocks.at(-1)!;
      const before = blocks.at(-2)!;
      if (rate(last) <= rate(before)) break;
      blocks.splice(-2, 2, { read: before.read + last.read, right: before.right + last.right, size: before.size + last.size });
    }
  }
  return blocks.flatMap((block) => Array.from({ length: block.size }, () => rate(block)));
}

/**
 * Each feature's word as a number: a hash of the feature's name without a
 * field's prefix ("c:pay" and "pay" are one word). A hash of the word, not
 * its place, so which words a pass leaves out does not depend on the order
 * the statements come in.
 */
function wordIds(names: readonly string[]): Int32Array {
  return Int32Array.from(names, (name) => foldOf(name.replace(/^[mcg]:/, ""), 2 ** 31));
}

/** A number in [0, 1) from three integers, the same on every machine (integer mixing, no Math.random). */
function unitHash(a: number, b: number, c: number): number {
  let h = Math.imul(a + 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35) ^ Math.imul(c + 0x27d4eb2f, 0x165667b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

/** A key's log-odds with no evidence at the start: rare, as most keys are for most statements. */
const START_BIAS = -3;

/**
 * The stemmed words a statement's features are made of: each clause read as
 * the matcher reads it, the words saying something is no trouble marked
 * (`judgedTokens`). The matcher also joins a short topic to the comment
 * after it; features are a set of stems, so that changes nothing but an
 * idiom said across the comma.
 */
export function exampleTokens(text: string, grammar?: Grammar, terms?: ReadonlySet<string>): string[] {
  return splitClauses(text, grammar).flatMap((clause) => judgedTokens(readWords(clause, grammar), grammar, terms));
}

/** The language a model reads and, for another than English, its reading rules (the words are read as its matcher reads them). */
export interface TrainLanguage {
  readonly code: string;
  readonly grammar?: Grammar;
  /** Terms of two stems read as one word (`taxonomyTerms`); the model keeps them, to read as it was trained. */
  readonly terms?: readonly string[];
}

interface Row {
  readonly features: Int32Array;
  /**
   * A hash of the statement's text: with dropout, which words each pass
   * leaves out of it (with a hash of each word, `wordIds`), whatever the
   * statements' order.
   */
  readonly seed: number;
  readonly keys: ReadonlySet<string>;
  readonly phrasings: ReadonlyMap<string, number> | undefined;
  readonly fine: boolean;
}

/** One logistic model as trained: its bias, its words' weights and the weight of each further input. */
export interface Trained {
  readonly bias: number;
  readonly weights: Record<string, number>;
  readonly inputs: readonly number[];
}

/**
 * Trains one logistic model: `label` says which statements are positive,
 * `inputs` are further inputs besides the words, each with one value per
 * statement (for a key of a model that decides, the phrasings' confidence
 * in it; none for a model that only amends). Plain or AdaGrad steps on the
 * mean loss with L2, from fixed starting weights. Undefined when no weight
 * is left after pruning and there are no further inputs.
 */
function trainOne(rows: readonly Row[], names: readonly string[], label: (row: Row) => boolean, inputs: ReadonlyArray<readonly number[]>, options: Required<TrainOptions>): Trained | undefined {
  const trained = trainLogistic(rows, names, rows.map(label), inputs, options);
  return Object.keys(trained.weights).length === 0 && inputs.length === 0 ? undefined : trained;
}

/**
 * Trains one logistic model over rows of feature ids (`names[id]` is each
 * feature's name): `positive` says which rows are, `inputs` are further
 * inputs, one value per row. With dropout, a row's `seed` (else its place)
 * picks the words it leaves out of each pass. See {@link trainOne}.
 */
export function trainLogistic(rows: ReadonlyArray<{ readonly features: Int32Array; readonly seed?: number }>, names: readonly string[], positive: readonly boolean[], inputs: ReadonlyArray<readonly number[]>, options: Required<TrainOptions>): Trained {
  const { epochs, rate, l2, prune, adaptive, dropout } = options;
  const n = rows.length;
  const weights = new Float64Array(names.length);
  // With dropout, a word's features (the stem alone and with its field's prefix) are kept or left out together.
  const wordOf = dropout > 0 ? wordIds(names) : undefined;
  const scale = 1 / (1 - dropout);
  const value = new Float64Array(rows.reduce((most, row) => Math.max(most, row.features.length), 0));
  const gradient = new Float64Array(names.length);
  // AdaGrad's sums of squared gradients: the weights', the bias's and the further inputs' weights'.
  const seen = new Float64Array(names.length);
  let bias = START_BIAS;
  let biasSeen = 0;
  const trust = inputs.map(() => 0);
  const trustSeen = inputs.map(() => 0);
  const step = (value: number, g: number, sum: number): [number, number] => {
    if (!adaptive) return [value - rate * g, sum];
    const next = sum + g * g;
    return [g === 0 ? value : value - (rate * g) / Math.sqrt(next), next];
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    gradient.fill(0);
    let biasGradient = 0;
    const trustGradient = inputs.map(() => 0);
    rows.forEach((row, r) => {
      let logit = bias;
      inputs.forEach((input, i) => (logit += trust[i]! * input[r]!));
      const features = row.features;
      for (let j = 0; j < features.length; j++) {
        value[j] = wordOf === undefined ? 1 : unitHash(epoch, row.seed ?? r, wordOf[features[j]!]!) < dropout ? 0 : scale;
        logit += weights[features[j]!]! * value[j]!;
      }
      const error = 1 / (1 + Math.exp(-logit)) - (positive[r] ? 1 : 0);
      biasGradient += error;
      inputs.forEach((input, i) => (trustGradient[i]! += error * input[r]!));
      for (let j = 0; j < features.length; j++) gradient[features[j]!]! += error * value[j]!;
    });
    for (let feature = 0; feature < names.length; feature++) {
      [weights[feature], seen[feature]] = step(weights[feature]!, gradient[feature]! / n + l2 * weights[feature]!, seen[feature]!);
    }
    [bias, biasSeen] = step(bias, biasGradient / n, biasSeen);
    inputs.forEach((_, i) => ([trust[i], trustSeen[i]] = step(trust[i]!, trustGradient[i]! / n, trustSeen[i]!)));
  }
  const kept: Array<[string, number]> = [];
  weights.forEach((weight, feature) => {
    if (Math.abs(weight) >= prune) kept.push([names[feature]!, weight]);
  });
  kept.sort(([a], [b]) => (a < b ? -1 : 1));
  const round = (value: number) => Math.round(value * 10 ** options.decimals) / 10 ** options.decimals;
  return { bias: round(bias), weights: Object.fromEntries(kept.map(([feature, weight]) => [feature, round(weight)])), inputs: trust.map(round) };
}

/**
 * Trains one model per key in `keys` on `examples`; the keys' and the examples'
 * order do not change the result beyond rounding (with dropout too: which
 * words a pass leaves out comes from hashes of texts, see `Row`). When the
 * examples carry the phrasings' reading, the model can decide: each key
 * also weighs the phrasings' confidence in it, and a model of a statement
 * that names no need (`nothing`) learns from the statements with no key.
 */
export function trainLearnedModel(examples: readonly LearnedExample[], keys: readonly string[], options: TrainOptions = {}, language: TrainLanguage = { code: "en" }): UnpackedLearnedModel {
  const settings = { ...TRAIN_DEFAULTS, ...options };
  // Features as numbers and weights in typed arrays: the same sums in the same order as over maps, many times faster.
  const ids = new Map<string, number>();
  const terms = language.terms && language.terms.length > 0 ? [...language.terms].sort() : undefined;
  const termSet = terms ? new Set(terms) : undefined;
  const tokens = examples.map((example) => exampleTokens(example.text, language.grammar, termSet));
  // A language that writes compounds meets one it saw too seldom by its parts, among the stems its statements use alone.
  const parts = language.grammar?.compounds ? partsVocabulary(tokens) : undefined;
  const split = parts && language.grammar ? compoundSplitter(parts, language.grammar.stem) : undefined;
  const rows: Row[] = examples.flatMap((example, e) => {
    const features = learnedFeatures(tokens[e]!, example.prefer, split);
    if (!features) return [];
    const sorted = [...features.keys()].sort();
    for (const feature of sorted) if (!ids.has(feature)) ids.set(feature, ids.size);
    return [{ features: Int32Array.from(sorted, (feature) => ids.get(feature)!), seed: foldOf(example.text, 2 ** 31), keys: new Set(example.keys), phrasings: example.phrasings, fine: example.fine === true }];
  });
  const stacked = rows.some((row) => row.phrasings !== undefined);
  const names = [...ids.keys()];
  const model: UnpackedLearnedModel["keys"] = {};
  for (const key of [...keys].sort()) {
    const said = stacked ? [rows.map((row) => row.phrasings?.get(key) ?? 0)] : [];
    const trained = trainOne(rows, names, (row) => row.keys.has(key), said, settings);
    if (trained) model[key] = { bias: trained.bias, weights: trained.weights, ...(stacked ? { phrasings: trained.inputs[0]! } : {}) };
  }
  const fields = [...new Set(examples.flatMap((example) => learnedField(example.prefer) ?? []))].sort() as LearnedField[];
  // A model that decides also learns when a statement names no need at all: from its words, whether the phrasings read
  // a need as no trouble, and how sure they are of the likeliest need they found.
  const fine = rows.map((row) => (row.fine ? 1 : 0));
  const found = rows.map((row) => likeliestFound(row.phrasings));
  const nothing = stacked ? trainOne(rows, names, (row) => row.keys.size === 0, [fine, found], settings) : undefined;
  return { version: 1, language: language.code, ...(parts ? { parts } : {}), ...(terms ? { terms } : {}), fields, keys: model, ...(nothing ? { nothing: { bias: nothing.bias, weights: nothing.weights, fine: nothing.inputs[0]!, found: nothing.inputs[1]! } } : {}) };
}

/** One row of {@link trainShared}: its features, its further inputs by key (keys missing read as all 0), and its keys. */
export interface SharedRow {
  readonly features: Int32Array;
  readonly inputs: ReadonlyMap<number, readonly number[]>;
  readonly keys: ReadonlySet<number>;
}

/**
 * Trains one logistic model per key (`keyCount` of them) whose further
 * inputs' weights are shared by every key: what the phrasings' reading
 * says is learned from all keys at once, so a key seen in a few examples
 * still trusts a title that names it, while each key's bias and word
 * weights are its own. AdaGrad steps on the mean loss with L2 on the word
 * weights, from fixed starting weights, every word in every pass: it
 * throws when asked for plain steps (`adaptive: false`) or word dropout.
 */
export function trainShared(rows: readonly SharedRow[], names: readonly string[], keyCount: number, inputCount: number, options: Required<TrainOptions>): { biases: number[]; weights: Array<Record<string, number>>; inputs: number[] } {
  const { epochs, rate, l2, prune, adaptive, dropout } = options;
  // Only AdaGrad steps over every word are written here: say so rather than train something else than asked.
  if (!adaptive) throw new Error("trainShared: steps with AdaGrad only; set adaptive: true");
  if (dropout !== 0) throw new Error("trainShared: keeps every word in every pass; word dropout is not written for it (dropout must be 0)");
  const n = rows.length;
  const K = keyCount;
  const F = names.length;
  // Feature-major: a row's features each add one run of K weights, so every key's sum is made in one pass.
  const weights = new Float64Array(F * K);
  const gradient = new Float64Array(F * K);
  const seen = new Float64Array(F * K);
  const bias = new Float64Array(K).fill(START_BIAS);
  const biasGradient = new Float64Array(K);
  const biasSeen = new Float64Array(K);
  const shared = new Float64Array(inputCount);
  const sharedGradient = new Float64Array(inputCount);
  const sharedSeen = new Float64Array(inputCount);
  // Each row's inputs as one run of K × inputCount values (0 for a key it has none for), and its keys as 0/1.
  const inputs = rows.map((row) => {
    const dense = new Float64Array(K * inputCount);
    for (const [k, values] of row.inputs) values.forEach((value, i) => (dense[k * inputCount + i] = value));
    return dense;
  });
  const targets = rows.map((row) => {
    const dense = new Float64Array(K);
    for (const k of row.keys) dense[k] = 1;
    return dense;
  });
  const logits = new Float64Array(K);
  const errors = new Float64Array(K);
  const step = (g: number, sums: Float64Array, at: number) => {
    if (g === 0) return 0;
    sums[at]! += g * g;
    return (rate * g) / Math.sqrt(sums[at]!);
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    gradient.fill(0);
    biasGradient.fill(0);
    sharedGradient.fill(0);
    rows.forEach((row, r) => {
      const x = inputs[r]!;
      const y = targets[r]!;
      for (let k = 0; k < K; k++) {
        let logit = bias[k]!;
        for (let i = 0; i < inputCount; i++) logit += shared[i]! * x[k * inputCount + i]!;
        logits[k] = logit;
      }
      for (const feature of row.features) {
        const base = feature * K;
        for (let k = 0; k < K; k++) logits[k]! += weights[base + k]!;
      }
      for (let k = 0; k < K; k++) {
        const error = 1 / (1 + Math.exp(-logits[k]!)) - y[k]!;
        errors[k] = error;
        biasGradient[k]! += error;
        for (let i = 0; i < inputCount; i++) sharedGradient[i]! += error * x[k * inputCount + i]!;
      }
      for (const feature of row.features) {
        const base = feature * K;
        for (let k = 0; k < K; k++) gradient[base + k]! += errors[k]!;
      }
    });
    for (let at = 0; at < weights.length; at++) weights[at]! -= step(gradient[at]! / n + l2 * weights[at]!, seen, at);
    for (let k = 0; k < K; k++) bias[k]! -= step(biasGradient[k]! / n, biasSeen, k);
    // The shared inputs see every key's rows.
    for (let i = 0; i < inputCount; i++) shared[i]! -= step(sharedGradient[i]! / n, sharedSeen, i);
  }
  const round = (value: number) => Math.round(value * 10 ** options.decimals) / 10 ** options.decimals;
  const kept = Array.from({ length: K }, (_, k) => {
    const out: Array<[string, number]> = [];
    for (let feature = 0; feature < F; feature++) {
      const weight = weights[feature * K + k]!;
      if (Math.abs(weight) >= prune) out.push([names[feature]!, weight]);
    }
    out.sort(([a], [b]) => (a < b ? -1 : 1));
    return Object.fromEntries(out.map(([name, weight]) => [name, round(weight)]));
  });
  return { biases: [...bias].map(round), weights: kept, inputs: [...shared].map(round) };
}
