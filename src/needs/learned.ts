/**
 * A reading learned from hand-labelled statements: for each taxonomy key, a
 * logistic model over a statement's stemmed words and the field it was
 * written in (what moves someone, what holds them back, where they want to
 * go). It never reads a statement alone: the matcher (`./matcher`) hands it
 * the phrasings' reading of each statement. A model of one of two kinds:
 *
 * - one that amends (a model without `decide`) adds the keys words the
 *   phrasings half-recognised most likely mean, and which key a statement
 *   whose words they did not recognise at all is about, unsure by design, so
 *   a plan asks about it before acting on it;
 * - one that decides (every built-in model) also weighs the phrasings'
 *   confidence in each key, and its keys are those that reach a band of
 *   log-odds, at the band's calibrated confidence.
 *
 * The models are data (`data/model/<language>.json`, rebuilt by `npm run
 * train:reading` from the labels in `eval/labels/`), so the engine
 * (`tailorplan/core`) does not carry them: the `tailorplan` entry passes them
 * in as `learned`.
 */
import * as z from "zod/mini";
import type { NeedKind, TaxonomyEntry } from "../schema/taxonomy";
import { COMPOUND_PART, compoundParts } from "./compounds";
import { byReadingOrder, round, type KeyMatch } from "./matcher";
import { parseWith } from "../validate/parse";
import type { Grammar } from "./grammar";
import { JUDGED, judgedTokens, unjudged, type ReadWords } from "./text";
import { finite, unpackWeights, weightsSchema, type Unpacked } from "./packed";

/** The learned model, as `data/model/en.json` holds it. */
export const LearnedModelSchema = z.strictObject({
  version: z.literal(1),
  /** The language whose stemmed words the weights are for ("en"). */
  language: z.string().check(z.regex(/^[a-z]{2,3}$/, "must be a two- or three-letter language code")),
  /** How the model was made, for people reading the file. */
  source: z.optional(z.string()),
  /**
   * For a language that writes compounds: the stems a compound the model
   * has no weight for may be met as ("Gehaltsband": "gehalt", "band"),
   * each seen alone in a few training statements. Read as the model was
   * trained: a stem in this list is never split.
   */
  parts: z.optional(z.array(z.string().check(z.minLength(1)))),
  /**
   * Terms of two stems the model reads as one where they are written side
   * by side ("time+management": a skill, not the company's managers), as
   * it was trained: the taxonomy's names whose last word alone names
   * another need.
   */
  terms: z.optional(z.array(z.string().check(z.regex(/^[^+\s]+\+[^+\s]+$/, "must be two stems joined by +")))),
  /** The profile fields it was trained on and reads; motivations and challenges when left out. */
  fields: z.optional(z.array(z.enum(["motivations", "challenges", "goals"]))),
  /**
   * Every feature the model weighs, sorted, separated by spaces: when it is
   * there, each `weights` maps a weight to its features' places in it (see
   * `./packed`); when it is not, each feature to its weight.
   */
  vocabulary: z.optional(z.string()),
  /** Per key: the log-odds with no words, and each feature's weight. */
  keys: z.record(
    z.string().check(z.minLength(1)),
    z.strictObject({
      bias: finite(),
      weights: weightsSchema(),
      /** For a model that decides: the weight of the phrasings' confidence in this key (0 when they did not find it). */
      phrasings: z.optional(finite()),
    }),
  ),
  /**
   * For a model that decides: the log-odds that a statement names no need
   * at all (it is about something else, or says something is no trouble),
   * from its words, whether the phrasings read some need as no trouble, and
   * how sure they are of the likeliest need they found. A key is read only
   * when it is likelier than that: one model learns from every such
   * statement what a key's own model sees only a few of.
   */
  nothing: z.optional(
    z.strictObject({
      bias: finite(),
      weights: weightsSchema(),
      /** The weight of the phrasings reading some need as no trouble ("… no me molestan"): 1 when they do, else 0. */
      fine: z.optional(finite()),
      /** The weight of the phrasings' highest confidence in any key (0 when they found none). */
      found: z.optional(finite()),
    }),
  ),
  /**
   * A model that decides rather than amends: it was trained on the
   * phrasings' reading as well as the words (each key's `phrasings`
   * weight), and the keys it reads are those whose log-odds reach a band's
   * `min`, at that band's confidence (the highest band reached counts).
   * The bands come from cross-validation on the training split, so each
   * confidence is the share of such keys a careful reader accepted.
   */
  decide: z.optional(
    z.strictObject({
      bands: z
        .array(z.strictObject({ min: finite(), confidence: z.number().check(z.gte(0), z.lte(1)) }))
        .check(z.minLength(1)),
      /** The log-odds a key after the likeliest must reach as well: a statement seldom names more than one need. */
      further: z.optional(finite()),
    }),
  ),
});
export type LearnedModel = z.infer<typeof LearnedModelSchema>;
/** A model as trained, and as read: every weight by its feature, none packed (no `vocabulary`). */
export type UnpackedLearnedModel = Omit<LearnedModel, "vocabulary" | "keys" | "nothing"> & {
  keys: Record<string, Unpacked<LearnedModel["keys"][string]>>;
  nothing?: Unpacked<NonNullable<LearnedModel["nothing"]>>;
};

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
  /** Whether words of the statement say something is no trouble or does not matter ("… is not a problem for me"). */
  readonly saysFine?: boolean;
}

/** What the matcher asks of a learned reading. */
export interface LearnedReading {
  /** The language whose statements it reads. */
  readonly language: string;
  /**
   * The phrasings' reading of a statement with what this reading adds (see
   * {@link createLearnedReading}); `clauses` are the statement's clauses as
   * the matcher read them by `grammar` (their stems, clause after clause,
   * are the positions evidence counts), `entries` the taxonomy's keys.
   */
  amend(reading: PhrasingsReading, clauses: readonly ReadWords[], grammar: Grammar, prefer: NeedKind | undefined, entries: ReadonlyMap<string, Pick<TaxonomyEntry, "opposite">>): PhrasingsReading;
  /**
   * Every key's probability for a statement's stemmed words, most likely
   * first; none for fields it was not trained on. A model that decides also
   * weighs `phrasings`, the phrasings' confidence in each key. A model
   * with `parts` meets a compound by its parts, found by `grammar`'s stems
   * (as written, without one).
   */
  read(tokens: readonly string[], prefer: NeedKind | undefined, phrasings?: ReadonlyMap<string, number>, grammar?: Pick<Grammar, "stem">): readonly LearnedKey[];
}

/** A profile field a model reads, by the kind its statements are read as (goals: none). */
export type LearnedField = "motivations" | "challenges" | "goals";
const FIELDS: ReadonlyMap<NeedKind | undefined, LearnedField> = new Map([
  ["motivation", "motivations"],
  ["challenge", "challenges"],
  [undefined, "goals"],
]);
/** The field prefix of a statement's features: what moves someone, what holds them back, where they want to go. */
const PREFIX: Record<LearnedField, string> = { motivations: "m:", challenges: "c:", goals: "g:" };

/** The profile field whose statements are read as `prefer`; none for a kind no field is read as (competencies in feedback). */
export function learnedField(prefer: NeedKind | undefined): LearnedField | undefined {
  return FIELDS.get(prefer);
}

/**
 * A statement's features: each distinct stem alone and with its field's
 * prefix, so "pay" can mean one key among motivations and another among
 * challenges, and with `parts` the stems a compound is met as, at the
 * compound's place. Undefined for a kind no field is read as.
 */
export function learnedFeatures(tokens: readonly string[], prefer: NeedKind | undefined, parts?: (token: string) => readonly string[]): Map<string, number[]> | undefined {
  const name = learnedField(prefer);
  if (name === undefined) return undefined;
  const field = PREFIX[name];
  const features = new Map<string, number[]>();
  const add = (feature: string, index: number) => {
    const at = features.get(feature);
    if (!at) features.set(feature, [index]);
    else if (at.at(-1) !== index) at.push(index);
  };
  tokens.forEach((token, index) => {
    for (const word of [token, ...(parts?.(token) ?? [])]) {
      add(word, index);
      add(field + word, index);
    }
  });
  return features;
}

/** The stemmer of a reading given no grammar: words as written. One function, so its splitter is made once. */
const AS_WRITTEN = (word: string): string => word;

/** How many training statements a stem must stand alone in to be a compound's part (see {@link partsVocabulary}). */
const PART_SEEN = 3;
/** The most compounds a splitter remembers: a server reading for months does not grow without end. */
const SPLITS_KEPT = 20_000;

/**
 * The stems a compound may be met as, from the statements a model learns
 * from (each statement's stems): those at least `COMPOUND_PART` letters
 * long that stand alone in `PART_SEEN` statements or more, sorted.
 */
export function partsVocabulary(statements: ReadonlyArray<readonly string[]>): string[] {
  const seen = new Map<string, number>();
  for (const tokens of statements) {
    for (const token of new Set(tokens)) if (!token.startsWith(JUDGED) && token.length >= COMPOUND_PART) seen.set(token, (seen.get(token) ?? 0) + 1);
  }
  return [...seen].filter(([, count]) => count >= PART_SEEN).map(([token]) => token).sort();
}

/**
 * The parts a stem not in `vocabulary` is met as: a compound's two parts,
 * or its head, as `compoundParts` finds them among the vocabulary's stems;
 * a stem said to be no trouble keeps its mark on its parts.
 */
export function compoundSplitter(vocabulary: readonly string[], stem: (word: string) => string): (token: string) => readonly string[] {
  const known = new Set(vocabulary);
  const splits = new Map<string, readonly string[]>();
  return (token) => {
    let parts = splits.get(token);
    if (parts === undefined) {
      const bare = unjudged(token);
      parts = known.has(bare) ? [] : compoundParts(bare, stem, known).map(([part]) => (bare === token ? part : JUDGED + part));
      if (splits.size >= SPLITS_KEPT) splits.clear();
      splits.set(token, parts);
    }
    return parts;
  };
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
const LEARNED_CONFIDENCE = 0.69;

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
  const sorted = [...matches.values()].sort(byReadingOrder);
  return { matches: sorted, fine: reading.fine };
}

/**
 * Each feature's weights across several logistic models: feature → [model's
 * position, weight], in the models' order, so a text looks up only its own
 * features.
 */
export function weightsByFeature(models: ReadonlyArray<{ readonly weights: Readonly<Record<string, number>> }>): Map<string, Array<readonly [number, number]>> {
  const byFeature = new Map<string, Array<readonly [number, number]>>();
  models.forEach((model, k) => {
    for (const [feature, weight] of Object.entries(model.weights)) {
      let list = byFeature.get(feature);
      if (!list) byFeature.set(feature, (list = []));
      list.push([k, weight]);
    }
  });
  return byFeature;
}

/** The model of nothing's `found` input: the phrasings' highest confidence in any key, 0 when they found none. */
export function likeliestFound(phrasings: ReadonlyMap<string, number> | undefined): number {
  let likeliest = 0;
  for (const confidence of phrasings?.values() ?? []) likeliest = Math.max(likeliest, confidence);
  return likeliest;
}

/** How much less sure a key the phrasings found and a deciding model turned down is: it stays a candidate a question may offer, never a need. */
const TURNED_DOWN = 0.5;

/**
 * The reading of a model that decides: the keys whose log-odds reach a
 * band and the log-odds that the statement names no need (`nothing`), at
 * the band's confidence, with the phrasings' evidence where they found
 * the key, else the words that weighed for it. Of a pair of opposites only
 * the likelier is read. A key the phrasings found and the model turned
 * down stays a candidate at a confidence below any need's; one the model
 * was not trained on keeps the phrasings' reading. `entries` hold every key
 * the model knows (see `holdsEveryKey`).
 */
function decided(reading: PhrasingsReading, found: readonly LearnedKey[], nothing: number, bands: ReadonlyArray<{ readonly min: number; readonly confidence: number }>, further: number, entries: ReadonlyMap<string, Pick<TaxonomyEntry, "opposite">>): PhrasingsReading {
  const lexical = new Map(reading.matches.map((m) => [m.key, m] as const));
  const logits = new Map(found.map((f) => [f.key, f.logit] as const));
  const matches: KeyMatch[] = [];
  const taken = new Set<string>();
  // A topic said to be no trouble is not a need either way round: "le salaire, ça va" asks for neither better pay nor
  // income as a motivation. Unless the phrasings read the other side in its own words: in "the pay is ok but I haven't
  // had a raise in years" the pay is fine and the missing raise a complaint.
  const fine = new Set(
    reading.fine.flatMap((key) => {
      const other = entries.get(key)?.opposite;
      return other === undefined || (lexical.get(other)?.confidence ?? 0) >= NOTHING_FOUND ? [key] : [key, other];
    }),
  );
  for (const { key, logit, evidence } of found) {
    if (fine.has(key)) continue;
    const band = bands.find((b) => logit >= b.min);
    if (!band || logit < nothing || (taken.size > 0 && logit < further)) break;
    const said = lexical.get(key);
    if (!said && evidence.length === 0) continue;
    const other = entries.get(key)?.opposite;
    if (other !== undefined && (logits.get(other) ?? -Infinity) > logit) continue;
    matches.push({ key, confidence: band.confidence, evidence: said ? said.evidence : evidence.map((word) => ({ word, weight: 1 })) });
    taken.add(key);
  }
  // A key the model was not trained on (one a taxonomy adds to the keys it knows) keeps the phrasings' reading.
  for (const match of reading.matches) if (!taken.has(match.key)) matches.push(logits.has(match.key) ? { ...match, confidence: round(match.confidence * TURNED_DOWN) } : match);
  matches.sort(byReadingOrder);
  return { matches, fine: reading.fine };
}

/**
 * Whether the phrasings' likeliest key rests on every word of the statement
 * and they are sure of it. A word they only half-recognise ("culture", read
 * 0.24 as a part of "company culture") is the model's to weigh: it learned
 * from the reviews what such a word alone means in each field.
 */
function onePhrasing(reading: PhrasingsReading, words: number): boolean {
  const best = reading.matches[0];
  return best !== undefined && words > 0 && best.confidence >= NOTHING_FOUND && new Set(best.evidence.map((e) => e.word)).size >= words;
}

/**
 * The reading a model gives: pure, deterministic and cheap (a sum of a few
 * weights per key). A model that amends adds to the phrasings' reading a
 * key they half-recognised that the model finds likely, and, when they
 * found nothing, the keys the model finds likely from the words alone, at
 * a confidence that asks before acting. A model that decides (`decide`)
 * reads the keys that reach its bands instead (see `decided`).
 *
 * @example
 * ```ts
 * import model from "tailorplan/data/model/en.json" with { type: "json" };
 * const learned = createLearnedReading(model as LearnedModel);
 * learned.read(["pay", "lag", "behind"], "challenge")[0];
 * // { key: "pay-dissatisfaction", probability: 0.64…, logit: 0.6, evidence: [0] }
 * ```
 */
export function createLearnedReading(model: LearnedModel): LearnedReading {
  const checked = parseWith(LearnedModelSchema, "model", model);
  const { keys: byKey, nothing: nothingModel } = unpackWeights("model", checked);
  const keys = Object.entries(byKey).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const fields = new Set<LearnedField>(checked.fields ?? ["motivations", "challenges"]);
  const terms = checked.terms ? new Set(checked.terms) : undefined;
  const bands = checked.decide ? [...checked.decide.bands].sort((a, b) => b.min - a.min) : undefined;
  // Each feature's weights by key, built once: a statement looks up only its own few features. The model of a
  // statement that names no need comes last, after the keys.
  const byFeature = weightsByFeature(nothingModel ? [...keys.map(([, model]) => model), nothingModel] : keys.map(([, model]) => model));
  /** Every model's log-odds for a statement's features (the keys', then nothing's), and the words that weighed for each key. */
  const sums = (features: Map<string, number[]>, phrasings: ReadonlyMap<string, number> | undefined, saidFine = false) => {
    // Each model starts from its bias and the phrasings' confidence; each feature then adds its weights, in the order
    // the features come, so every sum is made in the same order as feature by feature.
    const logits = keys.map(([key, model]) => model.bias + (model.phrasings ?? 0) * (phrasings?.get(key) ?? 0));
    if (checked.nothing) {
      logits.push(checked.nothing.bias + (saidFine ? (checked.nothing.fine ?? 0) : 0) + (checked.nothing.found ?? 0) * likeliestFound(phrasings));
    }
    const evidence: Array<Set<number> | undefined> = [];
    for (const [feature, at] of features) {
      for (const [k, weight] of byFeature.get(feature) ?? []) {
        logits[k]! += weight;
        if (weight > 0) for (const index of at) (evidence[k] ??= new Set()).add(index);
      }
    }
    const found = keys.map(([key], k): LearnedKey => {
      const logit = logits[k]!;
      return { key, probability: 1 / (1 + Math.exp(-logit)), logit, evidence: [...(evidence[k] ?? [])].sort((a, b) => a - b) };
    });
    found.sort((a, b) => b.logit - a.logit || (a.key < b.key ? -1 : 1));
    return { found, nothing: checked.nothing ? logits[keys.length]! : -Infinity };
  };
  const holding = new WeakMap<object, boolean>();
  const holdsEveryKey = (entries: ReadonlyMap<string, unknown>): boolean => {
    let holds = holding.get(entries);
    if (holds === undefined) holding.set(entries, (holds = keys.every(([key]) => entries.has(key))));
    return holds;
  };
  // Compounds are split by the stems of the language the statement is read in, as the model was trained: one splitter
  // (and its memory of splits) per stemmer, tokens read as written when no grammar is given.
  const splitters = new WeakMap<(word: string) => string, (token: string) => readonly string[]>();
  const partsOf = (stem: (word: string) => string = AS_WRITTEN) => {
    if (checked.parts === undefined) return undefined;
    let split = splitters.get(stem);
    if (!split) splitters.set(stem, (split = compoundSplitter(checked.parts, stem)));
    return split;
  };
  const featuresOf = (tokens: readonly string[], prefer: NeedKind | undefined, grammar?: Pick<Grammar, "stem">) => {
    const field = learnedField(prefer);
    return field !== undefined && fields.has(field) ? learnedFeatures(tokens, prefer, partsOf(grammar?.stem)) : undefined;
  };
  const reading: LearnedReading = {
    language: checked.language,
    amend(phrasings, clauses, grammar, prefer, entries) {
      const field = learnedField(prefer);
      // A field the model was not trained on (competencies named in feedback) keeps the phrasings' reading.
      if (field === undefined || !fields.has(field)) return phrasings;
      const tokens = clauses.flatMap((clause) => judgedTokens(clause, grammar, terms));
      // Words saying something is no trouble turn what a reading that only amends, blind to negation, would add.
      if (!bands) return phrasings.fine.length > 0 || phrasings.saysFine === true ? phrasings : withLearned(phrasings, reading.read(tokens, prefer, undefined, grammar), entries);
      // A model that decides weighs every key it knows against the others: it reads for a taxonomy that holds them all.
      // A statement that is one phrasing and nothing else ("recognition", "public speaking") is the phrasings' to read: on
      // the labelled reviews such statements read the same with or without the model, and it learned from sentences.
      if (!holdsEveryKey(entries) || onePhrasing(phrasings, tokens.length)) return phrasings;
      const said = new Map(phrasings.matches.map((m) => [m.key, m.confidence] as const));
      const { found, nothing } = sums(featuresOf(tokens, prefer, grammar)!, said, phrasings.fine.length > 0);
      return decided(phrasings, found, nothing, bands, checked.decide?.further ?? -Infinity, entries);
    },
    read(tokens, prefer, phrasings, grammar) {
      const features = featuresOf(tokens, prefer, grammar);
      return features ? sums(features, phrasings).found : [];
    },
  };
  return reading;
}
