/**
 * What reading needs to know about one language: its stop words, the words
 * that judge, negate and measure, who may be a sentence's subject, where
 * clauses break, and how words are stemmed. English is built in
 * (`./english`); every other language is data — a language pack's `reading`
 * section (`ReadingRules`), compiled here once.
 */
import type { ReadingRules } from "../schema/language";
import { compileHours } from "./hours";
import { normalizePhrase } from "./normal";

/** A language's reading rules, compiled: predicates over normalised words. */
export interface Grammar {
  readonly code: string;
  /** Words that carry no need: dropped before matching, kept for reading the sentence around a match. */
  readonly stopword: (word: string) => boolean;
  readonly negator: (word: string) => boolean;
  readonly good: (word: string) => boolean;
  readonly bad: (word: string) => boolean;
  readonly more: (word: string) => boolean;
  readonly less: (word: string) => boolean;
  readonly trouble: (word: string) => boolean;
  readonly intensifier: (word: string) => boolean;
  readonly filler: (word: string) => boolean;
  readonly self: (word: string) => boolean;
  readonly learning: (word: string) => boolean;
  readonly others: (word: string) => boolean;
  readonly determiner: (word: string) => boolean;
  /** Relative pronouns that make the noun before them the subject of what follows ("meetings that don't need me"). */
  readonly relative: (word: string) => boolean;
  readonly listJoiner: (word: string) => boolean;
  /** The words of "neither … nor" ("ni", "weder", "noch"): a clause with two of them is denied as a whole. */
  readonly neither: (word: string) => boolean;
  /** Words that, ending a clause after something good, say there is too little of it ("limited", "escasa", "begrenzt"). */
  readonly scarce: (word: string) => boolean;
  /** Words of more that say there is enough and to spare ("plenty", "loads"): a good thing so said among troubles is no trouble. */
  readonly plenty: (word: string) => boolean;
  /** Words of being paid or made up for ("paid", "vergütet"): negated, a trouble goes unrewarded, it is not denied. */
  readonly rewarded: (word: string) => boolean;
  /** Words of wanting ("want", "envie", "Lust"): negated, a wish is said not to be one. */
  readonly desire: (word: string) => boolean;
  /** Verbs of saying or believing whose negation is meant of what follows ("I don't think X is a problem"). */
  readonly belief: (word: string) => boolean;
  /** Whether the negation at `i` is of a verb of saying or believing beside it ("don't think", "ne pense pas", "glaube nicht"). */
  readonly raised: (words: readonly string[], i: number) => boolean;
  /** Where a clause says something is no trouble or does not matter (a comment on a topic before it): the words saying so. */
  readonly judgedAt: (words: readonly string[]) => ReadonlySet<number>;
  /** Everyday stems: they count for less than the words that tell needs apart. */
  readonly common: ReadonlySet<string>;
  readonly fine: ReadonlyArray<readonly string[]>;
  readonly unsure: ReadonlyArray<readonly string[]>;
  readonly indifferent: ReadonlyArray<readonly string[]>;
  /** Phrases that put a goal in the short term ("este trimestre") and in the long term ("algún día"). */
  readonly soon: ReadonlyArray<readonly string[]>;
  readonly later: ReadonlyArray<readonly string[]>;
  /** Splits a text into clauses at punctuation and at the words that turn the sense. */
  readonly clauseBreak: RegExp;
  /** Finds a word that turns the sense ("but", "aber", "en revanche"), not a mere new clause ("und ich"). */
  readonly contrast: RegExp;
  /**
   * Whether a clause's words complete the one before it ("Mir ist egal, | ob
   * ich gesehen werde"; "Es macht mir nichts aus, | Überstunden zu machen"):
   * a word of the language's `completers` opens it or stands before its last
   * word.
   */
  readonly completes: (words: readonly string[]) => boolean;
  /** Rewrites a normalised text's fixed expressions, whose words mislead one by one ("at present" as "now"). */
  readonly rewrite: (normal: string) => string;
  /** Elided words, written out: French "n'" → "ne". */
  readonly elisions: ReadonlyMap<string, string>;
  readonly stem: (word: string) => string;
  /** Endings that make another word of one family when one stem starts the other. */
  readonly familyEndings: ReadonlySet<string>;
  /** Compound words ("Zeitmanagement") may be met as their parts. */
  readonly compounds: boolean;
  /** A negation may follow what it negates ("Feedback bekomme ich nie"). */
  readonly negationAfter: boolean;
  /** Capitalised words inside a sentence are names ("Delta", "Chicago"); not in German, where every noun is. */
  readonly capitalisedNames: boolean;
  /** The words that tell this language from others in a short text: its function words. */
  readonly marker: (word: string) => boolean;
}

/** Punctuation that always ends a clause, in any language. */
const CLAUSE_PUNCTUATION = String.raw`[,;:!?()[\]{}|/•¿¡«»„“”]+|\.(?:\s|$)|\s[-–—]+\s`;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A pattern finding any of `list` as whole words, as written; undefined when the list is empty. */
function wholeWords(list: readonly string[]): string | undefined {
  const alternatives = list.map((w) => escape(w.trim().toLowerCase())).filter((w) => w.length > 0);
  return alternatives.length > 0 ? `(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])` : undefined;
}

/** Rewrites may feed each other ("no tengo ningún problema" → "no tengo problema" → "me resulta fácil"): this many passes at most. */
const IDIOM_PASSES = 3;

/**
 * The idioms as a word-level lookup, by first word, longest first: a text
 * is read once per pass however many idioms a language lists; passes repeat
 * while something changes, as rewrites may feed each other.
 */
function idiomRewriter(idioms: ReadonlyArray<readonly [string, string]>, elisions: ReadonlyMap<string, string> = new Map()): (normal: string) => string {
  const byFirst = new Map<string, Array<{ words: string[]; into: string[] }>>();
  const seen = new Set<string>();
  for (const [from, into] of idioms) {
    const key = normalizePhrase(from);
    if (key.length === 0 || seen.has(key)) continue;
    seen.add(key);
    const words = key.split(" ");
    const out = normalizePhrase(into);
    let list = byFirst.get(words[0]!);
    if (!list) byFirst.set(words[0]!, (list = []));
    list.push({ words, into: out.length === 0 ? [] : out.split(" ") });
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length || b.words.join(" ").length - a.words.join(" ").length);
  if (byFirst.size === 0) return (normal) => normal;
  const pass = (words: readonly string[]): string[] => {
    const out: string[] = [];
    for (let i = 0; i < words.length; ) {
      const word = words[i]!;
      const found = byFirst.get(word)?.find((idiom) => startsAt(words, i, idiom.words));
      if (found) {
        out.push(...found.into);
        i += found.words.length;
        continue;
      }
      // An idiom after an elided word keeps it: "trop d'heures sup" as "trop d'heures supplémentaires".
      const cut = word.indexOf("'");
      const rest = cut > 0 && elisions.has(word.slice(0, cut)) ? word.slice(cut + 1) : "";
      const elided = rest && byFirst.get(rest)?.find((idiom) => idiom.into.length > 0 && startsAt(words, i + 1, idiom.words.slice(1)));
      if (elided) {
        out.push(word.slice(0, cut + 1) + elided.into[0], ...elided.into.slice(1));
        i += elided.words.length;
      } else out.push(words[i++]!);
    }
    return out;
  };
  /** Whether an idiom may start at this word, as written or after an elided word ("d'heures"). */
  const mayStart = (word: string): boolean => {
    if (byFirst.has(word)) return true;
    const cut = word.indexOf("'");
    return cut > 0 && elisions.has(word.slice(0, cut)) && byFirst.has(word.slice(cut + 1));
  };
  return (normal) => {
    if (normal.length === 0) return normal;
    let words = normal.split(" ");
    // Most texts hold no idiom: they are read as they are, without a pass.
    if (!words.some(mayStart)) return normal;
    for (let n = 0; n < IDIOM_PASSES; n++) {
      const next = pass(words);
      if (next.length === words.length && next.every((w, k) => w === words[k])) break;
      words = next;
    }
    return words.join(" ");
  };
}

/** Whether `phrase`'s words stand in `words` from `i` on. */
export function startsAt(words: readonly string[], i: number, phrase: readonly string[]): boolean {
  return phrase.every((w, k) => words[i + k] === w);
}

/** Writes out elided words ("n'ai" as "ne ai") where the language elides. */
export function unelide(words: readonly string[], elisions: ReadonlyMap<string, string>): string[] {
  if (elisions.size === 0) return [...words];
  const out: string[] = [];
  for (const word of words) {
    const cut = word.indexOf("'");
    const full = cut > 0 ? elisions.get(word.slice(0, cut)) : undefined;
    if (full !== undefined && cut < word.length - 1) out.push(full, word.slice(cut + 1));
    else out.push(word);
  }
  return out;
}

/** A light suffix stemmer from data: each step strips its longest matching suffix once, leaving at least `minStem` letters. */
export function suffixStemmer(rules: { readonly minStem: number; readonly steps: ReadonlyArray<readonly string[]> }): (word: string) => string {
  const steps = rules.steps.map((step) => [...new Set(step.map(normalizePhrase))].filter(Boolean).sort((a, b) => b.length - a.length));
  return (word) => {
    let w = word.replace(/'/g, "");
    for (const step of steps) {
      for (const suffix of step) {
        if (w.endsWith(suffix) && w.length - suffix.length >= rules.minStem) {
          w = w.slice(0, -suffix.length);
          break;
        }
      }
    }
    return w;
  };
}

/** Compiles a language's reading rules. `stem` overrides the rules' suffix stemmer (English has its own). */
export function compileGrammar(code: string, rules: ReadingRules, stem?: (word: string) => string): Grammar {
  const stemmer = stem ?? suffixStemmer(rules.stemmer);
  const memo = new Map<string, string>();
  const stemOf = (word: string): string => {
    let s = memo.get(word);
    if (s === undefined) {
      if (memo.size > 20_000) memo.clear();
      memo.set(word, (s = stemmer(word)));
    }
    return s;
  };
  // A pack's word lists name words as people write them; its inflections ("schlechte", "schlechten") meet them by stem.
  // English lists every form it means: its words are met as written.
  const byStem = stem === undefined;
  /*
   * The lists met by stem, as bits of one number per word: reading asks each
   * word whether it negates, judges, measures… many times over, and a word's
   * answers are worked out once (its stem, then each list), not once a
   * question. `fixed` holds each list's words as written.
   */
  let lists = 0;
  const fixed = new Map<string, number>();
  const stemSets: Array<{ readonly bit: number; readonly stems: ReadonlySet<string> }> = [];
  const flags = new Map<string, number>();
  const flagsOf = (word: string): number => {
    let f = flags.get(word);
    if (f === undefined) {
      f = fixed.get(word) ?? 0;
      const s = stemOf(word);
      for (const { bit, stems } of stemSets) if (stems.has(s)) f |= bit;
      if (flags.size > 50_000) flags.clear();
      flags.set(word, f);
    }
    return f;
  };
  const words = (list: readonly string[] | undefined, inflected = byStem): ((word: string) => boolean) => {
    const set = new Set<string>();
    const stems = new Set<string>();
    for (const entry of list ?? []) {
      const normal = normalizePhrase(entry);
      if (normal.length === 0) continue;
      set.add(normal);
      if (inflected && !normal.includes(" ")) stems.add(stemOf(normal));
    }
    // A bit per list met by stem: the lists are this function's, fewer than twenty, never a pack's.
    if (!inflected) return (word) => set.has(word);
    const bit = 1 << lists++;
    for (const word of set) fixed.set(word, (fixed.get(word) ?? 0) | bit);
    stemSets.push({ bit, stems });
    return (word) => (flagsOf(word) & bit) !== 0;
  };
  const elisions = new Map(Object.entries(rules.elisions ?? {}).map(([from, to]) => [normalizePhrase(from), normalizePhrase(to)]));
  // Fixed phrases are met in text as it is read: elisions written out ("ne m'intéresse pas" as "ne me interesse pas").
  const phrases = (list: readonly string[] | undefined) =>
    (list ?? []).map(normalizePhrase).filter(Boolean).map((p) => unelide(p.split(" "), elisions));
  const listJoiner = words(rules.listJoiners);
  const breaks = wholeWords(rules.clauseBreaks ?? []);
  const clauseBreak = new RegExp(breaks ? `${CLAUSE_PUNCTUATION}|${breaks}` : CLAUSE_PUNCTUATION, "iu");
  // A break that is a list joiner and a pronoun ("und ich") starts a clause without turning the sense.
  const turning = wholeWords([...(rules.clauseBreaks ?? []).filter((w) => !listJoiner(normalizePhrase(w).split(" ")[0]!)), ...(rules.turns ?? [])]);
  const contrast = turning ? new RegExp(turning, "iu") : /(?!)/;
  const idioms = idiomRewriter(rules.idioms ?? [], elisions);
  const longHours = compileHours(rules.hours);
  const rewrite = (normal: string) => idioms(longHours(normal));
  const completer = words(rules.completers, false);
  // Function words are listed in full: met by stem they would swallow words that carry needs.
  const stopword = words(rules.stopwords, false);
  const fine = phrases(rules.fine);
  const indifferent = phrases(rules.indifferent);
  /** Phrases that judge a topic by themselves: no trouble, or no matter. */
  const verdicts = [...fine, ...indifferent];
  // By first word: a clause's every word is asked whether a verdict starts there.
  const verdictsByFirst = new Map<string, Array<readonly string[]>>();
  for (const p of verdicts) {
    const list = verdictsByFirst.get(p[0]!);
    if (list) list.push(p);
    else verdictsByFirst.set(p[0]!, [p]);
  }
  const trouble = words(rules.trouble);
  const negator = words(rules.negators);
  const belief = words(rules.beliefs, false);
  const raised = (said: readonly string[], i: number): boolean => {
    for (let k = Math.max(0, i - 1); k <= i + 2 && k < said.length; k++) if (k !== i && belief(said[k]!)) return true;
    return false;
  };
  const self = words(rules.self);
  const determiner = words(rules.determiners);
  // An elided word listed on its own ("c'", "qu'") is met in text as its full form ("ce", "que"): alone, without its
  // apostrophe, the letter says nothing of the language ("Programming in C").
  const markers = new Set(
    [rules.stopwords, rules.negators, rules.self, rules.determiners, rules.markers, rules.clauseBreaks]
      .flatMap((list) => list ?? [])
      .flatMap((w) => unelide(normalizePhrase(w).split(" "), elisions))
      .filter((w) => !elisions.has(w)),
  );
  // Lists asked about while compiling (the list joiners, above) answered before every list was in.
  flags.clear();
  return {
    code,
    stopword,
    negator,
    good: words(rules.good),
    bad: words(rules.bad),
    more: words(rules.more),
    less: words(rules.less),
    trouble,
    intensifier: words(rules.intensifiers),
    filler: words(rules.filler),
    self,
    learning: words(rules.learning),
    others: words(rules.others),
    determiner,
    relative: words(rules.relatives, false),
    listJoiner,
    neither: words(rules.neither, false),
    scarce: words(rules.scarce, false),
    plenty: words(rules.plenty, false),
    rewarded: words(rules.rewarded, false),
    desire: words(rules.desire),
    belief,
    raised,
    judgedAt(said) {
      const at = new Set<number>();
      said.forEach((w, i) => {
        for (const p of verdictsByFirst.get(w) ?? []) if (startsAt(said, i, p)) p.forEach((_, k) => at.add(i + k));
        if (negator(w)) {
          const j = said.slice(i + 1, i + 4).findIndex((n) => trouble(n));
          if (j >= 0) for (let k = i; k <= i + 1 + j; k++) at.add(k);
          // "I wouldn't say the workload is a problem": the negation of a belief is the trouble's, however far it stands.
          else if (raised(said, i)) {
            const far = said.findIndex((n, k) => k > i && trouble(n));
            if (far >= 0) {
              at.add(i);
              at.add(far);
            }
          }
        }
      });
      return at;
    },
    common: new Set((rules.common ?? []).map((w) => stemOf(normalizePhrase(w)))),
    fine,
    soon: phrases(rules.soon),
    later: phrases(rules.later),
    unsure: phrases(rules.unsure),
    indifferent,
    clauseBreak,
    contrast,
    completes: (said) => said.length > 0 && (completer(said[0]!) || (said.length >= 2 && completer(said[said.length - 2]!))),
    rewrite,
    elisions,
    stem: stemOf,
    familyEndings: new Set((rules.familyEndings ?? []).map(normalizePhrase)),
    compounds: rules.compounds === true,
    negationAfter: rules.negationAfter === true,
    capitalisedNames: rules.capitalisedNames !== false,
    marker: (word) => markers.has(word),
  };
}
