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
import type { NeedKind, TaxonomyEntry } from "../schema/taxonomy";
import type { KeyMatch } from "./matcher";
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
  /**
   * The log-odds the probability comes from. Decisions compare it with
   * fixed log-odds, never `Math.exp`'s result, whose last digit may differ
   * between JavaScript engines: the same words read the same everywhere.
   */
  readonly logit: number;
  readonly evidence: readonly number[];
}

/** How the taxonomy's phrasings read one statement: its keys, best first, and the keys it says are no trouble. */
export interface PhrasingsReading {
  readonly matches: readonly KeyMatch[];
  readonly fine: readonly string[];
}

/** What the matcher asks of a learned reading. */
export interface LearnedReading {
  /** The language whose statements it reads. */
  readonly language: string;
  /**
   * The phrasings' reading of a statement with what this reading adds (see
   * {@link createLearnedReading}); `tokens` are the statement's stemmed
   * words, `entries` the taxonomy's keys.
   */
  amend(reading: PhrasingsReading, tokens: readonly string[], prefer: NeedKind | undefined, entries: ReadonlyMap<string, Pick<TaxonomyEntry, "opposite">>): PhrasingsReading;
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
 * A key the phrasings half-recognised (at least `LEARNED_SUPPORT`) that the
 * learned reading finds 0.4 likely is likely enough to ask about: as
 * log-odds, ln(0.4 / 0.6).
 */
const LEARNED_WITH_WORDS = -0.4054651081081643;
const LEARNED_SUPPORT = 0.1;
/** A key no phrasing recognised at all must be as likely (0.4) to the learned reading alone. */
const LEARNED_ALONE = LEARNED_WITH_WORDS;
/** Below this, the phrasings found nothing: the learned reading may say what the statement is about. */
const NOTHING_FOUND = 0.62;
/**
 * The confidence of a key the learned reading confirmed or found: the share
 * of such keys a careful reader accepted in cross-validation on the
 * labelled statements' training split (see BENCHMARKS.md). Below
 * `UNSURE_BELOW` (`./ask`), so a plan asks before acting on it.
 */
const LEARNED_CONFIDENCE = 0.72;

/**
 * What a learned reading adds to the phrasings' reading of one statement:
 * a key the phrasings half-recognised that it finds likely, and when the
 * phrasings found nothing, the keys it finds likely from the words alone.
 * It never adds the other side of a pair already read, and is not asked
 * about a statement that says something is no trouble: it does not read
 * negation.
 */
function withLearned(reading: PhrasingsReading, found: readonly LearnedKey[], entries: ReadonlyMap<string, Pick<TaxonomyEntry, "opposite">>): PhrasingsReading {
  if (found.length === 0) return reading;
  const matches = new Map(reading.matches.map((m) => [m.key, m] as const));
  let changed = false;
  const nothing = !reading.matches.some((m) => m.confidence >= NOTHING_FOUND);
  const opposite = (key: string) => {
    const other = entries.get(key)?.opposite;
    return other !== undefined && (matches.get(other)?.confidence ?? 0) >= NOTHING_FOUND;
  };
  for (const { key, logit, evidence } of found) {
    if (evidence.length === 0 || !entries.has(key) || opposite(key)) continue;
    const lexical = matches.get(key);
    if (lexical && lexical.confidence >= LEARNED_CONFIDENCE) continue;
    if (lexical && lexical.confidence >= LEARNED_SUPPORT && logit >= LEARNED_WITH_WORDS) {
      matches.set(key, { ...lexical, confidence: LEARNED_CONFIDENCE });
      changed = true;
    } else if (nothing && logit >= LEARNED_ALONE) {
      matches.set(key, { key, confidence: LEARNED_CONFIDENCE, evidence: evidence.map((word) => ({ word, weight: 1 })) });
      changed = true;
    }
  }
  if (!changed) return reading;
  const sorted = [...matches.values()].sort((a, b) => b.confidence - a.confidence || b.evidence.length - a.evidence.length || (a.key < b.key ? -1 : 1));
  return { matches: sorted, fine: reading.fine };
}

/**
 * The reading a model gives: pure, deterministic and cheap (a sum of a few
 * weights per key). It adds to the phrasings' reading a key they
 * half-recognised that the model finds likely, and, when they found
 * nothing, the keys the model finds likely from the words alone, at a
 * confidence that asks before acting.
 *
 * @example
 * ```ts
 * import model from "tailorplan/data/model/en.json" with { type: "json" };
 * const learned = createLearnedReading(model as LearnedModel);
 * learned.read(["pay", "lag", "behind"], "challenge")[0];
 * // { key: "pay-dissatisfaction", probability: 0.70…, logit: 0.87…, evidence: [0] }
 * ```
 */
export function createLearnedReading(model: LearnedModel): LearnedReading {
  const checked = parseWith(LearnedModelSchema, "model", model);
  const keys = Object.entries(checked.keys).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const reading: LearnedReading = {
    language: checked.language,
    amend: (phrasings, tokens, prefer, entries) => withLearned(phrasings, reading.read(tokens, prefer), entries),
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
        found.push({ key, probability, logit, evidence: [...evidence].sort((a, b) => a - b) });
      }
      return found.sort((a, b) => b.logit - a.logit || (a.key < b.key ? -1 : 1));
    },
  };
  return reading;
}
