/**
 * A reading learned from hand-labelled statements: for each taxonomy key, a
 * logistic model over a statement's stemmed words and the field it was
 * written in (what moves someone, what holds them back). It never reads a
 * statement alone: the matcher (`./matcher`) asks it which keys words it
 * half-recognised most likely mean, and which key a statement whose words
 * it did not recognise at all is about. What it adds is unsure by design,
 * so a plan asks about it before acting on it.
 *
 * The model is data (`data/model/en.json`, rebuilt by `npm run
 * train:reading` from the labels in `eval/labels/reviews.json`), so the
 * engine (`tailorplan/core`) does not carry it: the `tailorplan` entry
 * passes it in as `learned`.
 */
import * as z from "zod/mini";
import type { NeedKind } from "../schema/taxonomy";
import { parseWith } from "../validate/parse";

const finite = () => z.number().check(z.refine(Number.isFinite, "must be a finite number"));

/** The learned model, as `data/model/en.json` holds it. */
export const LearnedModelSchema = z.strictObject({
  version: z.literal(1),
  /** The language whose stemmed words the weights are for ("en"). */
  language: z.string().check(z.regex(/^[a-z]{2,3}$/, "must be a two- or three-letter language code")),
  /** How the model was made, for people reading the file. */
  source: z.optional(z.string()),
  /** Per key: the log-odds with no words, and each feature's weight. */
  keys: z.record(
    z.string().check(z.minLength(1)),
    z.strictObject({
      bias: finite(),
      weights: z.record(z.string().check(z.minLength(1)), finite()),
    }),
  ),
});
export type LearnedModel = z.infer<typeof LearnedModelSchema>;

/** One key a statement's words make likely, with the words that weighed for it (indices into the tokens given). */
export interface LearnedKey {
  readonly key: string;
  readonly probability: number;
  readonly evidence: readonly number[];
}

/** What the matcher asks of a learned reading. */
export interface LearnedReading {
  /** The language whose statements it reads. */
  readonly language: string;
  /** Every key's probability for a statement's stemmed words, most likely first; none for kinds it was not trained on. */
  read(tokens: readonly string[], prefer: NeedKind | undefined): readonly LearnedKey[];
}

/** The field prefix of a statement's features: what moves someone or what holds them back; other kinds are not learned. */
const FIELD: Partial<Record<NeedKind, string>> = { motivation: "m:", challenge: "c:" };

/**
 * A statement's features: each distinct stem alone and with its field's
 * prefix, so "pay" can mean one key among motivations and another among
 * challenges. Undefined for a kind the model does not read.
 */
export function learnedFeatures(tokens: readonly string[], prefer: NeedKind | undefined): Map<string, number[]> | undefined {
  const field = prefer === undefined ? undefined : FIELD[prefer];
  if (field === undefined) return undefined;
  const features = new Map<string, number[]>();
  tokens.forEach((token, index) => {
    for (const feature of [token, field + token]) {
      const at = features.get(feature);
      if (at) at.push(index);
      else features.set(feature, [index]);
    }
  });
  return features;
}

/**
 * The reading a model gives: pure, deterministic and cheap (a sum of a few
 * weights per key).
 *
 * @example
 * ```ts
 * import model from "tailorplan/data/model/en.json" with { type: "json" };
 * const learned = createLearnedReading(model as LearnedModel);
 * learned.read(["meeting", "everyday", "limit", "productivity"], "challenge")[0];
 * // { key: "meeting-overload", probability: 0.6…, evidence: [0] }
 * ```
 */
export function createLearnedReading(model: LearnedModel): LearnedReading {
  const checked = parseWith(LearnedModelSchema, "model", model);
  const keys = Object.entries(checked.keys).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    language: checked.language,
    read(tokens, prefer) {
      const features = learnedFeatures(tokens, prefer);
      if (!features) return [];
      const found: LearnedKey[] = [];
      for (const [key, { bias, weights }] of keys) {
        let logit = bias;
        const evidence = new Set<number>();
        for (const [feature, at] of features) {
          const weight = weights[feature];
          if (weight === undefined) continue;
          logit += weight;
          if (weight > 0) for (const index of at) evidence.add(index);
        }
        const probability = 1 / (1 + Math.exp(-logit));
        found.push({ key, probability, evidence: [...evidence].sort((a, b) => a - b) });
      }
      return found.sort((a, b) => b.probability - a.probability || (a.key < b.key ? -1 : 1));
    },
  };
}
