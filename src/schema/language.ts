import * as z from "zod/mini";
import { KeySchema, text } from "./common";

/** An ISO 639-1 language code: "en", "es", "fr", "de". */
export const LanguageCodeSchema = z.string().check(z.regex(/^[a-z]{2,3}$/, "must be a language code such as en, es, fr or de"));

const words = () => z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(60))).check(z.maxLength(2000)));

/**
 * How to read one language: the words that carry no need, that judge, negate
 * and measure, who may be a sentence's subject, where clauses break, and a
 * light suffix stemmer. Words are written as people write them; they are
 * lowercased and their accents folded before use.
 */
export const ReadingRulesSchema = z.strictObject({
  /** Articles, pronouns, auxiliaries, prepositions, hedges: words that carry no need. */
  stopwords: words(),
  /** Words that turn what follows: "no", "nicht", "jamais". */
  negators: words(),
  /** Words saying something is good, and bad or missing. */
  good: words(),
  bad: words(),
  /** Words of amount: more of a good thing is good, more of a trouble bad ("high pay", "high stress"); less the other way. */
  more: words(),
  less: words(),
  /** Nouns of trouble: "problema", "souci", "Problem". "Not a problem" says a need is none. */
  trouble: words(),
  intensifiers: words(),
  /** Words every review uses for the workplace itself ("empresa", "Firma"). */
  filler: words(),
  /** Everyday words found in many needs' phrasings: they count for less. */
  common: words(),
  /** Fixed phrases saying something is fine ("no me importa", "kein Problem", "ça ne me dérange pas"). */
  fine: words(),
  /** Fixed phrases saying something is unclear: a trouble, not a negated one ("no sé", "keine Ahnung"). */
  unsure: words(),
  /** Fixed phrases saying a need does not matter ("me da igual", "ist mir egal"). */
  indifferent: words(),
  /** The employee speaking of themself ("yo", "je", "ich", "mein"). */
  self: words(),
  /** Words that make a skill something to learn ("aprender", "formation", "Weiterbildung"). */
  learning: words(),
  /** Others who may be a sentence's subject: a skill they lack is not the employee's gap ("jefe", "la direction", "Chef"). */
  others: words(),
  /** Words that may stand before a subject ("el", "mon", "der"). */
  determiners: words(),
  /**
   * Relative pronouns that open a clause about the noun before them, as its subject ("that", "which", "who"):
   * "meetings that don't need me" says what the meetings do, not that the employee does not need them.
   */
  relatives: words(),
  /** Phrases that put a goal in the short term ("este trimestre", "bis Ende des Monats") and in the long term ("algún día", "in ein paar Jahren"). */
  soon: words(),
  later: words(),
  /**
   * The words of "neither … nor" ("ni", "weder", "noch"): a clause holding
   * two of them is denied as a whole, and a judging verb in it is turned
   * ("Ni los viajes ni el horario me molestan"; French "ni … ni … ne" says
   * it once). One alone is not enough: "ni idea" is no "neither".
   */
  neither: z.optional(words()),
  /**
   * Words that, ending a clause after something good, say there is too
   * little of it ("growth is limited", "la formación es escasa"): said among
   * troubles, that need is missing, not refused as "no, thanks" refuses it.
   */
  scarce: z.optional(words()),
  /**
   * Words of more that say there is enough and to spare ("plenty", "loads"):
   * said among troubles of something good, that need is met ("Feedback? I
   * get plenty"), where "more" is a wish for it and says it is missing
   * ("more feedback would help"). Each is also one of `more`.
   */
  plenty: z.optional(words()),
  /**
   * Words of being paid or made up for ("paid", "compensated", "bezahlt",
   * "payées"), each form as written: negated, they say a trouble goes
   * unrewarded ("overtime is not paid", "Überstunden werden weder bezahlt
   * noch abgebaut"), not that it is none.
   */
  rewarded: z.optional(words()),
  /** Words of wanting ("quiero", "envie", "Lust"): "no quiero ser jefe" is no wish to lead. */
  desire: words(),
  /**
   * Verbs of saying or believing whose negation is meant of what follows
   * ("think", "say", "creo", "pense", "glaube"): "I wouldn't say the
   * workload is a problem", "no creo que la carga sea un problema" deny the
   * problem, as "the workload is not a problem" does. Written in full.
   */
  beliefs: z.optional(words()),
  /** Words that join a list's items: each item is judged on its own words. */
  listJoiners: words(),
  /**
   * Function words that tell this language from others in a short text,
   * besides its stop words, negators, determiners and first-person words.
   */
  markers: words(),
  /** Words that turn the sense and start a new clause ("pero", "mais", "aber"). */
  clauseBreaks: words(),
  /**
   * Phrases that turn to what is meant without starting a clause ("lo que me falta", "ce qui me pèse", "was mir
   * fehlt"): in "La charge de travail, ça va. Ce qui me pèse, c'est le manque de retours", a need only mentioned
   * after something said to be no trouble is still meant, as after "mais".
   */
  turns: z.optional(words()),
  /**
   * Words that open a clause completing a comment said before it, after the
   * comma a language's grammar asks for ("ob", "dass", "zu"; "de", "que"):
   * in "Mir ist egal, ob ich gesehen werde" and "Es macht mir nichts aus,
   * Überstunden zu machen" the comment judges what follows. Such a word may
   * also stand before the clause's last word ("zu machen"). None in English,
   * where "No complaints, great benefits" is two things said.
   */
  completers: z.optional(words()),
  /** Fixed expressions rewritten before reading, whose words mislead one by one: `["en este momento", "ahora"]`. */
  idioms: z.optional(z.array(z.tuple([text(100), text(100)])).check(z.maxLength(500))),
  /**
   * How long hours are said: the words for an hour, a week and a working day or shift, and the number words a long week
   * or day is said with (digits need none), which add up when said one after another, each smaller than the one
   * before ("forty five", "soixante dix"). "55 hours a week" and "sesenta horas a la semana" are read as the
   * phrasings' "60 hours a week", "14 Stunden Tage" as a 12-hour day: a week of 45 hours or more, a day of 12 or more.
   */
  hours: z.optional(
    z.strictObject({
      hour: words(),
      week: words(),
      day: words(),
      numbers: z.optional(z.record(z.string().check(z.minLength(1), z.maxLength(30)), z.int().check(z.gte(1), z.lte(168)))),
      /**
       * Words for "and" between the number words of one number ("cuarenta y cinco", "soixante et onze"), or inside one
       * written as a single word, the smaller first ("fünfundfünfzig").
       */
      and: words(),
    }),
  ),
  /** Elided words written out: `{ "n": "ne", "l": "le" }` reads "n'ai" as "ne ai". */
  elisions: z.optional(z.record(z.string().check(z.maxLength(10)), z.string().check(z.maxLength(20)))),
  /** A light suffix stemmer: each step strips its longest matching suffix once, leaving at least `minStem` letters. */
  stemmer: z.strictObject({
    minStem: z.int().check(z.gte(2), z.lte(10)),
    steps: z.array(z.array(z.string().check(z.minLength(1), z.maxLength(20))).check(z.maxLength(500))).check(z.maxLength(10)),
  }),
  /** Endings that make another word of one family when one stem starts the other ("delegat-ion"). */
  familyEndings: words(),
  /** Compound words ("Zeitmanagement") may be met as two known words. */
  compounds: z.optional(z.boolean()),
  /** A negation may follow what it negates, as in German "Feedback bekomme ich nie" (default false). */
  negationAfter: z.optional(z.boolean()),
  /** Capitalised words inside a sentence are names (default true); false where every noun is capitalised (German). */
  capitalisedNames: z.optional(z.boolean()),
});
export type ReadingRules = z.infer<typeof ReadingRulesSchema>;

/** One key in another language: its label and the ways people say it. */
export const LanguageNeedSchema = z.strictObject({
  label: text(100),
  synonyms: z.array(text(200)).check(z.maxLength(200)),
});

/**
 * A language pack: everything tailorplan needs to read and speak one more
 * language. Pass packs to `createRecommender({ languages })`, or list them
 * in a taxonomy file's `languages`: adding a language is data, not code.
 */
export const LanguagePackSchema = z.strictObject({
  code: LanguageCodeSchema,
  /** The language's own name: "Español", "Français", "Deutsch". */
  name: text(50),
  reading: ReadingRulesSchema,
  /** Labels and phrasings by taxonomy key. Keys the pack leaves out are read in no other language than their own. */
  needs: z.record(KeySchema, LanguageNeedSchema),
  /** Explanation, question and warning templates by message id; English where one is missing. */
  messages: z.optional(z.record(z.string().check(z.maxLength(100)), z.string().check(z.maxLength(2000)))),
});
export type LanguagePack = z.infer<typeof LanguagePackSchema>;
