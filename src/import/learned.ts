/**
 * A course tagging learned from hand-labelled courses: for each taxonomy
 * key, a logistic model over the course's stemmed words, by where they
 * stand (title, skills list, description), and the phrasings' reading of the
 * same course (`./tagging`: the key's confidence, and which places named it
 * named it). A model of "serves no key at all" (`nothing`) learns what
 * out-of-scope courses look like, so a course of another subject is left
 * untagged rather than pushed onto the nearest key.
 *
 * What the phrasings alone cannot weigh, the model learns from the labels:
 * a skills list's padding ("Leadership and Management" on courses of every
 * subject) counts for little, a certificate on data engineering teaches SQL
 * as well as programming, "Introduction to Psychology" is not a course on
 * wellbeing.
 *
 * The model is data (`data/model/courses.json`, rebuilt by `npm run
 * train:courses` from the labels in `eval/labels/`); the `tailorplan`
 * entry's `importCatalog` passes it in, and `tailorplan/import` takes one
 * as `learned`.
 */
import * as z from "zod/mini";
import type { Grammar } from "../needs/grammar";
import { weightsByFeature } from "../needs/learned";
import { finite, unpackWeights, weightsSchema } from "../needs/packed";
import { readWords, splitClauses, type ReadWords } from "../needs/text";
import { parseWith } from "../validate/parse";

/** One logistic model: its bias, its features' weights, and the weights of the phrasings' reading. */
const LogisticSchema = z.strictObject({
  bias: finite(),
  weights: weightsSchema(),
  /** For a key: the weight of the phrasings' confidence in it (0 when they did not find it). For nothing: of their highest confidence in any key. */
  phrasings: finite(),
  /** For a key: the weight of the title naming it (1, else 0). For nothing: of the title naming any key. */
  title: finite(),
  /** The same for the skills list (enough skills agreeing, as the phrasings count them). */
  skills: finite(),
  /** The same for the description. */
  description: finite(),
  /** The weight of how near the title's words came to the key, however faintly ("Project Launch" to project management). For nothing: the nearest any key came. */
  near: finite(),
});

/** The learned course tagging, as `data/model/courses.json` holds it. */
export const CourseModelSchema = z.strictObject({
  version: z.literal(1),
  /** How the model was made, for people reading the file. */
  source: z.optional(z.string()),
  /** The languages whose stemmed words the weights are for. */
  languages: z.array(z.string().check(z.regex(/^[a-z]{2,3}$/, "must be a two- or three-letter language code"))),
  /** Every feature the model weighs, sorted, separated by spaces: when it is there, each `weights` maps a weight to its features' places in it. */
  vocabulary: z.optional(z.string()),
  keys: z.record(z.string().check(z.minLength(1)), LogisticSchema),
  /** The log-odds that a course serves no key at all: a key is given only when it is likelier than that. */
  nothing: LogisticSchema,
  /**
   * A key is given when its log-odds reach a band's `min`, at that band's
   * confidence (the highest band reached counts). Each confidence is the
   * share of such tags a careful reader accepted in cross-validation on
   * the training courses.
   */
  bands: z.array(z.strictObject({ min: finite(), confidence: z.number().check(z.gte(0), z.lte(1)) })).check(z.minLength(1)),
  /** The log-odds a key after the likeliest must reach as well: a course's second subject needs surer words than its first. */
  further: z.optional(finite()),
});
export type CourseModel = z.infer<typeof CourseModelSchema>;

/** Where a course's words stand. */
export type CoursePlace = "title" | "skills" | "description";
const PREFIX: Record<CoursePlace, string> = { title: "t:", skills: "s:", description: "d:" };

/** A course's words as its language reads them, by place: each text's stems and the words they came from. */
export interface CourseWords {
  readonly title: readonly CourseToken[];
  /** Each skill's stems. */
  readonly skills: ReadonlyArray<readonly CourseToken[]>;
  readonly description: readonly CourseToken[];
}
export interface CourseToken {
  readonly stem: string;
  readonly word: string;
}

/**
 * A text's stems, clause by clause, with the words they came from, as the reader reads them. `read`: the text's clauses
 * as its reading read them in `grammar`, used where they are its clauses as they stand (no topic joined to its comment),
 * so a new text is not read twice.
 */
export function courseTokens(text: string, grammar: Grammar, read?: readonly ReadWords[]): CourseToken[] {
  const clauses = splitClauses(text, grammar);
  const reads = read !== undefined && read.length === clauses.length ? read : clauses.map((clause) => readWords(clause, grammar));
  return reads.flatMap((clause) => clause.tokens.map((stem, i) => ({ stem, word: clause.words[clause.at[i]!]! })));
}

/** One feature of a course: where its stem stood, and the course's words that gave it. */
export interface CourseFeature {
  readonly places: readonly CoursePlace[];
  readonly words: readonly string[];
}

/** Providers list a course's own skills first and pad the list after them: the first few weigh apart ("f:sql"). */
const FIRST_SKILLS = 5;
/** Numbers (a year, "101", "30.2k reviews") say which edition or how popular, not what a course teaches. */
const NUMBER = /^\d/;

/**
 * A course's features: each distinct stem alone and with its place's
 * prefix ("t:sql" in the title, "s:sql" in the skills), so a word can
 * weigh more in a title than in a padded skills list; each pair of stems
 * next to each other in the title ("b:data_engin": data engineering is not
 * data and engineering); each skill as a whole ("k:python_program"), as
 * providers name skills from a list of their own; and the stems of the
 * first few skills ("f:sql"), which are the course's own before the padding.
 */
export function courseFeatures(words: CourseWords): Map<string, CourseFeature> {
  const features = new Map<string, { places: CoursePlace[]; words: string[] }>();
  visitFeatures(words, (feature, place, word) => {
    let at = features.get(feature);
    if (!at) features.set(feature, (at = { places: [], words: [] }));
    if (!at.places.includes(place)) at.places.push(place);
    if (!at.words.includes(word)) at.words.push(word);
  });
  return features;
}

/** A text's features the model knows, as ids, and the text's words that gave each. */
interface Known {
  readonly ids: Int32Array;
  readonly words: ReadonlyArray<readonly string[]>;
}

/** How a text stands in a course, for its features: a title, one of the first skills, a later skill, a description. */
type Role = "title" | "first-skill" | "skill" | "description";

/** Calls `add` for each feature one text gives in its role, once for each word that gives it, in a fixed order. */
function visitText(tokens: readonly CourseToken[], role: Role, add: (feature: string, place: CoursePlace, word: string) => void): void {
  const place: CoursePlace = role === "title" ? "title" : role === "description" ? "description" : "skills";
  for (const { stem, word } of tokens) {
    if (NUMBER.test(stem)) continue;
    add(stem, place, word);
    add(PREFIX[place] + stem, place, word);
  }
  if (role === "title") {
    tokens.forEach((token, i) => {
      const next = tokens[i + 1];
      if (next && !NUMBER.test(token.stem) && !NUMBER.test(next.stem)) for (const word of [token.word, next.word]) add(`b:${token.stem}_${next.stem}`, "title", word);
    });
  } else if (role !== "description") {
    if (role === "first-skill") for (const { stem, word } of tokens) if (!NUMBER.test(stem)) add(`f:${stem}`, "skills", word);
    if (tokens.length > 1 && !tokens.some((t) => NUMBER.test(t.stem))) for (const { word } of tokens) add(`k:${tokens.map((t) => t.stem).join("_")}`, "skills", word);
  }
}

/** Calls `add` for each feature of a course, text by text: the title, the skills, the description. */
function visitFeatures(words: CourseWords, add: (feature: string, place: CoursePlace, word: string) => void): void {
  visitText(words.title, "title", add);
  words.skills.forEach((skill, i) => visitText(skill, i < FIRST_SKILLS ? "first-skill" : "skill", add));
  visitText(words.description, "description", add);
}

/** How the phrasings read a course: each key's confidence and the places that named it. */
export interface PhrasingsScore {
  readonly confidence: number;
  readonly from: readonly CoursePlace[];
  readonly near: number;
}
export type PhrasingsScores = ReadonlyMap<string, PhrasingsScore>;

const PLACES: readonly CoursePlace[] = ["title", "skills", "description"];

/** A key's inputs from the phrasings, in the order of the model's `phrasings`, `title`, `skills`, `description`, `near`: its confidence, 1 for each place that named it, how near the title came. */
export function phrasingsInputs(score: PhrasingsScore | undefined): number[] {
  return score ? [score.confidence, ...PLACES.map((place) => (score.from.includes(place) ? 1 : 0)), score.near] : [0, 0, 0, 0, 0];
}

/** The nothing model's inputs, in the same order: the phrasings' highest confidence in any key, then 1 for each place that named any. */
export function nothingInputs(phrasings: PhrasingsScores): number[] {
  const inputs = [0, 0, 0, 0, 0];
  for (const score of phrasings.values()) phrasingsInputs(score).forEach((value, i) => (inputs[i] = Math.max(inputs[i]!, value)));
  return inputs;
}

/** The weighted sum of a model's inputs. */
const weighInputs = (m: z.infer<typeof LogisticSchema>, inputs: readonly number[]) => m.phrasings * inputs[0]! + m.title * inputs[1]! + m.skills * inputs[2]! + m.description * inputs[3]! + m.near * inputs[4]!;

/** One key the model gives a course. */
export interface LearnedTag {
  readonly key: string;
  /** The band's confidence. */
  readonly confidence: number;
  /** The log-odds the tag was given at; decisions compare log-odds, never `Math.exp`'s result, so every engine reads alike. */
  readonly logit: number;
  /** The course's words whose features weighed for the key, and where they stood. */
  readonly words: readonly string[];
  readonly places: readonly CoursePlace[];
}

/** What a learned course tagging reads. */
export interface CourseModelReading {
  /** The keys the model holds: a key it does not hold is left to the phrasings. */
  readonly keys: ReadonlySet<string>;
  /** The keys a course serves, likeliest first, at most `maxTags`; none when it is likelier to serve no key. */
  read(words: CourseWords, phrasings: PhrasingsScores, maxTags: number): readonly LearnedTag[];
  /**
   * The key the model finds likeliest, given or not: what a course left out came nearest to. Its `confidence` is
   * shown, never decided on: a key the model would give has its band's confidence; one it would not, the logistic
   * of its log-odds, or of their lead over no key's when that is less (to three decimals), so that a key refused
   * because no key was likelier stays under one half.
   */
  nearest(words: CourseWords, phrasings: PhrasingsScores): LearnedTag | undefined;
}

/**
 * A learned course tagging: pure, deterministic and cheap (a sum of a few
 * weights per key).
 *
 * @example
 * ```ts
 * const reading = createCourseModel(model);
 * reading.read(words, phrasings, 3)[0]; // { key: "sql", confidence: 0.93, … }
 * ```
 */
export function createCourseModel(model: unknown): CourseModelReading {
  const checked = parseWith(CourseModelSchema, "learned", model);
  const unpacked = unpackWeights("learned", checked);
  const keys = Object.entries(unpacked.keys).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const bands = [...checked.bands].sort((a, b) => b.min - a.min);
  const lowest = bands[bands.length - 1]!.min;
  const further = checked.further ?? -Infinity;
  // Each feature's weights by model (the keys', then nothing's), built once as typed arrays, features numbered.
  const lists = weightsByFeature([...keys.map(([, m]) => m), unpacked.nothing!]);
  const ids = new Map([...lists.keys()].map((feature, id) => [feature, id] as const));
  // All in three flat arrays: feature `id`'s models and weights stand from `starts[id]` to `starts[id + 1]`.
  const starts = new Int32Array(lists.size + 1);
  let filled = 0;
  [...lists.values()].forEach((list, id) => (starts[id + 1] = filled += list.length));
  const modelAt = new Int32Array(filled);
  const weightAt = new Float64Array(filled);
  filled = 0;
  for (const list of lists.values()) {
    for (const [k, w] of list) {
      modelAt[filled] = k;
      weightAt[filled++] = w;
    }
  }
  // A text's known features as ids, by role, kept for its tokens: the tagger keeps one token list per text, and
  // skills repeat across a catalog.
  const known = new WeakMap<readonly CourseToken[], Partial<Record<Role, Known>>>();
  const idsOf = (tokens: readonly CourseToken[], role: Role): Known => {
    let byRole = known.get(tokens);
    if (!byRole) known.set(tokens, (byRole = {}));
    let found = byRole[role];
    if (!found) {
      const list: number[] = [];
      const words: string[][] = [];
      visitText(tokens, role, (feature, _, word) => {
        const id = ids.get(feature);
        if (id === undefined) return;
        const at = list.indexOf(id);
        if (at < 0) {
          list.push(id);
          words.push([word]);
        } else if (!words[at]!.includes(word)) words[at]!.push(word);
      });
      byRole[role] = found = { ids: Int32Array.from(list), words };
    }
    return found;
  };
  /** A course's texts: each one's known features, and the place it stands in. */
  const textsOf = (words: CourseWords): Array<{ readonly known: Known; readonly place: CoursePlace }> => [
    { known: idsOf(words.title, "title"), place: "title" },
    ...words.skills.map((skill, i) => ({ known: idsOf(skill, i < FIRST_SKILLS ? "first-skill" : "skill"), place: "skills" as const })),
    { known: idsOf(words.description, "description"), place: "description" },
  ];
  /** Model k's weight of feature `id`, 0 when it has none. */
  const weightOf = (id: number, k: number): number => {
    for (let i = starts[id]!, end = starts[id + 1]!; i < end; i++) if (modelAt[i] === k) return weightAt[i]!;
    return 0;
  };
  // Which features a course has already counted: a stamp per feature, new for each course.
  const stamps = new Int32Array(lists.size);
  let stamp = 0;
  const index = new Map(keys.map(([key], k) => [key, k] as const));
  const before = (logits: Float64Array, a: number, b: number) => logits[a]! > logits[b]! || (logits[a] === logits[b] && keys[a]![0] < keys[b]![0]);
  /** Every model's log-odds (the keys', then nothing's), and the `count` likeliest keys, likeliest first (ties by key). */
  const sums = (words: CourseWords, phrasings: PhrasingsScores, count: number) => {
    const logits = new Float64Array(keys.length + 1);
    keys.forEach(([, m], k) => (logits[k] = m.bias));
    for (const [key, score] of phrasings) {
      const k = index.get(key);
      if (k !== undefined) logits[k]! += weighInputs(keys[k]![1], phrasingsInputs(score));
    }
    logits[keys.length] = checked.nothing.bias + weighInputs(checked.nothing, nothingInputs(phrasings));
    stamp++;
    const texts = textsOf(words);
    for (const { known: found } of texts) {
      const ids = found.ids;
      for (let n = 0; n < ids.length; n++) {
        const id = ids[n]!;
        if (stamps[id] === stamp) continue;
        stamps[id] = stamp;
        for (let i = starts[id]!, end = starts[id + 1]!; i < end; i++) logits[modelAt[i]!]! += weightAt[i]!;
      }
    }
    const top: number[] = [];
    for (let k = 0; k < keys.length; k++) {
      if (top.length === count && !before(logits, k, top[count - 1]!)) continue;
      let at = top.length;
      while (at > 0 && before(logits, k, top[at - 1]!)) at--;
      top.splice(at, 0, k);
      if (top.length > count) top.pop();
    }
    return { logits, nothing: logits[keys.length]!, top, texts };
  };
  /** Key k's tag at a confidence: the words behind it are those of the features that weighed for it, looked up only for the few keys told. */
  const tagOf = (k: number, logit: number, confidence: number, texts: ReturnType<typeof textsOf>): LearnedTag => {
    const said = new Set<string>();
    const places = new Set<CoursePlace>();
    for (const { known: found, place } of texts) {
      found.ids.forEach((id, i) => {
        if (weightOf(id, k) <= 0) return;
        for (const word of found.words[i]!) said.add(word);
        places.add(place);
      });
    }
    return { key: keys[k]![0], confidence, logit, words: [...said], places: PLACES.filter((place) => places.has(place)) };
  };
  let last: { readonly words: CourseWords; readonly phrasings: PhrasingsScores; readonly sums: ReturnType<typeof sums> } | undefined;
  return {
    keys: new Set(keys.map(([key]) => key)),
    read(words, phrasings, maxTags) {
      const found = sums(words, phrasings, Math.max(1, maxTags));
      last = { words, phrasings, sums: found };
      const { logits, nothing, top, texts } = found;
      const tags: LearnedTag[] = [];
      for (const k of top.slice(0, maxTags)) {
        const logit = logits[k]!;
        if (logit < lowest || logit < nothing || (tags.length > 0 && logit < further)) break;
        tags.push(tagOf(k, logit, bands.find((band) => logit >= band.min)!.confidence, texts));
      }
      return tags;
    },
    nearest(words, phrasings) {
      // A course left out is asked right after it was read: its sums are the last ones, and the likeliest key is first.
      const { logits, nothing, top, texts } = last && last.words === words && last.phrasings === phrasings ? last.sums : sums(words, phrasings, 1);
      const k = top[0];
      if (k === undefined) return undefined;
      const logit = logits[k]!;
      const band = logit >= nothing ? bands.find((b) => logit >= b.min) : undefined;
      return tagOf(k, logit, band ? band.confidence : Math.round(1000 / (1 + Math.exp(-Math.min(logit, logit - nothing)))) / 1000, texts);
    },
  };
}
