import type { NeedKind, Taxonomy, TaxonomyEntry } from "../schema/taxonomy";
import type { TypoLookup } from "./fuzzy";
import { carriesNoNeed, indexSenses, judge, negates, speaksOfSelf } from "./reading";
import { COMMON, readWords, splitClauses, tokenize } from "./text";

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
}

/** Confidence of a word met by its first letters only ("delegat…" for "delegation" and "delegate"). */
const PREFIX_CONFIDENCE = 0.85;
const PREFIX_LENGTH = 5;
/**
 * A statement's second and third needs must each be likely on their own
 * (right about 3 times in 4 at this confidence): a sure first reading does
 * not carry a guess along with it.
 */
const FURTHER_KEY_MIN = 0.75;
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
/** Words that join the items of a list. */
const LIST_JOINERS = new Set(["and", "&", "plus", "or"]);
/** A key is an absence ("lack of feedback") when this share of its phrasings carry a negation. */
const ABSENCE_SHARE = 0.4;

/** Matches free text to taxonomy keys; built once per taxonomy. */
export interface Matcher {
  readonly entries: ReadonlyMap<string, TaxonomyEntry>;
  /** Every key the text names with at least `minConfidence`, best first. */
  match(text: string, minConfidence: number, prefer?: NeedKind): KeyMatch[];
  /** The best key whatever its confidence, to say what we nearly matched. */
  closest(text: string, prefer?: NeedKind): KeyMatch | undefined;
  /** Every key the text could mean, best first, whatever the confidence: the options of a question. */
  candidates(text: string, prefer?: NeedKind): readonly KeyMatch[];
  /** Keys the text names only to say they are no trouble ("public speaking is not a problem for me"). */
  fine(text: string, prefer?: NeedKind): readonly string[];
}

/** A key as one clause's words name it, before it is read in context. */
interface Candidate extends KeyMatch {
  /** Every word of one of the key's phrasings is there. */
  readonly whole: boolean;
}

interface Reading {
  readonly matches: readonly KeyMatch[];
  readonly fine: readonly string[];
}

/**
 * Indexes a taxonomy's labels and synonyms. A text's words are met to the
 * vocabulary exactly, by word family ("delegat-ion") or, for typos, through
 * `options.typos` (fuse.js in `tailorplan`; none in a bare `tailorplan/core`).
 * A key then scores by its best phrase: the idf-weighted share of the
 * phrase's words the text has, nearby, or for a paraphrase how much weight
 * the two or more words it shares with the phrase carry. Word order, first person and filler words do
 * not matter.
 */
export function createMatcher(taxonomy: Taxonomy, options: { readonly typos?: TypoLookup } = {}): Matcher {
  const entries = new Map(taxonomy.entries.map((entry) => [entry.key, entry] as const));
  const phrases: Phrase[] = [];
  const keysWithToken = new Map<string, Set<string>>();
  const raw: Array<{ key: string; tokens: string[] }> = [];
  for (const entry of taxonomy.entries) {
    for (const text of [entry.label, ...entry.synonyms, entry.key.replace(/-/g, " ")]) {
      const tokens = tokenize(text);
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
  for (const [token, keys] of keysWithToken) idf.set(token, Math.log(1 + total / keys.size) * (COMMON.has(token) ? 0.35 : 1));
  // A phrase is reached through its telling words; through an everyday word only when it
  // has no other kind, since everyday words alone never make a phrase with a telling word likely.
  const phrasesByToken = new Map<string, number[]>();
  for (const { key, tokens } of raw) {
    const index = phrases.length;
    phrases.push({ key, tokens, weight: tokens.reduce((sum, t) => sum + idf.get(t)!, 0) });
    const telling = tokens.filter((t) => !COMMON.has(t));
    for (const token of telling.length > 0 ? telling : tokens) {
      const list = phrasesByToken.get(token);
      if (list) list.push(index);
      else phrasesByToken.set(token, [index]);
    }
  }
  const senses = indexSenses(taxonomy.entries);
  // Each key's words from phrasings that carry no negation: "micromanaged" in autonomy's "not micromanaged" is not autonomy's topic.
  const plainTokens = new Map<string, Set<string>>();
  for (const { key, tokens } of raw) {
    if (tokens.some(negates)) continue;
    let set = plainTokens.get(key);
    if (!set) plainTokens.set(key, (set = new Set()));
    for (const t of tokens) set.add(t);
  }
  const absence = new Set<string>();
  for (const entry of taxonomy.entries) {
    const own = raw.filter((r) => r.key === entry.key);
    const negated = own.filter((r) => r.tokens.some(negates)).length;
    if (entry.kind === "challenge" && negated >= own.length * ABSENCE_SHARE) absence.add(entry.key);
  }
  const vocabulary = [...keysWithToken.keys()].sort();
  const byPrefix = new Map<string, string[]>();
  for (const word of vocabulary) {
    if (word.length < PREFIX_LENGTH) continue;
    const prefix = word.slice(0, PREFIX_LENGTH);
    const list = byPrefix.get(prefix);
    if (list) list.push(word);
    else byPrefix.set(prefix, [word]);
  }
  const fuzzy = options.typos?.(vocabulary) ?? (() => []);
  const lookups = new Map<string, ReadonlyArray<readonly [string, number]>>();

  /** Vocabulary words a text word may stand for, with confidence; memoised, as words repeat. */
  function lookup(word: string): ReadonlyArray<readonly [string, number]> {
    const known = lookups.get(word);
    if (known) return known;
    const found = new Map<string, number>();
    if (keysWithToken.has(word)) found.set(word, 1);
    if (word.length >= PREFIX_LENGTH) {
      for (const other of byPrefix.get(word.slice(0, PREFIX_LENGTH)) ?? []) {
        if (other !== word && sameWordFamily(word, other)) {
          found.set(other, Math.max(found.get(other) ?? 0, PREFIX_CONFIDENCE));
        }
      }
    }
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

  /** Every key one clause's tokens may name, with evidence as token indices, before reading it in context. */
  function scoreTokens(words: readonly string[], prefer: NeedKind | undefined): Map<string, Candidate> {
    // For each vocabulary word, the best confidence and which text word gave it.
    const met = new Map<string, { confidence: number; word: number }>();
    words.forEach((word, position) => {
      for (const [token, confidence] of lookup(word)) {
        const seen = met.get(token);
        if (!seen || confidence > seen.confidence) met.set(token, { confidence, word: position });
      }
    });
    const best = new Map<string, Candidate>();
    const consider = (key: string, raw: number, evidence: Map<number, number>, whole: boolean) => {
      const confidence = round(prefer && entries.get(key)!.kind !== prefer ? raw * 0.97 : raw);
      const previous = best.get(key);
      if (!previous || confidence > previous.confidence || (confidence === previous.confidence && evidence.size > previous.evidence.length)) {
        best.set(key, {
          key,
          confidence,
          evidence: [...evidence].sort((a, b) => a[0] - b[0]).map(([word, weight]) => ({ word, weight })),
          whole,
        });
      }
    };
    // Phrases: the share of a phrase's words the text has.
    const visited = new Set<number>();
    for (const token of met.keys()) {
      for (const index of phrasesByToken.get(token) ?? []) {
        if (visited.has(index)) continue;
        visited.add(index);
        const phrase = phrases[index]!;
        let gained = 0;
        let matched = 0;
        const evidence = new Map<number, number>();
        for (const t of phrase.tokens) {
          const hit = met.get(t);
          if (!hit) continue;
          const weight = idf.get(t)! * hit.confidence;
          gained += weight;
          matched++;
          evidence.set(hit.word, Math.max(evidence.get(hit.word) ?? 0, weight));
        }
        const share = phrase.weight > 0 ? gained / phrase.weight : 0;
        // A phrase only partly present counts less than its share suggests.
        let confidence = matched < phrase.tokens.length ? share ** 1.5 : share;
        // Its words scattered across a long sentence are weaker evidence than words side by side.
        if (evidence.size >= 2) {
          const positions = [...evidence.keys()];
          const span = Math.max(...positions) - Math.min(...positions) + 1;
          if (span > evidence.size + 1) confidence *= (evidence.size + 1) / span;
        }
        // A paraphrase shares two or more telling words with one phrasing, in other words around them.
        if (evidence.size >= 2) confidence = Math.max(confidence, Math.min(1, gained / PARAPHRASE_SATURATION) * PARAPHRASE_CAP);
        // A phrase of everyday words alone ("a challenge") says little inside a longer sentence.
        if (phrase.tokens.every((t) => COMMON.has(t)) && !words.every((w) => COMMON.has(w) || lookup(w).some(([t]) => phrase.tokens.includes(t)))) {
          confidence *= 0.5;
        }
        consider(phrase.key, confidence, evidence, matched === phrase.tokens.length);
      }
    }
    // Vocabulary: two or more telling words this key's phrasings use, though no one phrasing has both.
    const byKey = new Map<string, Map<number, number>>();
    for (const [token, hit] of met) {
      const weight = idf.get(token)! * hit.confidence;
      if (weight < TELLING_WORD) continue;
      for (const key of keysWithToken.get(token)!) {
        let evidence = byKey.get(key);
        if (!evidence) byKey.set(key, (evidence = new Map()));
        evidence.set(hit.word, Math.max(evidence.get(hit.word) ?? 0, weight));
      }
    }
    for (const [key, evidence] of byKey) {
      if (evidence.size < 2) continue;
      let sum = 0;
      for (const weight of evidence.values()) sum += weight;
      consider(key, Math.min(1, sum / VOCABULARY_SATURATION) * VOCABULARY_CAP, evidence, false);
    }
    return best;
  }

  /**
   * Reads a text clause by clause: the keys each clause's words name, then
   * each key judged in its clause (polarity, whose words, word sense; see
   * `./reading`). Evidence indices count tokens across the whole text, so
   * keys from different clauses never claim the same word.
   */
  function score(text: string, prefer: NeedKind | undefined): Reading {
    const clauses = splitClauses(text).map(readWords);
    const statementStems = new Set(clauses.flatMap((c) => c.tokens));
    const statementSelf = clauses.some((c) => c.words.some(speaksOfSelf));
    const best = new Map<string, KeyMatch>();
    const fine = new Set<string>();
    let offset = 0;
    for (const clause of clauses) {
      const found = [...scoreTokens(clause.tokens, prefer).values()];
      const explained = new Set(found.filter((c) => c.whole).flatMap((c) => c.evidence.map((e) => e.word)));
      const unexplainedAt = clause.tokens.map((t, i) => {
        const word = clause.words[clause.at[i]!]!;
        return !explained.has(i) && !COMMON.has(t) && !carriesNoNeed(word) && !clause.names.has(word);
      });
      // A list joined by "and" ("great benefits and good pay") is judged item by item: only words of the same item count.
      const partOf: number[] = [];
      let joiners = 0;
      clause.words.forEach((word, i) => {
        partOf[i] = joiners;
        if (LIST_JOINERS.has(word)) joiners++;
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
          absence: absence.has(entry.key),
          statementStems,
          statementSelf,
        };
        const verdict = judge(entry, context, prefer, senses.get(entry.key));
        if (verdict.kind === "drop") {
          if (verdict.why === "fine" && candidate.confidence >= FINE_CONFIDENCE) fine.add(entry.key);
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
      }
      offset += clause.tokens.length;
    }
    for (const key of best.keys()) fine.delete(key);
    const matches = [...best.values()].sort((a, b) => b.confidence - a.confidence || b.evidence.length - a.evidence.length || (a.key < b.key ? -1 : 1));
    return { matches, fine: [...fine].sort() };
  }

  // People say the same things: a screen re-plans on every keystroke and a batch repeats
  // phrasings, so each text's scores are kept (a bounded memo; the scores never change).
  const scored = new Map<string, Reading>();
  const scoreOnce = (text: string, prefer: NeedKind | undefined): Reading => {
    const memo = `${prefer ?? ""}\u0000${text}`;
    let result = scored.get(memo);
    if (!result) {
      if (scored.size >= 5_000) scored.clear();
      scored.set(memo, (result = score(text, prefer)));
    }
    return result;
  };

  return {
    entries,
    match(text, minConfidence, prefer) {
      const kept: KeyMatch[] = [];
      const claimed = new Set<number>();
      for (const candidate of scoreOnce(text, prefer).matches) {
        if (candidate.confidence < minConfidence || kept.length >= MAX_KEYS_PER_TEXT) break;
        // A second need must rest mostly on words no stronger need has explained.
        let own = 0;
        let all = 0;
        for (const { word, weight } of candidate.evidence) {
          all += weight;
          if (!claimed.has(word)) own += weight;
        }
        if (kept.length > 0 && own < all * 0.5) continue;
        if (kept.length > 0 && candidate.confidence < FURTHER_KEY_MIN) continue;
        kept.push(candidate);
        for (const { word } of candidate.evidence) claimed.add(word);
      }
      return kept;
    },
    closest(text, prefer) {
      return scoreOnce(text, prefer).matches[0];
    },
    candidates(text, prefer) {
      return scoreOnce(text, prefer).matches;
    },
    fine(text, prefer) {
      return scoreOnce(text, prefer).fine;
    },
  };
}

/** Endings that make another word of the same family: "delegat-ion", "present-ation", "manag-er", "manag-ement". */
const FAMILY_ENDINGS = /^(?:e|s|es|er|ers|or|ors|ion|ions|ation|ations|ment|ments|ement|ements|ive|ity|al|ally|ance|ence|ant|ent|ship)$/;

/** One stem starts the other and the rest is an ending of its family: "trouble" is not "troubleshooting". */
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

function sameWordFamily(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= PREFIX_LENGTH && long.startsWith(short) && FAMILY_ENDINGS.test(long.slice(short.length));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
