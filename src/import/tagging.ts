/**
 * Tagging a course with the taxonomy keys it serves, with the same reading
 * as an employee's statements (`createMatcher`): the same vocabulary, word
 * senses, typo tolerance and confidence. What is particular to course text
 * lives here, and only here:
 *
 * - where words come from counts: a title says what a course is about and
 *   its keys come first; a skills list is strong evidence for what the title
 *   names, and names a key of its own only when several skills agree (lists
 *   are padded); a description is weaker (it also says what a course is
 *   not); a provider's name is none;
 * - evidence from several places adds up (a noisy-or), so a key both the
 *   title and the skills name is surer than either alone;
 * - a course of another subject is left untagged, never pushed onto the
 *   nearest key: below `minConfidence` nothing is kept.
 */
import type { Grammar } from "../needs/grammar";
import type { KeyMatch, Matcher } from "../needs/matcher";
import type { ImportTag } from "../schema/import";
import { courseTokens, type CourseModelReading, type CoursePlace, type CourseToken, type CourseWords, type PhrasingsScores } from "./learned";
import { servedBySkills } from "./vocabulary";
import { createTextMemo } from "../needs/memo";
import type { ReadWords } from "../needs/text";

/** The text of one course, as read from its row. */
export interface CourseText {
  readonly title: string;
  readonly skills: readonly string[];
  readonly description?: string;
}

/** How much the reading of each place counts: a title names the subject; a description also says what a course is not. */
const TITLE_WEIGHT = 1;
const DESCRIPTION_WEIGHT = 0.75;
/** A skill the provider lists, when enough of the list agrees on its key (see below). */
const SKILL_WEIGHT = 0.9;
/**
 * Skills lists are padded ("Leadership and Management", "Critical Thinking"
 * on courses of every subject, thirty skills on a degree), so a key the
 * skills alone name needs several of them agreeing: three, and at least
 * `SKILLS_SHARE` of a long list. Tuned on the dev split of the labelled
 * courses (BENCHMARKS.md, "Course tagging"): two let padding through on
 * courses of other subjects.
 */
const SKILLS_AGREEING = 3;
const SKILLS_SHARE = 0.15;
/** Keys the skills alone may add: a course has one or two subjects beyond its title's. */
const MAX_SKILL_ONLY_KEYS = 2;
/**
 * Wishes and troubles (career growth, stress) are a course's subject only
 * when its title or description names them plainly: a word that merely
 * starts like one ("advanced" and "advancement") is not enough.
 */
const NEED_CONFIDENCE = 0.9;
/** What a reading must reach in one place to count at all: below it, a word shared by chance. */
const EVIDENCE_FLOOR = 0.3;
/**
 * The most words of a description the phrasings read, in whole sentences:
 * a provider says what a course is about first, and a reading's cost
 * grows with every word, so a course with a description of several
 * paragraphs took about six times one with a few lines (BENCHMARKS.md,
 * "Import speed").
 * The learned tagging still weighs every word of it. None of the labelled
 * courses' descriptions is longer (the longest has 66 words), so their
 * tags are read as before.
 */
export const DESCRIPTION_WORDS_READ = 100;

/**
 * The part of a description the phrasings read: all of it up to
 * {@link DESCRIPTION_WORDS_READ} words, else its first sentences up to that
 * many words, or the first sentence's first words when that alone is longer.
 *
 * @example
 * ```ts
 * descriptionRead("Learn SQL. Query sales data."); // "Learn SQL. Query sales data."
 * ```
 */
export function descriptionRead(description: string, most = DESCRIPTION_WORDS_READ): string {
  const words = (text: string) => text.split(/\s+/).filter(Boolean);
  const all = words(description);
  if (all.length <= most) return description;
  let read = "";
  let count = 0;
  for (const sentence of description.match(/[^.!?…]+(?:[.!?…]+|$)\s*/gu) ?? []) {
    count += words(sentence).length;
    if (count > most) break;
    read += sentence;
  }
  return read.trim() || all.slice(0, most).join(" ");
}

/** A course with the part of its description the phrasings read, worked out once for every step that needs it. */
type ReadCourse = CourseText & { readonly descriptionRead: string | undefined };
const withReadPart = (course: CourseText): ReadCourse => ({ ...course, descriptionRead: course.description === undefined ? undefined : descriptionRead(course.description) });

/** The default of `minConfidence`: a tag below it is not kept. */
export const TAG_THRESHOLD = 0.6;
/** The default of `maxTags`: a course has a main subject and one or two more. */
export const MAX_TAGS = 3;

/** A left-out course names the learned model's likeliest key as its closest only from this chance up: below it, nothing came close. */
const NEAREST_FLOOR = 0.05;

/** One key's evidence from one place. */
interface Evidence {
  readonly confidence: number;
  readonly words: readonly string[];
}

/** What a course's reading found: tags above the threshold, and the best below it. */
export interface CourseReading {
  readonly tags: ImportTag[];
  readonly closest?: { readonly key: string; readonly label: string; readonly confidence: number; readonly words: readonly string[] };
}

/** Reads courses against one matcher; keeps each text's reading, as skills and titles repeat across a catalog. */
export interface CourseTagger {
  /** `language`: the course's, when its row says; its texts are read in it unless their words are plainly another's. */
  read(course: CourseText, minConfidence: number, maxTags: number, language?: string): CourseReading;
  /** What a learned course tagging reads of a course: its stems by place and every key the phrasings read in it (needs `grammarOf`). */
  inputs(course: CourseText, language?: string): { readonly words: CourseWords; readonly phrasings: PhrasingsScores };
}

/** What a tagger may learn from: a learned course tagging, and each language's reading rules to give it a course's stems. */
export interface CourseTaggerOptions {
  readonly learned?: CourseModelReading;
  readonly grammarOf?: (language: string) => Grammar;
}

/**
 * Makes a tagger over a matcher built from the taxonomy. With a learned
 * course tagging (`./learned`), the keys it holds are the ones it gives,
 * from the course's words and the phrasings' reading; a key it does not
 * hold is tagged by the phrasings alone.
 *
 * @example
 * ```ts
 * const tagger = createCourseTagger(createMatcher(taxonomy));
 * tagger.read({ title: "SQL for Data Analysis", skills: ["SQL"] }, 0.6, 3).tags[0].key; // "sql"
 * ```
 */
export function createCourseTagger(matcher: Matcher, options: CourseTaggerOptions = {}): CourseTagger {
  const { learned, grammarOf } = options;
  const memo = createTextMemo<ReadonlyArray<{ match: KeyMatch; words: string[] }>>(50_000);
  /** The keys one text names, each with the text's own words that led to it. */
  // Kept by the language a row expects (its `language`, or none), which with the text decides the language it is read in:
  // a skill met again is found in one look, without asking which language it is in.
  const readText = (text: string, reader: Matcher, expected: string) => {
    let found = memo.get(expected, "", text);
    if (!found) {
      const words = reader.tokenWords(text);
      found = memo.set(expected, "", text, reader.match(text, EVIDENCE_FLOOR).map((match) => ({ match, words: match.evidence.map((e) => words[e.word]!).filter((w) => w !== undefined) })));
    }
    return found;
  };
  const stems = createTextMemo<readonly CourseToken[]>(50_000);
  const closestOf = (text: string, reader: Matcher) => {
    const best = reader.closest(text);
    return best ? { key: best.key, confidence: best.confidence } : undefined;
  };

  /** Every key the phrasings read in a course, titled ones first, then by confidence. */
  const score = (course: ReadCourse, reader: Matcher, expected: string): ImportTag[] => {
    const byKey = new Map<string, { parts: Array<Evidence & { from: ImportTag["from"][number]; weight: number }> }>();
    const add = (from: ImportTag["from"][number], weight: number, key: string, evidence: Evidence) => {
      let entry = byKey.get(key);
      if (!entry) byKey.set(key, (entry = { parts: [] }));
      entry.parts.push({ ...evidence, from, weight });
    };
    const plain = (match: KeyMatch) => servedBySkills(matcher.entries.get(match.key)!) || match.confidence >= NEED_CONFIDENCE;
    for (const { match, words } of readText(course.title, reader, expected)) if (plain(match)) add("title", TITLE_WEIGHT, match.key, { confidence: match.confidence, words });
    if (course.descriptionRead !== undefined) {
      for (const { match, words } of readText(course.descriptionRead, reader, expected)) if (plain(match)) add("description", DESCRIPTION_WEIGHT, match.key, { confidence: match.confidence, words });
    }
    // Skills: each read on its own; a key counts when enough distinct skills name it.
    const skillHits = new Map<string, Array<{ confidence: number; words: string[] }>>();
    for (const skill of course.skills) {
      for (const { match, words } of readText(skill, reader, expected)) {
        if (!servedBySkills(matcher.entries.get(match.key)!)) continue;
        const list = skillHits.get(match.key);
        if (list) list.push({ confidence: match.confidence, words });
        else skillHits.set(match.key, [{ confidence: match.confidence, words }]);
      }
    }
    const needed = Math.max(SKILLS_AGREEING, Math.ceil(course.skills.length * SKILLS_SHARE));
    // The keys most skills agree on, when enough do.
    const alone = [...skillHits]
      .filter(([key, hits]) => !byKey.has(key) && hits.length >= needed)
      .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))
      .slice(0, MAX_SKILL_ONLY_KEYS)
      .map(([key]) => key);
    for (const [key, hits] of skillHits) {
      if (!byKey.has(key) && !alone.includes(key)) continue;
      const best = hits.reduce((a, b) => (b.confidence > a.confidence ? b : a));
      add("skills", SKILL_WEIGHT, key, { confidence: best.confidence, words: [...new Set(hits.flatMap((h) => h.words))] });
    }
    const scored = [...byKey].map(([key, { parts }]) => {
      // Independent places of evidence add up: 1 - Π(1 - weight × confidence).
      let doubt = 1;
      for (const part of parts) doubt *= 1 - part.weight * part.confidence;
      const from = [...new Set(parts.map((p) => p.from))].sort((a, b) => SOURCE_ORDER.indexOf(a) - SOURCE_ORDER.indexOf(b));
      return {
        key,
        label: matcher.entries.get(key)!.label,
        confidence: Math.round((1 - doubt) * 1000) / 1000,
        words: [...new Set(parts.flatMap((p) => p.words))],
        from,
      };
    });
    // The title says what the course is about: what it names comes first, then the rest by confidence.
    const titled = (t: { from: readonly string[] }) => (t.from.includes("title") ? 0 : 1);
    return scored.sort((a, b) => titled(a) - titled(b) || b.confidence - a.confidence || (a.key < b.key ? -1 : 1));
  };
  /**
   * A course's stems by place, each text read in its own language: a description's language is the one its part the
   * phrasings read is in (finding a text's language reads it), its stems are all of its words'.
   */
  const wordsOf = (course: ReadCourse, reader: Matcher, grammar: (language: string) => Grammar, expected: string): CourseWords => {
    // A text read in its own language reuses its reading's clauses; a description is read whole, in its read part's language.
    // Kept by the language the row expects, as readings are: the text decides the rest.
    const read = (text: string, place: string, language = () => reader.languageOf(text), clauses: () => readonly ReadWords[] | undefined = () => reader.clauses(text)) =>
      stems.get(expected, place, text) ?? stems.set(expected, place, text, courseTokens(text, grammar(language()), clauses()));
    const { description, descriptionRead: part } = course;
    return {
      title: read(course.title, ""),
      skills: course.skills.map((skill) => read(skill, "")),
      description:
        description === undefined
          ? []
          : read(description, "description", () => reader.languageOf(part ?? description), () => (part === description ? reader.clauses(description) : undefined)),
    };
  };
  /** The phrasings' scores of a course: each key's tag confidence and places, and how near the title's words came to it, however faintly. */
  const scoresOf = (course: CourseText, reader: Matcher, scored: readonly ImportTag[]): PhrasingsScores => {
    const scores = new Map<string, { confidence: number; from: readonly CoursePlace[]; near: number }>(scored.map((t) => [t.key, { confidence: t.confidence, from: t.from, near: 0 }] as const));
    for (const match of reader.candidates(course.title)) {
      if (!matcher.entries.has(match.key)) continue;
      const score = scores.get(match.key);
      if (score) score.near = Math.max(score.near, match.confidence);
      else scores.set(match.key, { confidence: 0, from: [], near: match.confidence });
    }
    return scores;
  };
  /** The learned tagging's keys, with the phrasings' words where they found the key; then what the phrasings alone tag among the keys it does not hold. */
  const decide = (course: ReadCourse, reader: Matcher, expected: string, scored: readonly ImportTag[], model: CourseModelReading, grammar: (language: string) => Grammar, minConfidence: number, maxTags: number): CourseReading => {
    const said = new Map(scored.map((t) => [t.key, t] as const));
    const tags: ImportTag[] = [];
    const words = wordsOf(course, reader, grammar, expected);
    const phrasings = scoresOf(course, reader, scored);
    for (const tag of model.read(words, phrasings, maxTags)) {
      const entry = matcher.entries.get(tag.key);
      if (!entry || tag.confidence < minConfidence) continue;
      const rule = said.get(tag.key);
      tags.push({
        key: tag.key,
        label: entry.label,
        confidence: tag.confidence,
        words: rule ? rule.words : [...tag.words],
        from: rule ? rule.from : tag.places.length > 0 ? [...tag.places] : ["title"],
      });
    }
    for (const tag of scored) if (tags.length < maxTags && !model.keys.has(tag.key) && tag.confidence >= minConfidence) tags.push(tag);
    if (tags.length > 0) return { tags };
    // Left out: what the model found likeliest, at its own chance, when the course's words led to it and the chance is
    // not negligible; unless the phrasings came nearer on a key it does not hold.
    const near = model.nearest(words, phrasings);
    const entry = near && matcher.entries.get(near.key);
    const nearWords = near ? (said.get(near.key)?.words ?? near.words) : [];
    const unheld = likeliest(scored.filter((t) => !model.keys.has(t.key)));
    if (near && entry && nearWords.length > 0 && near.confidence >= NEAREST_FLOOR && !(unheld && unheld.confidence > near.confidence)) {
      return { tags, closest: { key: near.key, label: entry.label, confidence: near.confidence, words: nearWords } };
    }
    return unheld ? { tags, closest: closestOfTag(unheld) } : { tags };
  };

  // One view of the matcher per language rows expect, made once.
  const readers = new Map<string, Matcher>();
  const readerFor = (language: string | undefined): Matcher => {
    if (language === undefined) return matcher;
    let reader = readers.get(language);
    if (!reader) {
      if (readers.size >= 64) readers.clear();
      readers.set(language, (reader = matcher.localized({ language })));
    }
    return reader;
  };
  return {
    inputs(text, language) {
      if (!grammarOf) throw new Error("createCourseTagger: inputs need grammarOf");
      const reader = readerFor(language);
      const course = withReadPart(text);
      const expected = language ?? "";
      return { words: wordsOf(course, reader, grammarOf, expected), phrasings: scoresOf(course, reader, score(course, reader, expected)) };
    },
    read(text, minConfidence, maxTags, language) {
      const reader = readerFor(language);
      const course = withReadPart(text);
      const expected = language ?? "";
      const scored = score(course, reader, expected);
      if (learned && grammarOf) return decide(course, reader, expected, scored, learned, grammarOf, minConfidence, maxTags);
      const tags = scored.filter((t) => t.confidence >= minConfidence).slice(0, maxTags);
      if (tags.length > 0) return { tags };
      const best = likeliest(scored);
      if (best) return { tags, closest: closestOfTag(best) };
      // Nothing reached the floor anywhere: the best guess of the title alone, to say what it came nearest to.
      const near = closestOf(course.title, reader);
      return near ? { tags, closest: { ...near, label: matcher.entries.get(near.key)!.label, confidence: Math.round(near.confidence * 1000) / 1000, words: [] } } : { tags };
    },
  };
}

const SOURCE_ORDER: readonly ImportTag["from"][number][] = ["title", "skills", "description"];

/** The tag of highest confidence (ties by key), whatever its place. */
const likeliest = (tags: readonly ImportTag[]): ImportTag | undefined =>
  tags.reduce<ImportTag | undefined>((best, t) => (!best || t.confidence > best.confidence || (t.confidence === best.confidence && t.key < best.key) ? t : best), undefined);

/** A tag below the threshold, as a left-out course's closest key. */
const closestOfTag = (tag: ImportTag): NonNullable<CourseReading["closest"]> => ({ key: tag.key, label: tag.label, confidence: tag.confidence, words: tag.words });
