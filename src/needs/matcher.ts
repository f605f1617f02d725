import { baseLanguage, type Locale } from "../i18n/locale";
import type { LanguagePack } from "../schema/language";
import type { NeedKind, Taxonomy, TaxonomyEntry } from "../schema/taxonomy";
import { ENGLISH } from "./english";
import type { FuzzyHit, TypoLookup } from "./fuzzy";
import { compoundParts } from "./compounds";
import { compileGrammar, startsAt, unelide, type Grammar } from "./grammar";
import { normalizePhrase } from "./normal";
import { createTextMemo } from "./memo";
import type { LearnedReading } from "./learned";
import { carriesNoNeed, indexSenses, judge, judgesNow, verdictWords } from "./reading";
import { readWords, splitClauses, taxonomyTerms, TERM_JOIN, tokenize, type ReadWords } from "./text";
import { ownValue } from "../validate/read";

/** A taxonomy key a text was matched to, with how sure we are (0–1). */
export interface KeyMatch {
  readonly key: string;
  readonly confidence: number;
  /** Positions of the text's words that led here, with how much each weighed. */
  readonly evidence: ReadonlyArray<{ readonly word: number; readonly weight: number }>;
}

interface Phrase {
  readonly key: string;
  readonly tokens: readonly string[];
  readonly weight: number; // sum of the tokens' idf
  /** Every word of it is an everyday word ("a challenge"). */
  readonly everyday: boolean;
}

/** Confidence of a word met by its first letters only ("delegat…" for "delegation" and "delegate"). */
const PREFIX_CONFIDENCE = 0.85;
const PREFIX_LENGTH = 5;
/**
 * A statement's second and third needs must each be likely on their own
 * (right about 3 times in 4 at this confidence): a sure first reading does
 * not carry a guess along with it: one below is asked about (`held` of
 * {@link selectKeys}).
 */
const FURTHER_KEY_MIN = 0.75;
/**
 * A text with no function word of any language, read in another language
 * than the one expected: its keys are likely, not sure, so a plan asks
 * about them (a word may be a loanword: "turnover", "burnout").
 */
const FOREIGN_GUESS = 0.75;
/** Meaningful words of a topic said before a comma and commented on after it ("le télétravail, ça ne me gêne pas"). */
const TOPIC_WORDS = 2;
/** Keys one statement may yield: a sentence rarely says more than three things. */
const MAX_KEYS_PER_TEXT = 3;
/**
 * Evidence (summed idf) at which two or more of a phrasing's words, amid
 * other words, make us as sure as the phrasing said whole: about one rare
 * word and one ordinary one.
 */
const PARAPHRASE_SATURATION = 5.5;
/** A paraphrase never makes us quite as sure as a phrasing said whole. */
const PARAPHRASE_CAP = 0.9;
/** Weight (idf) of a word that tells needs apart: rarer than everyday words. */
const TELLING_WORD = 2;
/** Telling words from different phrasings of one key: weaker evidence than one phrasing's words. */
const VOCABULARY_SATURATION = 6.5;
const VOCABULARY_CAP = 0.85;

/*
 * Confidence is calibrated on hand-labelled real statements (see
 * BENCHMARKS.md, "Reading real words"): it is the share of keys read with
 * that evidence that a careful reader accepts.
 */
/** A whole phrasing of two or more words, nothing else in its clause: right about 19 times in 20. */
const PHRASE_RELIABILITY = 0.94;
/** Each word of the clause no phrasing explains makes a phrasing a little less likely to be the point. */
const PHRASE_DECAY = 0.96;
/** A one-word phrasing many needs share a word with ("pay", "management") alone in its clause: right about 4 times in 5. */
const WORD_RELIABILITY = 0.82;
/** One word amid many others is often a side remark: it loses more per unexplained word. */
const WORD_DECAY = 0.92;
/** A one-word phrasing whose word no other need uses ("layoffs", "401k") tells a little more, and fades slower amid other words. */
const OWN_WORD_RELIABILITY = 0.86;
const OWN_WORD_DECAY = 0.97;
/** Nobody reads less than this into a whole phrasing, however long the sentence. */
const RELIABILITY_FLOOR = 0.4;
/** Part of a phrasing, or words spread over several phrasings: right about 1 time in 7 on real text. */
const PARTIAL_RELIABILITY = 0.35;
/** How much a need of the other kind than its statement's, with no words saying which way it goes, keeps of its confidence. */
const OTHER_KIND = 0.6;
/**
 * A pair read the other way round from the statement's kind alone ("salary"
 * said as a challenge): likely, but the words did not say so.
 */
const FLIP_BY_KIND = 0.95;
/** A key said to be fine counts as named only when the words named it clearly. */
const FINE_CONFIDENCE = 0.62;
/** A key is an absence ("lack of feedback") when this share of its phrasings carry a negation. */
const ABSENCE_SHARE = 0.4;

/** Matches free text to taxonomy keys; built once per taxonomy. */
export interface Matcher {
  /** The taxonomy's entries, labelled in the matcher's locale (see {@link Matcher.localized}). */
  readonly entries: ReadonlyMap<string, TaxonomyEntry>;
  /** Every key the text names with at least `minConfidence`, best first. */
  match(text: string, minConfidence: number, prefer?: NeedKind): KeyMatch[];
  /** The best key whatever its confidence, to say what we nearly matched. */
  closest(text: string, prefer?: NeedKind): KeyMatch | undefined;
  /** Every key the text could mean, best first, whatever the confidence: the options of a question. */
  candidates(text: string, prefer?: NeedKind): readonly KeyMatch[];
  /**
   * Keys the text names only to say they are no trouble ("public speaking
   * is not a problem for me"), each named by one of its phrasings whole:
   * what a plan notes as fine.
   */
  fine(text: string, prefer?: NeedKind): readonly string[];
  /**
   * Among troubles, the parts of a text said after a turn from a topic it
   * already judged, as written: "but the hours are brutal" in "the pay is
   * fine but the hours are brutal". A statement read only as saying
   * something is fine asks about what these name.
   */
  turned(text: string, prefer?: NeedKind): readonly string[];
  /** The words the text's evidence positions (`KeyMatch.evidence[].word`) count, as the text's language reads it. */
  tokenWords(text: string): readonly string[];
  /** The text's clauses as its reading read them (a topic and its comment joined into one), in the language {@link Matcher.languageOf} gives. */
  clauses(text: string): readonly ReadWords[];
  /** The language a text is read in: its own words' language, else the one expected, else the taxonomy's. */
  languageOf(text: string): string;
  /** A goal's horizon as its language's `soon` and `later` phrases say ("este trimestre", "in zwei Jahren"); undefined when none is there. */
  horizonOf(text: string): "short" | "long" | undefined;
  /** Every language the matcher reads, the taxonomy's own first. */
  readonly languages: readonly string[];
  /** The language the matcher speaks: its messages (from the language pack) and labels. */
  readonly locale: Locale;
  /**
   * The same matcher with labels in `locale` and texts expected in
   * `language` (a text in another language's words is still read in
   * that language): one per plan, cheap, sharing every index. Codes are
   * read without their region ("de-AT" is "de"); a language the matcher
   * does not read leaves the current one in place.
   */
  localized(options: { readonly locale?: string; readonly language?: string }): Matcher;
}

/** One language's matcher: what {@link Matcher} asks of each language it reads. */
interface LanguageReader {
  readonly grammar: Grammar;
  /** The keys that are themselves an absence ("lack of feedback"): a negation confirms them. */
  readonly absence: ReadonlySet<string>;
  scoreOnce(text: string, prefer: NeedKind | undefined): Reading;
  select(reading: Reading, minConfidence: number): KeyMatch[];
}

/** A key as one clause's words name it, before it is read in context. */
interface Candidate extends KeyMatch {
  /** Every word of one of the key's phrasings is there. */
  readonly whole: boolean;
}

interface Reading {
  readonly matches: readonly KeyMatch[];
  /** Keys said to be fine, named clearly enough to weigh in the reading (see `FINE_CONFIDENCE`). */
  readonly fine: readonly string[];
  /**
   * Of those, the ones named by one of their phrasings whole ("the commute",
   * "public speaking"): the ones a plan notes, and a note ends a statement's
   * reading without a question. From a few of a phrasing's words, two in
   * three notes on the hand-written English training statements named a
   * need the writer had not mentioned ("the salary hasn't moved in years"
   * as a commute said to be fine); whole phrasings halve the wrong notes in
   * every language. The reading itself still weighs every key in `fine`.
   */
  readonly noted: readonly string[];
  /** The text's clauses as read: their stemmed words, clause after clause, are the positions `evidence` counts. */
  readonly clauses: readonly ReadWords[];
  /** Whether some clause's words say something is no trouble or does not matter ("… is not a problem for me"). */
  readonly saysFine: boolean;
  /** The parts said after a turn from a topic already judged ("the pay is fine | but the hours are brutal"), as written. */
  readonly turned: readonly string[];
}

/** A word names what a trouble lacks when at least this share of the key's phrasings that hold it (and two at least) say it is missing. */
const LACKING_SHARE = 0.4;

/**
 * Each trouble's words that name the good thing it lacks rather than the
 * trouble: the key's phrasings often pair them with a negation or a word
 * saying they are low or scarce ("no motivation", "low morale", "morale is
 * low"), and the word judges nothing itself. A key that is an absence as a
 * whole needs none.
 */
function lackingWords(list: readonly TaxonomyEntry[], raw: ReadonlyArray<{ readonly key: string; readonly tokens: readonly string[] }>, absence: ReadonlySet<string>, g: Grammar): Map<string, Set<string>> {
  const lacks = (t: string) => g.negator(t) || g.less(t) || g.scarce(t);
  const troubles = new Set(list.filter((entry) => entry.kind === "challenge" && !absence.has(entry.key)).map((entry) => entry.key));
  /** Per key, per word: how many of its phrasings hold the word, and how many of those say it is missing. */
  const counts = new Map<string, Map<string, { all: number; lacking: number }>>();
  for (const { key, tokens } of raw) {
    if (!troubles.has(key)) continue;
    let byWord = counts.get(key);
    if (!byWord) counts.set(key, (byWord = new Map()));
    // Said to be missing by the word just before it ("no motivation", "pas de motivation", "keine Arbeitsmoral") or
    // low or scarce just after it ("morale is low"): "horas extra no pagadas" denies the pay, not the overtime.
    const lacking = new Set(tokens.filter((_, i) => (i > 0 && lacks(tokens[i - 1]!)) || (i + 1 < tokens.length && (g.less(tokens[i + 1]!) || g.scarce(tokens[i + 1]!)))));
    for (const token of new Set(tokens)) {
      const count = byWord.get(token) ?? { all: 0, lacking: 0 };
      count.all++;
      if (lacking.has(token)) count.lacking++;
      byWord.set(token, count);
    }
  }
  const byKey = new Map<string, Set<string>>();
  for (const [key, byWord] of counts) {
    const words = [...byWord].filter(([token, { all, lacking }]) => lacking >= 2 && lacking >= all * LACKING_SHARE && !lacks(token) && !g.bad(token) && !g.more(token) && !g.good(token) && !g.trouble(token) && !g.common.has(token));
    if (words.length > 0) byKey.set(key, new Set(words.map(([token]) => token)));
  }
  return byKey;
}

/**
 * Whether a match names what its trouble lacks ("Morale is zero", "Le moral des équipes ? Zéro") and no word of it
 * judges by itself ("low morale" is judged by its own words): a negation then confirms it.
 */
function namesWhatIsLacking(evidence: ReadonlyArray<{ readonly word: number }>, tokens: readonly string[], lacking: ReadonlySet<string> | undefined, g: Grammar): boolean {
  if (lacking === undefined) return false;
  const words = evidence.map((e) => tokens[e.word]!);
  return words.some((t) => lacking.has(t)) && !words.some((t) => g.negator(t) || g.less(t) || g.scarce(t) || g.bad(t) || g.good(t) || g.trouble(t));
}

/** One language's index of the entries' labels and synonyms (and, in the taxonomy's own language, its keys' words). */
function createReader(list: readonly TaxonomyEntry[], g: Grammar, typos: TypoLookup | undefined, keyWords: boolean, absent: ReadonlySet<string> = new Set()): LanguageReader {
  const entries = new Map(list.map((entry) => [entry.key, entry] as const));
  const phrases: Phrase[] = [];
  const keysWithToken = new Map<string, Set<string>>();
  const raw: Array<{ key: string; tokens: string[] }> = [];
  const phrasingTokens = new Map<string, string[]>();
  for (const entry of list) {
    for (const text of [entry.label, ...entry.synonyms, ...(keyWords ? [entry.key.replace(/-/g, " ")] : [])]) {
      const tokens = phrasingTokens.get(text) ?? tokenize(text, g);
      phrasingTokens.set(text, tokens);
      if (tokens.length === 0) continue;
      raw.push({ key: entry.key, tokens });
      for (const token of tokens) {
        let keys = keysWithToken.get(token);
        if (!keys) keysWithToken.set(token, (keys = new Set()));
        keys.add(entry.key);
      }
    }
  }
  const total = entries.size;
  const idf = new Map<string, number>();
  // Everyday words tell needs apart less than their rarity in the taxonomy suggests.
  for (const [token, keys] of keysWithToken) idf.set(token, Math.log(1 + total / keys.size) * (g.common.has(token) ? 0.35 : 1));
  // A phrase is reached through its telling words; through an everyday word only when it
  // has no other kind, since everyday words alone never make a phrase with a telling word likely.
  const phrasesByToken = new Map<string, number[]>();
  for (const { key, tokens } of raw) {
    const index = phrases.length;
    phrases.push({ key, tokens, weight: tokens.reduce((sum, t) => sum + idf.get(t)!, 0), everyday: tokens.every((t) => g.common.has(t)) });
    const telling = tokens.filter((t) => !g.common.has(t));
    for (const token of telling.length > 0 ? telling : tokens) {
      const list = phrasesByToken.get(token);
      if (list) list.push(index);
      else phrasesByToken.set(token, [index]);
    }
  }
  const senses = indexSenses(list);
  // A term's head ("management" of "time management") counts for another key only with the word before it.
  const termHeads = new Map<string, Set<string>>();
  for (const term of taxonomyTerms(list, g, (text) => phrasingTokens.get(text)!)) {
    const [modifier, head] = term.split(TERM_JOIN) as [string, string];
    (termHeads.get(head) ?? termHeads.set(head, new Set()).get(head)!).add(modifier);
  }
  // Each key's words from phrasings that carry no negation: "micromanaged" in autonomy's "not micromanaged" is not autonomy's topic.
  const plainTokens = new Map<string, Set<string>>();
  for (const { key, tokens } of raw) {
    if (tokens.some(g.negator)) continue;
    let set = plainTokens.get(key);
    if (!set) plainTokens.set(key, (set = new Set()));
    for (const t of tokens) set.add(t);
  }
  // An absence in the taxonomy's own language is one in every language, however its phrasings there are worded ("Monitor fehlt").
  const absence = new Set<string>(absent);
  /** Per key, how many phrasings it has and how many of them carry a negation. */
  const phrasings = new Map<string, { all: number; negated: number }>();
  for (const { key, tokens } of raw) {
    const count = phrasings.get(key) ?? { all: 0, negated: 0 };
    count.all++;
    if (tokens.some(g.negator)) count.negated++;
    phrasings.set(key, count);
  }
  for (const entry of list) {
    const { all, negated } = phrasings.get(entry.key) ?? { all: 0, negated: 0 };
    if (entry.kind === "challenge" && negated >= all * ABSENCE_SHARE) absence.add(entry.key);
  }
  const lacking = lackingWords(list, raw, absence, g);
  const vocabulary = [...keysWithToken.keys()].sort();
  const byPrefix = new Map<string, string[]>();
  for (const word of vocabulary) {
    if (word.length < PREFIX_LENGTH) continue;
    const prefix = word.slice(0, PREFIX_LENGTH);
    const list = byPrefix.get(prefix);
    if (list) list.push(word);
    else byPrefix.set(prefix, [word]);
  }
  const fuzzy = typos?.(vocabulary) ?? ((): readonly FuzzyHit[] => []);
  const lookups = new Map<string, ReadonlyArray<readonly [string, number]>>();

  /** Vocabulary words a text word may stand for, with confidence; memoised, as words repeat. */
  function lookup(word: string): ReadonlyArray<readonly [string, number]> {
    const known = lookups.get(word);
    if (known) return known;
    const found = new Map<string, number>();
    if (keysWithToken.has(word)) found.set(word, 1);
    if (word.length >= PREFIX_LENGTH) {
      for (const other of byPrefix.get(word.slice(0, PREFIX_LENGTH)) ?? []) {
        if (other !== word && sameWordFamily(word, other, g.familyEndings)) {
          found.set(other, Math.max(found.get(other) ?? 0, PREFIX_CONFIDENCE));
        }
      }
    }
    if (!found.has(word) && g.compounds) for (const [part, confidence] of compoundParts(word, g.stem, keysWithToken)) found.set(part, Math.max(found.get(part) ?? 0, confidence));
    if (!found.has(word)) {
      for (const hit of fuzzy(word)) {
        if (hit.confidence * 0.95 > (found.get(hit.word) ?? 0)) found.set(hit.word, hit.confidence * 0.95);
      }
    }
    const result = [...found].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (lookups.size > 50_000) lookups.clear();
    lookups.set(word, result);
    return result;
  }

  /** What {@link scoreTokens} found for a clause's tokens: a clause is asked whether it names a need of its own before it is read. */
  const tokensScored = new WeakMap<readonly string[], { readonly prefer: NeedKind | undefined; readonly found: ReadonlyMap<string, Candidate> }>();
  function scoreTokensOnce(read: Pick<ReadWords, "tokens" | "at">, prefer: NeedKind | undefined): ReadonlyMap<string, Candidate> {
    const known = tokensScored.get(read.tokens);
    if (known && known.prefer === prefer) return known.found;
    const found = scoreTokens(read.tokens, prefer, termHeads.size === 0 ? undefined : boundHeads(read));
    tokensScored.set(read.tokens, { prefer, found });
    return found;
  }

  /** The tokens that are a term's head written right after its modifier ("management" in "time management"). */
  function boundHeads({ tokens, at }: Pick<ReadWords, "tokens" | "at">): ReadonlySet<number> | undefined {
    let bound: Set<number> | undefined;
    for (let i = 1; i < tokens.length; i++) {
      if (at[i] === at[i - 1]! + 1 && termHeads.get(tokens[i]!)?.has(tokens[i - 1]!)) (bound ??= new Set()).add(i);
    }
    return bound;
  }

  /**
   * Every key one clause's tokens may name, with evidence as token indices, before reading it in context. A term's
   * head in `bound` counts for a phrasing only with the word before it ("time management" is not "management").
   */
  function scoreTokens(words: readonly string[], prefer: NeedKind | undefined, bound?: ReadonlySet<number>): Map<string, Candidate> {
    // For each vocabulary word, the best confidence and which text word gave it.
    const met = new Map<string, { confidence: number; word: number }>();
    words.forEach((word, position) => {
      for (const [token, confidence] of lookup(word)) {
        const seen = met.get(token);
        if (!seen || confidence > seen.confidence) met.set(token, { confidence, word: position });
      }
    });
    const best = new Map<string, Candidate>();
    /** A key's evidence: each text word's index and the most it weighed, as parallel lists, one entry per word. */
    const consider = (key: string, raw: number, at: readonly number[], weights: readonly number[], whole: boolean) => {
      const confidence = round(prefer && entries.get(key)!.kind !== prefer ? raw * 0.97 : raw);
      const previous = best.get(key);
      if (!previous || confidence > previous.confidence || (confidence === previous.confidence && at.length > previous.evidence.length)) {
        best.set(key, {
          key,
          confidence,
          evidence: at.map((word, i) => ({ word, weight: weights[i]! })).sort((a, b) => a.word - b.word),
          whole,
        });
      }
    };
    // Phrases: the share of a phrase's words the text has.
    const visited = new Set<number>();
    // One phrase's evidence at a time, in lists kept for the whole text: most phrases are met and let go.
    const at: number[] = [];
    const weights: number[] = [];
    for (const token of met.keys()) {
      for (const index of phrasesByToken.get(token) ?? []) {
        if (visited.has(index)) continue;
        visited.add(index);
        const phrase = phrases[index]!;
        let gained = 0;
        let matched = 0;
        at.length = 0;
        weights.length = 0;
        for (const t of phrase.tokens) {
          const hit = met.get(t);
          if (!hit || (bound?.has(hit.word) && !phrase.tokens.some((other) => met.get(other)?.word === hit.word - 1))) continue;
          const weight = idf.get(t)! * hit.confidence;
          gained += weight;
          matched++;
          const seen = at.indexOf(hit.word);
          if (seen < 0) {
            at.push(hit.word);
            weights.push(weight);
          } else weights[seen] = Math.max(weights[seen]!, weight);
        }
        const share = phrase.weight > 0 ? gained / phrase.weight : 0;
        // A phrase only partly present counts less than its share suggests.
        let confidence = matched < phrase.tokens.length ? share ** 1.5 : share;
        // Its words scattered across a long sentence are weaker evidence than words side by side.
        if (at.length >= 2) {
          const span = Math.max(...at) - Math.min(...at) + 1;
          if (span > at.length + 1) confidence *= (at.length + 1) / span;
        }
        // A paraphrase shares two or more telling words with one phrasing, in other words around them.
        if (at.length >= 2) confidence = Math.max(confidence, Math.min(1, gained / PARAPHRASE_SATURATION) * PARAPHRASE_CAP);
        // A phrase of everyday words alone ("a challenge") says little inside a longer sentence.
        if (phrase.everyday && !words.every((w) => g.common.has(w) || lookup(w).some(([t]) => phrase.tokens.includes(t)))) {
          confidence *= 0.5;
        }
        consider(phrase.key, confidence, at, weights, matched === phrase.tokens.length);
      }
    }
    // Vocabulary: two or more telling words this key's phrasings use, though no one phrasing has both.
    const byKey = new Map<string, Map<number, number>>();
    for (const [token, hit] of met) {
      const weight = idf.get(token)! * hit.confidence;
      if (weight < TELLING_WORD) continue;
      for (const key of keysWithToken.get(token)!) {
        if (bound?.has(hit.word) && !keysWithToken.get(words[hit.word - 1]!)?.has(key)) continue;
        let evidence = byKey.get(key);
        if (!evidence) byKey.set(key, (evidence = new Map()));
        evidence.set(hit.word, Math.max(evidence.get(hit.word) ?? 0, weight));
      }
    }
    for (const [key, evidence] of byKey) {
      if (evidence.size < 2) continue;
      let sum = 0;
      for (const weight of evidence.values()) sum += weight;
      consider(key, Math.min(1, sum / VOCABULARY_SATURATION) * VOCABULARY_CAP, [...evidence.keys()], [...evidence.values()], false);
    }
    return best;
  }

  /**
   * Reads a text clause by clause: the keys each clause's words name, then
   * each key judged in its clause (polarity, whose words, word sense; see
   * `./reading`). Evidence indices count tokens across the whole text, so
   * keys from different clauses never claim the same word.
   */
  /**
   * A topic said first and commented on after a comma ("les astreintes,
   * franchement, ce n'est pas un problème"; "Konflikte? Kein Thema") is one
   * clause: the comment's words judge the topic. A topic is at most
   * `TOPIC_WORDS` meaningful words, or any length when the comment says it
   * is no trouble; a comment that names a need of its own ("long hours, low
   * pay") stays a clause of its own. A comment goes on after a comma, not
   * after a full stop: in "Vor dem Vorstand präsentieren? Kein Thema. Was
   * mir fehlt, ist eine Perspektive" the last sentence is a statement of its
   * own. The other way round, a comment said first reaches the clause that
   * completes it after a comma (`Grammar.completes`: "Mir ist egal, ob ich
   * gesehen werde"), when its words only deny or dismiss. Too much of one
   * thing and too little of another ("zu viele Meetings, zu wenig Zeit") are
   * two things said.
   */
  function topicsJoined(text: string, prefer: NeedKind | undefined): Array<ReadWords & { readonly attached?: ReadonlySet<number>; readonly turned?: string }> {
    const parts = splitClauses(text, g);
    const out: Array<{ text: string; read: ReadWords; topicWords: number; attachedFrom?: number; turned?: true }> = [];
    /** A clause of only words saying something is no trouble or does not matter, nothing they are about: its verdict. */
    const verdictAlone = (read: ReadWords) => {
      if (read.tokens.length === 0) return undefined;
      const verdict = verdictWords(read.words, g);
      return verdict.denies && read.at.every((word) => verdict.at.has(word) || g.intensifier(read.words[word]!)) ? verdict : undefined;
    };
    /** A clause that only denies a belief ("Ich glaube nicht", "je ne pense pas"): what completes it after a comma is what it denies. */
    const beliefDenied = (read: ReadWords) =>
      read.words.some((w, i) => g.negator(w) && g.raised(read.words, i)) &&
      read.words.every((w) => g.stopword(w) || g.self(w) || g.intensifier(w) || g.negator(w) || g.belief(w));
    // Too much of one thing, too little of another ("zu viele Meetings, zu wenig Zeit"): two things said, not a topic and its comment.
    const measures = (read: ReadWords) => read.words.some((w) => g.more(w) || g.less(w) || g.negator(w));
    // So is a topic already judged bad or too much ("trop de réunions, pas assez de temps").
    const measured = (read: ReadWords) => measures(read) || read.words.some(g.bad);
    // Words that turn the sense ("mir fällt es eher schwer", "le souci c'est"), not a short denial ("Zu viele Meetings? Bei uns eher nicht").
    const turnsWords = (part: string, read: ReadWords) => g.contrast.test(part) && !(read.words.length <= 4 && read.words.some(g.negator));
    /** A turn of several words ("das Problem ist", "le souci c'est"): what follows it is the matter. */
    const turnPhrase = (part: string) => / /.test(part.match(g.contrast)?.[0] ?? "");
    /** A clause whose own words judge what it says ("the pay is fine", "le salaire est bas"). */
    const judgesItself = (read: ReadWords) => g.judgedAt(read.words).size > 0 || read.words.some((w) => g.good(w) || g.bad(w));
    /**
     * After a turn, whether a part comments on something other than the topic before it: on the job, the work or the
     * place as a whole ("I love my job", "me encanta mi trabajo": its other words are everyday or filler words), or,
     * among troubles, praise of something it names itself ("good folks" in "late hours but good folks"), where it says
     * nothing is no trouble.
     */
    const commentsElsewhere = (read: ReadWords, judged: ReadonlySet<number>) => {
      const verdict = verdictWords(read.words, g);
      const judging = (word: number) => judged.has(word) || verdict.at.has(word) || g.good(read.words[word]!) || g.bad(read.words[word]!);
      const everyday = (i: number) => g.filler(read.words[read.at[i]!]!) || g.common.has(read.tokens[i]!);
      /** A word of the part's own: neither judging nor everyday, nor one that only strengthens or denies. */
      const own = (word: number, i: number) => !judging(word) && !everyday(i) && !g.intensifier(read.words[word]!) && !g.negator(read.words[word]!);
      const judgesTheJob = read.at.some(judging) && read.at.some((word, i) => everyday(i) && !judging(word)) && !read.at.some(own);
      return judgesTheJob || (prefer === "challenge" && verdict.at.size === 0 && read.at.some((word) => g.good(read.words[word]!) && !judged.has(word)) && read.at.some(own));
    };
    /** The last clause with `part` joined to it (whether it was a turned part stays with it: "but the hours, brutal"). */
    const joined = (last: (typeof out)[number], part: string) => {
      const text = `${last.text} ${part}`;
      return { text, read: readWords(text, g) };
    };
    let from = 0;
    for (const part of parts) {
      const read = readWords(part, g);
      const last = out.at(-1);
      // Whether only a comma stands between this part and the one before.
      const at = text.indexOf(part, from);
      const afterComma = at > 0 && /^\s*,\s*$/.test(text.slice(from, at));
      // Whether a word that turns the sense stands between them ("the pay is fine but the hours are brutal").
      const afterTurn = at > 0 && g.contrast.test(text.slice(from, at));
      from = at < 0 ? from : at + part.length;
      // Words saying "no trouble" ("ça ne me dérange pas") judge the topic, even where a need's phrasing has one of them ("dérangé").
      const judged = g.judgedAt(read.words);
      // Among troubles, a turn from a topic already judged, to a part that does not only say that is no trouble: "the
      // pay is fine | but the hours are brutal", not "el papeleo es lento, pero … no me afecta".
      const turnedFrom = last !== undefined && afterTurn && prefer === "challenge" && judged.size === 0 && judgesItself(last.read);
      const namesOwn = () => [...scoreTokensOnce(read, prefer).values()].some((c) => c.whole && c.evidence.some((e) => !judged.has(read.at[e.word]!)));
      if (last && afterComma && g.completes(read.words) && !g.contrast.test(part) && last.attachedFrom === undefined && (verdictAlone(last.read) !== undefined || beliefDenied(last.read))) {
        // The comment said first, then what it is about ("Mir ist egal, ob ich gesehen werde", "Ich glaube nicht, dass …"): one clause.
        out[out.length - 1] = { ...last, ...joined(last, part), topicWords: read.tokens.length };
      } else if (last && afterComma && last.attachedFrom === undefined && last.topicWords <= TOPIC_WORDS && turnPhrase(last.text)) {
        // A turn said before a comma ("das Problem ist eher, dass keiner Zeit hat"): what follows is the matter itself.
        out[out.length - 1] = { ...last, ...joined(last, part), topicWords: last.topicWords + read.tokens.length };
      } else if (
        last &&
        last.topicWords > 0 &&
        // A short topic takes a comment; a longer one only a comment that judges it ("Ob ich Teamlead werde, ist mir ziemlich egal").
        (last.topicWords <= TOPIC_WORDS || judged.size > 0 || (afterComma && verdictAlone(read)?.dismisses === true)) &&
        (last.attachedFrom === undefined || afterComma) &&
        !(afterComma && judged.size === 0 && measured(last.read) && measures(read)) &&
        // A part that goes on with "and" or turns the sense ("y nadie me dice nada", "le souci c'est …") says something new.
        !(read.words.length > 0 && g.listJoiner(read.words[0]!)) &&
        !turnsWords(part, read) &&
        // Nor does one after a turn from a topic already judged.
        !turnedFrom &&
        // After a turn, a comment on the job as a whole ("I'm overloaded, although I love my job") is not one on the topic.
        !(afterTurn && commentsElsewhere(read, judged)) &&
        !namesOwn()
      ) {
        out[out.length - 1] = { ...last, ...joined(last, part), topicWords: last.topicWords, attachedFrom: last.attachedFrom ?? last.read.words.length };
      } else out.push({ text: part, read, topicWords: read.tokens.length, ...(turnedFrom ? { turned: true } : {}) });
    }
    return out.map(({ text, read, attachedFrom, turned }) => ({
      ...read,
      ...(attachedFrom === undefined ? {} : { attached: new Set(read.words.map((_, i) => i).filter((i) => i >= attachedFrom)) }),
      ...(turned ? { turned: text } : {}),
    }));
  }

  function score(text: string, prefer: NeedKind | undefined): Reading {
    const clauses = topicsJoined(text, prefer);
    const statementStems = new Set(clauses.flatMap((c) => c.tokens));
    const statementSelf = clauses.some((c) => c.words.some(g.self));
    const best = new Map<string, KeyMatch>();
    const fine = new Set<string>();
    const noted = new Set<string>();
    /**
     * Noted keys named only by the words that say something is no trouble ("ne me dérangent pas" is also how people say
     * they are interrupted): where the statement notes a trouble or a skill too, they are its verdict, not a note of their
     * own. Beside only what moves people ("Trabajar en remoto no me aísla nada") or alone ("No me agobia") they are noted.
     */
    const notedByVerdict = new Set<string>();
    /** Keys whose words said which way they go. */
    const judged = new Set<string>();
    /** Matches read only from who is spoken of and the negation that says a trouble is none. */
    const onDenial = new Set<KeyMatch>();
    let offset = 0;
    for (const clause of clauses) {
      const found = [...scoreTokensOnce(clause, prefer).values()];
      const verdictAt = g.judgedAt(clause.words);
      /** The tokens of troubles' whole phrasings this clause says are none. */
      let deniedAt: Set<number> | undefined;
      const explained = new Set(found.filter((c) => c.whole).flatMap((c) => c.evidence.map((e) => e.word)));
      const unexplainedAt = clause.tokens.map((t, i) => {
        const word = clause.words[clause.at[i]!]!;
        // A comment on a topic ("les astreintes, franchement, …") judges it: its words are not another matter.
        return !explained.has(i) && !g.common.has(t) && !carriesNoNeed(word, g) && !clause.names.has(word) && !clause.attached?.has(clause.at[i]!);
      });
      // A list joined by "and" ("great benefits and good pay") is judged item by item: only words of the same item count.
      const partOf: number[] = [];
      let joiners = 0;
      clause.words.forEach((word, i) => {
        partOf[i] = joiners;
        if (g.listJoiner(word)) joiners++;
      });
      const partOfToken = (token: number) => partOf[clause.at[token]!]!;
      for (const candidate of found) {
        const parts = new Set(candidate.evidence.map((e) => partOfToken(e.word)));
        const unexplained = unexplainedAt.filter((u, i) => u && parts.has(partOfToken(i))).length;
        let entry = entries.get(candidate.key)!;
        // Words both sides of a pair use ("pay" for pay and for pay dissatisfaction) name the topic: read it from the
        // motivation's side, and let the words around it say which way it goes.
        const pair = entry.opposite === undefined ? undefined : entries.get(entry.opposite);
        if (pair && entry.kind !== "motivation" && candidate.evidence.every((e) => plainTokens.get(pair.key)?.has(clause.tokens[e.word]!))) entry = pair;
        const context = {
          words: clause.words,
          evidence: new Set(candidate.evidence.map((e) => clause.at[e.word]!)),
          absence: absence.has(entry.key) || namesWhatIsLacking(candidate.evidence, clause.tokens, lacking.get(entry.key), g),
          statementStems,
          statementSelf,
          grammar: g,
          ...(clause.attached ? { attached: clause.attached } : {}),
        };
        const verdict = judge(entry, context, prefer, senses.get(entry.key));
        if (verdict.kind === "drop") {
          if (verdict.why === "fine" && candidate.confidence >= FINE_CONFIDENCE) {
            fine.add(entry.key);
            if (candidate.whole) {
              if (candidate.evidence.every((e) => verdictAt.has(clause.at[e.word]!))) notedByVerdict.add(entry.key);
              else noted.add(entry.key);
            }
            if (candidate.whole && entry.kind === "challenge") for (const e of candidate.evidence) (deniedAt ??= new Set()).add(e.word);
          }
          continue;
        }
        const key = verdict.kind === "flip" ? verdict.key : entry.key;
        const ownWord = candidate.evidence.length === 1 && keysWithToken.get(clause.tokens[candidate.evidence[0]!.word]!)?.size === 1;
        const reliability = reliabilityOf(candidate, ownWord, unexplained);
        // A need of the other kind than the statement's, with no words saying which way it goes ("stress" among what moves someone):
        // right well under half the time on real text.
        const otherKind =
          verdict.kind === "keep" && !verdict.explicit && (prefer === "motivation" || prefer === "challenge") && entry.kind !== prefer && entry.kind !== "competency" && entry.neutral !== true;
        const confidence = round(reliability * (verdict.kind === "flip" && !verdict.explicit ? FLIP_BY_KIND : 1) * (otherKind ? OTHER_KIND : 1));
        const previous = best.get(key);
        if (previous && (previous.confidence > confidence || (previous.confidence === confidence && previous.evidence.length >= candidate.evidence.length))) continue;
        best.set(key, { key, confidence, evidence: candidate.evidence.map((e) => ({ word: e.word + offset, weight: e.weight })) });
        if (verdict.explicit) judged.add(key);
        else judged.delete(key);
      }
      // "My manager doesn't micromanage me": a trouble's whole phrasing said to be none, and keys this clause read without
      // words saying which way they go that rest only on who does it and the negation that denies it ("manager doesn't …")
      // are not meant.
      if (deniedAt) {
        const denied = deniedAt;
        const wordOf = (token: number) => clause.words[clause.at[token]!]!;
        const denying = new Set(clause.tokens.flatMap((_, t) => (g.negator(wordOf(t)) && denied.has(t + 1) ? [t] : [])));
        const rests = (t: number) => denying.has(t) || (g.others(wordOf(t)) && denying.has(t + 1));
        for (const match of best.values()) {
          if (!judged.has(match.key) && match.evidence.every((e) => e.word >= offset && rests(e.word - offset))) onDenial.add(match);
        }
      }
      offset += clause.tokens.length;
    }
    // A statement that says something is no trouble and turns nowhere ("Le trajet ? Vingt minutes en tram, je ne vais pas
    // me plaindre") is all of a piece: a need its words only mention, without saying which way it goes, is not meant.
    // One its own words judge is another matter ("no issues with my team, my commute is a nightmare").
    const saysFine = clauses.some((c) => judgesNow(c.words, g, prefer, c.attached));
    if (fine.size > 0 && !g.contrast.test(text) && saysFine) {
      for (const key of [...best.keys()]) if (!judged.has(key)) best.delete(key);
    }
    for (const match of onDenial) if (best.get(match.key) === match) best.delete(match.key);
    for (const key of best.keys()) {
      fine.delete(key);
      noted.delete(key);
      notedByVerdict.delete(key);
    }
    if (![...noted].some((key) => entries.get(key)!.kind !== "motivation")) for (const key of notedByVerdict) noted.add(key);
    const matches = [...best.values()].sort(byReadingOrder);
    // Something good said to be no trouble among troubles ("pay is not the issue") is noted as its trouble: no pay
    // dissatisfaction. A need the learned reading finds is not noted as well (`./statements`).
    const notedAs = (key: string) => {
      const entry = entries.get(key)!;
      return prefer === "challenge" && entry.kind === "motivation" && entry.opposite !== undefined ? entry.opposite : key;
    };
    const turned = clauses.flatMap((c) => (c.turned === undefined ? [] : [c.turned]));
    return { matches, fine: [...fine].sort(), noted: [...new Set([...noted].map(notedAs))].sort(), clauses, saysFine, turned };
  }

  // People say the same things: a screen re-plans on every keystroke and a batch repeats
  // phrasings, so each text's scores are kept (a bounded memo; the scores never change).
  const scored = createTextMemo<Reading>(5_000);
  const scoreOnce = (text: string, prefer: NeedKind | undefined): Reading => scored.get(prefer ?? "", "", text) ?? scored.set(prefer ?? "", "", text, score(text, prefer));

  return {
    grammar: g,
    absence,
    scoreOnce,
    select: (reading, minConfidence) => selectKeys(reading.matches, minConfidence).kept,
  };
}

/**
 * The keys a statement's reading yields, best first: each must reach
 * `minConfidence` and rest mostly on words no stronger key has explained;
 * a second or third must also reach {@link FURTHER_KEY_MIN}. `held` are
 * those that met every rule but that last one ("burnt out from overtime
 * and the commute": the commute, fairly likely): a plan asks about them
 * rather than dropping them unsaid. Candidates come best first, so every
 * held key comes after the last kept one and `kept` is what it would be
 * without them.
 */
export function selectKeys(candidates: readonly KeyMatch[], minConfidence: number): { kept: KeyMatch[]; held: KeyMatch[] } {
  const kept: KeyMatch[] = [];
  const held: KeyMatch[] = [];
  const claimed = new Set<number>();
  for (const candidate of candidates) {
    if (candidate.confidence < minConfidence || kept.length + held.length >= MAX_KEYS_PER_TEXT) break;
    // A second need must rest mostly on words no stronger need has explained.
    let own = 0;
    let all = 0;
    for (const { word, weight } of candidate.evidence) {
      all += weight;
      if (!claimed.has(word)) own += weight;
    }
    if (kept.length + held.length > 0 && own < all * 0.5) continue;
    (kept.length > 0 && candidate.confidence < FURTHER_KEY_MIN ? held : kept).push(candidate);
    for (const { word } of candidate.evidence) claimed.add(word);
  }
  return { kept, held };
}

/** Grammars by pack: a screen that builds several recommenders compiles each language once. */
const grammars = new WeakMap<LanguagePack["reading"], Grammar>();

export function grammarFor(pack: LanguagePack): Grammar {
  let grammar = grammars.get(pack.reading);
  if (!grammar) grammars.set(pack.reading, (grammar = compileGrammar(pack.code, pack.reading)));
  return grammar;
}

/** Language indexes by pack (or grammar), taxonomy content and typo lookup; a few taxonomies per language are kept. */
const shared = new WeakMap<object, Map<string, Map<TypoLookup | undefined, LanguageReader>>>();
const SHARED_TAXONOMIES = 4;

/** How a matcher is built: typo tolerance, and more languages than the taxonomy's own. */
export interface MatcherOptions {
  /** How words are met despite typos (fuse.js in `tailorplan`); none in a bare `tailorplan/core`. */
  readonly typos?: TypoLookup;
  /** Language packs read besides the taxonomy's own language and its `languages`; a later pack of one code wins. */
  readonly languages?: readonly LanguagePack[];
  /** Readings learned from labelled statements, one per language at most (`./learned`): what words the phrasings half-recognise, or do not know, most likely mean. A later reading of one language wins. */
  readonly learned?: readonly LearnedReading[];
}

/** A text as one language reads it. */
interface Picked {
  readonly code: string;
  readonly reader: LanguageReader;
  readonly reading: Reading;
}

/**
 * Indexes a taxonomy's labels and synonyms in each language it is given.
 * A text's words are met to the vocabulary exactly, by word family
 * ("delegat-ion"), as parts of a compound where the language makes them
 * ("Zeit-management"), or, for typos, through `options.typos` (fuse.js in
 * `tailorplan`; none in a bare `tailorplan/core`). A key then scores by its
 * best phrase: the idf-weighted share of the phrase's words the text has,
 * nearby, or for a paraphrase how much weight the two or more words it
 * shares with the phrase carry. Word order, first person and filler words
 * do not matter.
 *
 * Each text is read in one language: the one whose function words it uses
 * ("je", "nicht", "the"), else the one expected (the profile's), else the
 * one whose phrasings it matches best. A language's index is built the
 * first time a text in it is read.
 */
export function createMatcher(taxonomy: Taxonomy, options: MatcherOptions = {}): Matcher {
  const own = taxonomy.language ?? "en";
  const packs = new Map<string, LanguagePack>();
  for (const pack of [...(taxonomy.languages ?? []), ...(options.languages ?? [])]) packs.set(pack.code, pack);
  const languages = [own, ...[...packs.keys()].filter((code) => code !== own)];
  const grammarOf = (code: string): Grammar => {
    const pack = packs.get(code);
    return pack ? grammarFor(pack) : ENGLISH;
  };
  const readers = new Map<string, LanguageReader>();
  let fingerprint: string | undefined;
  const readerOf = (code: string): LanguageReader => {
    let reader = readers.get(code);
    if (!reader) {
      const pack = code === own ? undefined : packs.get(code);
      // Recommenders over the same taxonomy share each language's index: a screen that builds one per catalog indexes each language once.
      fingerprint ??= JSON.stringify(taxonomy.entries);
      const owner: object = pack ?? grammarOf(code);
      let byTaxonomy = shared.get(owner);
      if (!byTaxonomy) shared.set(owner, (byTaxonomy = new Map()));
      let byTypos = byTaxonomy.get(fingerprint);
      if (!byTypos) {
        if (byTaxonomy.size >= SHARED_TAXONOMIES) byTaxonomy.clear();
        byTaxonomy.set(fingerprint, (byTypos = new Map()));
      }
      reader = byTypos.get(options.typos);
      // A typo lookup made anew for each recommender would otherwise keep an index per recommender alive.
      if (!reader && byTypos.size >= SHARED_TAXONOMIES) byTypos.clear();
      if (reader) {
        readers.set(code, reader);
        return reader;
      }
      // Another language's entries: its labels and phrasings, the taxonomy's kinds and pairs; word senses are the taxonomy's language's.
      const list = pack
        ? taxonomy.entries.flatMap(({ senses: _, ...entry }) => {
            const said = ownValue(pack.needs, entry.key);
            return said ? [{ ...entry, label: said.label, synonyms: said.synonyms }] : [];
          })
        : taxonomy.entries;
      reader = createReader(list, grammarOf(code), options.typos, pack === undefined, pack ? readerOf(own).absence : undefined);
      byTypos.set(options.typos, reader);
      readers.set(code, reader);
    }
    return reader;
  };
  readerOf(own);
  const labelled = new Map<string, ReadonlyMap<string, TaxonomyEntry>>();
  const entriesIn = (locale: string): ReadonlyMap<string, TaxonomyEntry> => {
    let entries = labelled.get(locale);
    if (!entries) {
      const pack = locale === own ? undefined : packs.get(locale);
      entries = new Map(
        taxonomy.entries.map((entry) => {
          const said = pack && ownValue(pack.needs, entry.key);
          return [entry.key, said ? { ...entry, label: said.label } : entry] as const;
        }),
      );
      labelled.set(locale, entries);
    }
    return entries;
  };

  /** How much a text's function words say it is in each language: a word several languages share counts for each a share. */
  let grammars: readonly Grammar[] | undefined;
  const markerScores = (text: string): Map<string, number> => {
    grammars ??= languages.map(grammarOf);
    const scores = new Map<string, number>();
    const plain = normalizePhrase(text).split(" ");
    // Each language reads the words as it writes them: "j'ai" is "je ai" in French. Languages that elide nothing share one set.
    let asWritten: Set<string> | undefined;
    const read = grammars.map((g) => (g.elisions.size === 0 ? (asWritten ??= new Set(plain)) : new Set(unelide(plain, g.elisions))));
    const all = new Set<string>();
    for (const words of read) for (const word of words) all.add(word);
    for (const word of all) {
      let speakers = 0;
      for (let i = 0; i < languages.length; i++) if (read[i]!.has(word) && grammars[i]!.marker(word)) speakers++;
      if (speakers === 0) continue;
      for (let i = 0; i < languages.length; i++) if (read[i]!.has(word) && grammars[i]!.marker(word)) scores.set(languages[i]!, (scores.get(languages[i]!) ?? 0) + 1 / speakers);
    }
    return scores;
  };

  // Which language each text was read in, by the language expected: a plan asks about a statement several times.
  const picked = createTextMemo<Picked>(5_000);
  const learnedIn = new Map((options.learned ?? []).map((reading) => [reading.language, reading] as const));
  const learnedMemo = createTextMemo<Reading>(5_000);
  /** A language's reading of a text, with what the learned reading adds where it reads that language. */
  const readIn = (code: string, reader: LanguageReader, text: string, prefer: NeedKind | undefined): Reading => {
    const reading = reader.scoreOnce(text, prefer);
    const learned = learnedIn.get(code);
    if (!learned) return reading;
    return learnedMemo.get(code, prefer ?? "", text) ?? learnedMemo.set(code, prefer ?? "", text, { ...reading, ...learned.amend(reading, reading.clauses, reader.grammar, prefer, entriesIn(own)) });
  };
  const pick = (text: string, prefer: NeedKind | undefined, expected: string): Picked => {
    if (languages.length === 1) {
      const reader = readerOf(own);
      return { code: own, reader, reading: readIn(own, reader, text, prefer) };
    }
    return picked.get(expected, prefer ?? "", text) ?? picked.set(expected, prefer ?? "", text, pickFresh(text, prefer, expected));
  };
  /** A reading's confidence in its likeliest key, 0 when it found none. */
  const top = (picked: Picked): number => picked.reading.matches[0]?.confidence ?? 0;
  const pickFresh = (text: string, prefer: NeedKind | undefined, expected: string): Picked => {
    const read = (code: string): Picked => {
      const reader = readerOf(code);
      return { code, reader, reading: readIn(code, reader, text, prefer) };
    };
    const scores = markerScores(text);
    const score = (code: string): number => scores.get(code) ?? 0;
    let best = expected;
    for (const code of languages) if (score(code) > score(best)) best = code;
    const lead = score(best) - score(expected);
    // One function word of another language is thin evidence in a short text: French "car" in "company car", German
    // "die" in "adapt or die", "le" of both French and Spanish. Each language it may be in, and the expected one, reads
    // it, and the surest reading wins; on a tie, the language with more of its words (the expected one last).
    if (best !== expected && lead > 0 && lead <= 1) {
      const order = languages.filter((code) => code !== expected && score(code) > 0).sort((a, b) => score(b) - score(a));
      let surest = read(expected);
      for (const code of order.reverse()) {
        const other = read(code);
        if (top(other) >= top(surest)) surest = other;
      }
      return surest;
    }
    if (score(best) > 0) return read(best);
    // No function word says which ("Zeitmanagement", "burnout"): the expected language, else the one whose phrasings it
    // matches best, at a confidence that asks rather than assumes (a word may be a loanword of another language).
    const first = read(expected);
    if (first.reading.matches.length > 0 || first.reading.fine.length > 0) return first;
    let guess = first;
    for (const code of languages) {
      if (code === expected) continue;
      const other = read(code);
      if (top(other) > top(guess)) guess = other;
    }
    if (guess === first) return first;
    const matches = guess.reading.matches.map((m) => ({ ...m, confidence: round(m.confidence * FOREIGN_GUESS) }));
    return { ...guess, reading: { ...guess.reading, matches } };
  };

  const locales = new Map<string, Locale>();
  const localeOf = (code: string): Locale => {
    let locale = locales.get(code);
    if (!locale) {
      const entries = entriesIn(code);
      locale = { code, messages: packs.get(code)?.messages ?? {}, label: (key) => entries.get(key)?.label };
      locales.set(code, locale);
    }
    return locale;
  };
  const view = (locale: string, expected: string): Matcher => ({
    entries: entriesIn(locale),
    languages,
    locale: localeOf(locale),
    match: (text, minConfidence, prefer) => {
      const { reader, reading } = pick(text, prefer, expected);
      return reader.select(reading, minConfidence);
    },
    closest: (text, prefer) => pick(text, prefer, expected).reading.matches[0],
    candidates: (text, prefer) => pick(text, prefer, expected).reading.matches,
    fine: (text, prefer) => pick(text, prefer, expected).reading.noted,
    turned: (text, prefer) => pick(text, prefer, expected).reading.turned,
    // Token positions count across the clauses the reading read (a topic joined to its comment is one), as evidence counts them.
    tokenWords: (text) => pick(text, undefined, expected).reading.clauses.flatMap((clause) => clause.at.map((at) => clause.words[at]!)),
    clauses: (text) => pick(text, undefined, expected).reading.clauses,
    languageOf: (text) => pick(text, undefined, expected).code,
    horizonOf(text) {
      const g = pick(text, undefined, expected).reader.grammar;
      const { words } = readWords(text, g);
      const has = (phrases: ReadonlyArray<readonly string[]>) => words.some((_, i) => phrases.some((p) => startsAt(words, i, p)));
      return has(g.soon) ? "short" : has(g.later) ? "long" : undefined;
    },
    localized: (o) => view(known(o.locale) ?? locale, known(o.language) ?? expected),
  });
  /** A language the matcher reads, from a code such as "de" or "de-AT". */
  const known = (code: string | undefined): string | undefined => {
    const base = code === undefined ? undefined : baseLanguage(code);
    return base !== undefined && languages.includes(base) ? base : undefined;
  };
  return view(own, own);
}

/**
 * How often a reading with this evidence was right on real text, before the
 * words around it are weighed: a whole phrasing by its length and by how
 * many words of its clause nothing explains, part of a phrasing much less.
 */
function reliabilityOf(candidate: { readonly whole: boolean; readonly confidence: number; readonly evidence: readonly unknown[] }, ownWord: boolean, unexplained: number): number {
  if (!candidate.whole) return PARTIAL_RELIABILITY * candidate.confidence;
  const evidence =
    candidate.evidence.length >= 2
      ? PHRASE_RELIABILITY * PHRASE_DECAY ** unexplained
      : ownWord
        ? OWN_WORD_RELIABILITY * OWN_WORD_DECAY ** unexplained
        : WORD_RELIABILITY * WORD_DECAY ** unexplained;
  // A typo, a word family or a phrasing of another kind than the statement's counts a little less (confidence below 1).
  return Math.max(RELIABILITY_FLOOR, evidence) * Math.min(1, candidate.confidence);
}

/**
 * One stem starts the other and the rest is an ending of its family
 * ("delegat-ion", "present-ation", "manag-er"): "trouble" is not "troubleshooting".
 */
function sameWordFamily(a: string, b: string, endings: ReadonlySet<string>): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= PREFIX_LENGTH && long.startsWith(short) && endings.has(long.slice(short.length));
}

/** A confidence to three decimals, as readings carry it. */
export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** The order of a reading's keys: the surest first, then the one with more evidence, then by key so equal readings sort the same everywhere. */
export function byReadingOrder(a: KeyMatch, b: KeyMatch): number {
  return b.confidence - a.confidence || b.evidence.length - a.evidence.length || (a.key < b.key ? -1 : 1);
}
