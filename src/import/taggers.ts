/**
 * The taggers `importCatalog` reads courses with, one per taxonomy, language
 * packs and learned course tagging, kept so that importing several files
 * with one taxonomy reads it once. The learned tagging's trainer
 * (`scripts/train-courses.ts`) reads its courses with the same tagger.
 */
import { ValidationError } from "../errors";
import { ENGLISH } from "../needs/english";
import { createFuzzyWords } from "../needs/fuzzy";
import type { Grammar } from "../needs/grammar";
import { createMatcher, grammarFor } from "../needs/matcher";
import type { LanguagePack } from "../schema/language";
import type { Taxonomy } from "../schema/taxonomy";
import { parseLanguages, parseTaxonomy } from "../validate/parse";
import { createCourseModel, type CourseModelReading } from "./learned";
import { createCourseTagger, type CourseTagger } from "./tagging";
import { courseTaxonomy } from "./vocabulary";

/** A taxonomy's tagger without a learned tagging, and the tagger with each learned one. */
interface Taggers {
  readonly taxonomy: Taxonomy;
  readonly plain: CourseTagger;
  readonly make: (learned: CourseModelReading) => CourseTagger;
  readonly withLearned: WeakMap<object, CourseTagger>;
}
/** Matchers by taxonomy and language packs: importing several files with one taxonomy reads it once. */
const taggers = new WeakMap<object, WeakMap<object, Taggers>>();
const NO_LANGUAGES: readonly LanguagePack[] = [];
/**
 * The same by what the taxonomy holds and which packs come with it, for a
 * copy passed on each call (a taxonomy parsed from a file or a database row
 * for every request, the packs in a new list): keyed by the taxonomy's JSON
 * and each pack's number. Only the last is kept: a tagger holds the
 * readings of up to 50,000 texts, and one an app no longer uses should not
 * stay in memory beside the one it does.
 */
let lastByContent: { readonly content: string; readonly made: Taggers } | undefined;
/** Each language pack object's number in a content key: packs are modules an app imports once, so each is found by itself. */
const packNumbers = new WeakMap<object, number>();
let nextPack = 0;

/** A taxonomy's JSON and its packs' numbers, or undefined for input this cannot key (JSON cannot write it, a pack is not an object), left to the parse to refuse. */
function contentKey(input: unknown, languages: unknown): string | undefined {
  const list = languages === undefined ? [] : languages;
  if (!Array.isArray(list) || !list.every((pack) => typeof pack === "object" && pack !== null)) return undefined;
  const numbers = list.map((pack: object) => {
    let number = packNumbers.get(pack);
    if (number === undefined) packNumbers.set(pack, (number = nextPack++));
    return number;
  });
  try {
    return `${numbers.join(",")} ${JSON.stringify(input)}`;
  } catch {
    return undefined;
  }
}
/** Learned course taggings by model, checked once. */
const models = new WeakMap<object, CourseModelReading>();

export function taggerFor(input: unknown, languagesInput: unknown, learnedInput: unknown): { taxonomy: Taxonomy; tagger: CourseTagger } {
  const languagesKey = languagesInput ?? NO_LANGUAGES;
  const cacheable = typeof input === "object" && input !== null && typeof languagesKey === "object" && languagesKey !== null;
  const byLanguages = cacheable ? taggers.get(input) : undefined;
  let made = byLanguages?.get(languagesKey as object);
  // Objects seen before are found by themselves; others by what they hold, so a copy is not read again.
  const content = made || !cacheable ? undefined : contentKey(input, languagesInput);
  if (!made && content !== undefined && lastByContent?.content === content) made = lastByContent.made;
  if (!made) {
    const taxonomy = parseTaxonomy(input);
    const languages = parseLanguages(languagesInput, taxonomy);
    const matcher = createMatcher(courseTaxonomy(taxonomy), { typos: createFuzzyWords, languages });
    const packs = new Map([...(taxonomy.languages ?? []), ...languages].map((pack) => [pack.code, pack] as const));
    const grammarOf = (code: string): Grammar => {
      const pack = packs.get(code);
      return pack ? grammarFor(pack) : ENGLISH;
    };
    made = { taxonomy, plain: createCourseTagger(matcher, { grammarOf }), make: (learned) => createCourseTagger(matcher, { learned, grammarOf }), withLearned: new WeakMap() };
    if (content !== undefined) lastByContent = { content, made };
  }
  if (cacheable && byLanguages?.get(languagesKey as object) !== made) {
    if (byLanguages) byLanguages.set(languagesKey as object, made);
    else taggers.set(input as object, new WeakMap([[languagesKey as object, made]]));
  }
  if (learnedInput === undefined || learnedInput === false) return { taxonomy: made.taxonomy, tagger: made.plain };
  const object = typeof learnedInput === "object" && learnedInput !== null ? learnedInput : undefined;
  let learned = object ? models.get(object) : undefined;
  if (!learned) {
    try {
      learned = createCourseModel(learnedInput);
    } catch (error) {
      if (error instanceof ValidationError) throw new ValidationError("options", error.issues.map((issue) => ({ ...issue, path: ["learned", ...issue.path] })));
      throw error;
    }
    if (object) models.set(object, learned);
  }
  let tagger = made.withLearned.get(learned);
  if (!tagger) made.withLearned.set(learned, (tagger = made.make(learned)));
  return { taxonomy: made.taxonomy, tagger };
}

