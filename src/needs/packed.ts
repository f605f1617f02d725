/**
 * The packed form of a learned model's weights, as the files under
 * `data/model/` hold them. A model has a hundred thousand weights or more,
 * almost all of them a few tenths: written feature by feature, each
 * feature's name is repeated in every key that weighs it. Packed, the file
 * names every feature once, in `vocabulary` (sorted, separated by spaces),
 * and each key's `weights` map each weight to the features that have it, as
 * places in the vocabulary: the first place, then the gap to each next one
 * ("0.3": "12 1 40" is places 12, 13 and 53). The learned readings'
 * files are about 40% smaller gzipped; what they mean is the same, and a
 * model written feature by feature (no `vocabulary`) reads as before.
 */
import * as z from "zod/mini";
import { ValidationError, type Issue } from "../errors";

/** A number schema that refuses NaN and the infinities, for every part of a learned model (`./learned`, `../import/learned`). */
export const finite = () => z.number().check(z.refine(Number.isFinite, "must be a finite number"));

/** Places in the vocabulary: the first, then each gap to the next (at least 1), separated by single spaces. */
const PLACES = /^\d+(?: [1-9]\d*)*$/;

/**
 * A model's weights: feature → weight, or, in a model with a `vocabulary`,
 * weight (as written, "0.3") → the features that have it, as places in the
 * vocabulary (the first, then the gaps).
 */
export const weightsSchema = () =>
  z.record(z.string().check(z.minLength(1)), z.union([finite(), z.string().check(z.regex(PLACES, "must be places in the vocabulary: the first, then each gap to the next, separated by spaces"))]));

/** The weights as a model reads them: feature → weight. */
export type Weights = Readonly<Record<string, number>>;

/** A model's part with weights of either form, and the same part as read: every weight by its feature. */
type Packable = { readonly weights: Readonly<Record<string, number | string>> };
export type Unpacked<T extends Packable> = Omit<T, "weights"> & { readonly weights: Weights };

/**
 * Packs the weights of a model's parts (its keys', then the model of
 * nothing's): the vocabulary of every feature they weigh, sorted, and each
 * part's weights as weight → places. The parts' order and the features'
 * order within a part do not change the result.
 */
export function packWeights(parts: readonly Weights[]): { vocabulary: string; weights: Array<Record<string, string>> } {
  const features = [...new Set(parts.flatMap((weights) => Object.keys(weights)))].sort();
  for (const feature of features) if (/\s/.test(feature)) throw new Error(`packWeights: the feature ${JSON.stringify(feature)} holds a space`);
  const place = new Map(features.map((feature, at) => [feature, at] as const));
  const weights = parts.map((part) => {
    const byWeight = new Map<number, number[]>();
    for (const [feature, weight] of Object.entries(part)) {
      const places = byWeight.get(weight);
      if (places) places.push(place.get(feature)!);
      else byWeight.set(weight, [place.get(feature)!]);
    }
    const packed: Record<string, string> = {};
    for (const [weight, places] of [...byWeight].sort(([a], [b]) => a - b)) {
      places.sort((a, b) => a - b);
      packed[String(weight)] = places.map((at, i) => (i === 0 ? at : at - places[i - 1]!)).join(" ");
    }
    return packed;
  });
  return { vocabulary: features.join(" "), weights };
}

/**
 * A checked model's parts with every weight by its feature: unpacked when
 * the model has a `vocabulary`, as they are when it has none. Throws one
 * {@link ValidationError} naming the path of every weight of the wrong form
 * for the model (a number in a packed model, places in one without a
 * vocabulary), every weight that is not a number, and every place past
 * the vocabulary's end or given twice.
 */
export function unpackWeights<K extends Packable, N extends Packable>(
  subject: string,
  model: { readonly vocabulary?: string; readonly keys: Readonly<Record<string, K>>; readonly nothing?: N },
): { keys: Record<string, Unpacked<K>>; nothing: Unpacked<N> | undefined } {
  const issues: Issue[] = [];
  const vocabulary = model.vocabulary === undefined ? undefined : model.vocabulary === "" ? [] : model.vocabulary.split(" ");
  const unpack = <T extends Packable>(part: T, path: ReadonlyArray<string | number>): Unpacked<T> => {
    const weights: Record<string, number> = {};
    for (const [name, value] of Object.entries(part.weights)) {
      const at = [...path, "weights", name];
      if (vocabulary === undefined) {
        if (typeof value === "number") weights[name] = value;
        else issues.push({ path: at, message: "must be a number: weights are places in a vocabulary only in a model with a `vocabulary`" });
        continue;
      }
      const weight = Number(name);
      if (typeof value !== "string") {
        issues.push({ path: at, message: "must be places in the vocabulary (the model has a `vocabulary`), not a weight" });
      } else if (name.trim() === "" || !Number.isFinite(weight)) {
        issues.push({ path: at, message: `must be keyed by a finite weight, not ${JSON.stringify(name)}` });
      } else {
        let place = -1;
        for (const gap of value.split(" ")) {
          place = place < 0 ? Number(gap) : place + Number(gap);
          const feature = vocabulary[place];
          if (feature === undefined) {
            issues.push({ path: at, message: `place ${place} is past the vocabulary's end (${vocabulary.length} features)` });
            break;
          }
          if (Object.hasOwn(weights, feature)) {
            issues.push({ path: at, message: `gives the feature ${JSON.stringify(feature)} a second weight` });
            break;
          }
          weights[feature] = weight;
        }
      }
    }
    return { ...part, weights };
  };
  const keys: Record<string, Unpacked<K>> = {};
  for (const [key, part] of Object.entries(model.keys)) keys[key] = unpack(part, ["keys", key]);
  const nothing = model.nothing === undefined ? undefined : unpack(model.nothing, ["nothing"]);
  if (issues.length > 0) throw new ValidationError(subject, issues);
  return { keys, nothing };
}

/**
 * A model's file text: its other fields as given, `vocabulary`, then its
 * keys one a line (so a change of labels diffs by key) and the model of
 * nothing, every weight packed.
 */
export function packedModelText(head: Readonly<Record<string, unknown>>, keys: Readonly<Record<string, Packable & Record<string, unknown>>>, nothing: (Packable & Record<string, unknown>) | undefined): string {
  const entries = Object.entries(keys);
  const { vocabulary, weights } = packWeights([...entries.map(([, part]) => part.weights as Weights), ...(nothing ? [nothing.weights as Weights] : [])]);
  const fields = Object.entries(head).map(([name, value]) => `  ${JSON.stringify(name)}: ${JSON.stringify(value)},\n`);
  const lines = entries.map(([key, part], k) => `    ${JSON.stringify(key)}: ${JSON.stringify({ ...part, weights: weights[k] })}`);
  const last = nothing ? `,\n  "nothing": ${JSON.stringify({ ...nothing, weights: weights[entries.length] })}` : "";
  return `{\n${fields.join("")}  "vocabulary": ${JSON.stringify(vocabulary)},\n  "keys": {\n${lines.join(",\n")}\n  }${last}\n}\n`;
}
