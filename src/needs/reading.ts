/**
 * Reading a match in its sentence: the words around a need decide whether
 * it is meant, meant the other way round, or said to be fine. A shared word
 * is evidence, not a verdict:
 *
 * - polarity: "the pay is low" is pay dissatisfaction, "it pays well" is
 *   pay as a motivation, "public speaking is not a problem" is no need;
 * - whose words: "the leadership team reorganised us" is not a leadership
 *   gap of the employee, "my manager never gives feedback" is not their
 *   feedback skill;
 * - word senses: "the onboarding program" is not programming.
 *
 * The cue words are the language's (`./grammar`: English built in, others
 * from language packs); a taxonomy's own `senses` add to them per key.
 */
import type { NeedKind, TaxonomyEntry } from "../schema/taxonomy";
import { ENGLISH } from "./english";
import { startsAt, type Grammar } from "./grammar";

/** Whether a word only judges, measures or names the workplace ("good", "not", "lots", "company"): it carries no need of its own. */
export function carriesNoNeed(word: string, g: Grammar): boolean {
  return g.negator(word) || g.good(word) || g.bad(word) || g.more(word) || g.less(word) || g.trouble(word) || g.intensifier(word) || g.filler(word);
}

/** How a match reads in its sentence. */
export type Verdict =
  /** Read as it is; `explicit` when words around it said which way it goes. */
  | { readonly kind: "keep"; readonly explicit: boolean }
  /** Meant the other way round: read as `key`; `explicit` when words said so, not only the statement's type. */
  | { readonly kind: "flip"; readonly key: string; readonly explicit: boolean }
  /** Said to be fine, or not about the employee, or another sense of the word. */
  | { readonly kind: "drop"; readonly why: "fine" | "not-theirs" | "sense" };

/** The clause a match was found in: its words and which of them the match rests on. */
export interface Context {
  readonly words: readonly string[];
  /** Indices in `words` of the words the match rests on. */
  readonly evidence: ReadonlySet<number>;
  /**
   * Whether the need is itself an absence ("no feedback"), or named only by
   * words for what its trouble lacks ("morale" of low morale), so that a
   * "never" or a "zero" confirms it rather than turning it.
   */
  readonly absence: boolean;
  /** Every stem of the whole statement, for word senses. */
  readonly statementStems: ReadonlySet<string>;
  /** First person anywhere in the statement. */
  readonly statementSelf: boolean;
  /** The language the statement is read in. */
  readonly grammar: Grammar;
  /**
   * Words of a comment on a topic said before it ("les astreintes, ce n'est
   * pas un problème"): they speak of the need however far from it they stand.
   */
  readonly attached?: ReadonlySet<number>;
}

/** How many words may stand inside a fixed phrase without breaking it: "macht mir gar nichts aus", "ne me dérange vraiment pas". */
const PHRASE_GAPS = 3;

/** Words that may stand inside a fixed phrase: "ne me dérange vraiment pas", "keine große Rolle", "m'est un peu égal". */
function gapWord(word: string, g: Grammar): boolean {
  return g.intensifier(word) || g.more(word) || g.less(word) || g.stopword(word);
}

/**
 * The indices of `phrase` said at `i`, intensifiers and the like allowed between its words; undefined when it is not
 * there. With `deniable` (a phrase saying something is no trouble), a phrase of several words that holds no negation is
 * not said when a negation stands inside it or right before or after it: "ça ne va pas", "que je ne maîtrise pas",
 * "passt für mich nicht", "no me va bien" deny what "ça va", "je maîtrise", "passt für mich" and "me va bien" say.
 */
function phraseAt(words: readonly string[], i: number, phrase: readonly string[], g: Grammar, deniable = false): number[] | undefined {
  if (words[i] !== phrase[0]) return undefined;
  const at = [i];
  let j = i + 1;
  let gaps = 0;
  for (let k = 1; k < phrase.length; k++) {
    while (j < words.length && words[j] !== phrase[k] && gapWord(words[j]!, g) && gaps < PHRASE_GAPS) {
      j++;
      gaps++;
    }
    if (words[j] !== phrase[k]) return undefined;
    at.push(j++);
  }
  return !deniable || phrase.length < 2 || phrase.some((word) => g.negator(word)) || !deniedAround(words, i, j - 1, g) ? at : undefined;
}

const NO_PHRASES: ReadonlyArray<readonly string[]> = [];
const byFirstWord = new WeakMap<ReadonlyArray<readonly string[]>, ReadonlyMap<string, ReadonlyArray<readonly string[]>>>();
/**
 * The phrases of a list that start with `word`, in the list's order: a phrase
 * is only met where its first word stands, so each word of a clause looks its
 * phrases up rather than trying the whole list.
 */
function startingWith(list: ReadonlyArray<readonly string[]>, word: string | undefined): ReadonlyArray<readonly string[]> {
  let index = byFirstWord.get(list);
  if (!index) {
    const made = new Map<string, Array<readonly string[]>>();
    for (const phrase of list) {
      const first = phrase[0];
      if (first === undefined) continue;
      const same = made.get(first);
      if (same) same.push(phrase);
      else made.set(first, [phrase]);
    }
    byFirstWord.set(list, (index = made));
  }
  return (word === undefined ? undefined : index.get(word)) ?? NO_PHRASES;
}

/**
 * The words of a clause that say something is no trouble or does not matter,
 * met as judging meets them (small words may stand between a phrase's
 * words: "mir ist egal" as "mir egal"), and whether they deny or dismiss
 * ("stört mich nicht", "mir egal") rather than praise ("macht mir Spaß"), and
 * whether they dismiss ("mir egal", "ne m'intéresse pas").
 */
export function verdictWords(words: readonly string[], g: Grammar): { readonly at: Set<number>; readonly denies: boolean; readonly dismisses: boolean } {
  const at = new Set(g.judgedAt(words));
  let denies = at.size > 0 && words.some(g.negator);
  words.forEach((word, i) => {
    for (const phrase of startingWith(g.fine, word)) {
      // A fine phrase denied ("ça ne passe plus") says the opposite, as judging reads it.
      const found = phraseAt(words, i, phrase, g, true);
      if (!found) continue;
      for (const k of found) at.add(k);
      denies ||= phrase.some(g.negator);
    }
  });
  const indifferent = saidIndifferent(words, g);
  for (const k of indifferent ?? []) at.add(k);
  return { at, denies: denies || indifferent !== undefined, dismisses: indifferent !== undefined };
}

/** Whether a negation stands just before `from` or just after `to` (small words aside), or between them. */
function deniedAround(words: readonly string[], from: number, to: number, g: Grammar): boolean {
  for (let j = from; j <= to; j++) if (g.negator(words[j]!)) return true;
  return negationNext(words, to + 1, 1, g) || negationNext(words, from - 1, -1, g);
}

/** Whether a negation stands at `j`, or one small word further on in the direction of `step`. */
function negationNext(words: readonly string[], j: number, step: 1 | -1, g: Grammar): boolean {
  return negationFrom(words, j, step, g) >= 0;
}

/** Where a negation stands at `j`, or one small word further on in the direction of `step`; -1 when none does. */
function negationFrom(words: readonly string[], j: number, step: 1 | -1, g: Grammar): number {
  for (let gaps = 0; j >= 0 && j < words.length && gaps <= 1; j += step, gaps++) {
    if (g.negator(words[j]!)) return j;
    if (!gapWord(words[j]!, g)) return -1;
  }
  return -1;
}

/**
 * Whether the words at `i` say something is no trouble: a fixed phrase ("kein Problem", "ne me dérange pas", "fine") or
 * a negated trouble ("sin problema"). `"denied"` where a negation says it, which is never an aim; `"fine"` where words
 * of praise do, which may be one.
 */
function saysNoTrouble(words: readonly string[], i: number, g: Grammar, used: Set<number>): "denied" | "fine" | undefined {
  for (const phrase of startingWith(g.fine, words[i])) {
    const at = phraseAt(words, i, phrase, g, true);
    if (at) {
      for (const k of at) used.add(k);
      return phrase.some(g.negator) ? "denied" : "fine";
    }
  }
  if (!g.negator(words[i]!)) return undefined;
  const j = troubleDenied(words, i, g);
  if (j < 0) return undefined;
  used.add(j);
  return "denied";
}

/** The judging word a negation at `i` turns: within three words, before any of the need's own; -1 when there is none. */
function judgingAfter(words: readonly string[], i: number, evidence: ReadonlySet<number>, g: Grammar): number {
  for (let j = i + 1; j <= i + 3 && j < words.length && !evidence.has(j); j++) {
    if (g.good(words[j]!) || g.bad(words[j]!) || g.trouble(words[j]!)) return j;
  }
  return -1;
}

/**
 * Where the trouble the negation at `i` denies stands ("no problem", "never had a problem"): within three words, before
 * any judging word and, with `stop`, before any of those words (a need's own); -1 when there is none.
 */
function troubleDenied(words: readonly string[], i: number, g: Grammar, stop?: ReadonlySet<number>): number {
  for (let j = i + 1; j <= i + 3 && j < words.length && stop?.has(j) !== true; j++) {
    if (g.trouble(words[j]!)) return j;
    if (g.good(words[j]!) || g.bad(words[j]!)) return -1;
  }
  return -1;
}

/**
 * Whether words of praise, or saying something is fine, at `i` name a state the clause wishes for or works towards,
 * rather than one it is in: a word of wanting anywhere before them, or of learning or becoming just before them (small
 * words aside), not one of the need's own ("I want to be good at negotiating", "get comfortable with SQL", "get more
 * comfortable", "me gustaría sentirme cómodo hablando en público"; not "we get along fine").
 */
function aimsAt(words: readonly string[], i: number, evidence: ReadonlySet<number>, g: Grammar): boolean {
  for (let j = 0; j < i; j++) if (!evidence.has(j) && g.desire(words[j]!)) return true;
  for (let j = i - 1; j >= 0 && !evidence.has(j); j--) {
    if (g.learning(words[j]!)) return true;
    if (!(g.intensifier(words[j]!) || g.stopword(words[j]!) || g.common.has(g.stem(words[j]!)))) return false;
  }
  return false;
}

const NO_EVIDENCE: ReadonlySet<number> = new Set();

/**
 * Whether every praise in a clause is an aim because the clause is a goal's not said of the writer themself ("be
 * comfortable presenting"; not "Hablar en público ya lo tengo dominado"), except in a comment on a topic.
 */
function goalAims(words: readonly string[], g: Grammar, prefer: NeedKind | undefined): boolean {
  return prefer === undefined && !words.some(g.self);
}

/**
 * Whether a clause says something is no trouble or does not matter, in words that are not an aim: a phrase saying so
 * that is a state wished for ("I want to be good at giving feedback", "be comfortable presenting" as a goal) judges
 * nothing yet. A denial ("not a problem"), a dismissal ("I don't care"), a trouble denied and praise after a negation
 * ("Ninguna intención de cambiar, estoy a gusto aquí") always judge. `attached`: the clause's comment on a topic,
 * where a goal's praise is no aim.
 */
export function judgesNow(words: readonly string[], g: Grammar, prefer: NeedKind | undefined, attached: ReadonlySet<number> | undefined): boolean {
  const judged = g.judgedAt(words);
  if (judged.size === 0) return false;
  // A denial or a trouble denied: a verdict holding a negation or a trouble.
  for (const i of judged) if (g.negator(words[i]!) || g.trouble(words[i]!)) return true;
  const goal = goalAims(words, g, prefer);
  const negated = words.findIndex(g.negator);
  for (let i = 0; i < words.length; i++) {
    for (const phrase of startingWith(g.indifferent, words[i])) if (startsAt(words, i, phrase)) return true;
    for (const phrase of startingWith(g.fine, words[i])) {
      if (!startsAt(words, i, phrase)) continue;
      if ((negated >= 0 && negated < i) || !((goal && attached?.has(i) !== true) || aimsAt(words, i, NO_EVIDENCE, g))) return true;
    }
  }
  return false;
}

/**
 * Whether words of doubt ("not sure", "doubt") stand before `i` with a small word or two between, saying of whom
 * ("not sure I'm good enough", "I doubt I am comfortable"); not doubt that the word itself qualifies ("no entiendo bien").
 */
function doubted(words: readonly string[], i: number, g: Grammar): boolean {
  for (let j = i - 2; j >= 0 && j >= i - 4; j--) {
    for (const phrase of startingWith(g.unsure, words[j])) {
      const end = j + phrase.length;
      if (end < i && end >= i - 2 && startsAt(words, j, phrase) && words.slice(end, i).every((w) => smallWord(w, g))) return true;
    }
  }
  return false;
}

/** How far from a negation a word of wanting may stand and still be the wish it denies ("no tengo ninguna gana de", "brauch ich nun wirklich nicht"). */
const DESIRE_REACH = 4;

/**
 * Whether the clause says a wish is not one: a negation just before a word
 * of wanting ("I don't want to", "aucune envie de", "no necesito"), or,
 * where a negation may follow the verb, just after it ("brauch ich nicht").
 */
function wishDenied(words: readonly string[], evidence: ReadonlySet<number>, g: Grammar, used: Set<number>, challenge: boolean): boolean {
  for (let i = 0; i < words.length; i++) {
    if (!g.negator(words[i]!) || evidence.has(i)) continue;
    for (let j = i + 1; j <= i + 3 && j < words.length && !evidence.has(j); j++) {
      if (g.desire(words[j]!)) {
        used.add(j);
        // Among troubles the negation is the wish's: "I don't want to be on call every weekend" ("I'd rather not")
        // says the rota weighs, not that there is none.
        if (challenge) used.add(i);
        return true;
      }
    }
    if (!g.negationAfter) continue;
    for (let j = i - 1; j >= i - DESIRE_REACH && j >= 0 && !evidence.has(j); j--) {
      if (g.desire(words[j]!)) {
        used.add(j);
        return true;
      }
    }
  }
  return false;
}

/** A word that only fills a sentence around a judgement: "mich", "ja", "wirklich". */
function smallWord(word: string, g: Grammar): boolean {
  return g.stopword(word) || g.intensifier(word) || g.self(word);
}

/**
 * Where a negation may follow what it negates, the negation just after a
 * judging word, only small words between ("stört mich kein bisschen",
 * "schlecht ist es nicht"); -1 when there is none.
 */
function negatedAfter(words: readonly string[], i: number, evidence: ReadonlySet<number>, g: Grammar): number {
  if (!g.negationAfter) return -1;
  for (let j = i + 1; j <= i + 3 && j < words.length; j++) {
    const word = words[j]!;
    if (evidence.has(j)) return -1;
    if (g.negator(word)) return j;
    if (!smallWord(word, g)) return -1;
  }
  return -1;
}

/** Whether only small words stand between the start of a comment and `i`: "Nee", "Aquí casi nunca", not "damit ich meine Abfragen nicht". */
function opensComment(words: readonly string[], i: number, attached: ReadonlySet<number>, g: Grammar): boolean {
  for (let j = i - 1; j >= 0 && attached.has(j); j--) if (!(g.stopword(words[j]!) || g.intensifier(words[j]!))) return false;
  return true;
}

/** Whether only small words follow `i` in its clause. */
/**
 * Whether only small words follow word `i` in its clause or, given the words of a comment joined after a topic
 * (`attached`), before that comment starts ("Estrés no tengo, llevo bien el ritmo").
 */
function endsClause(words: readonly string[], i: number, g: Grammar, attached?: ReadonlySet<number>): boolean {
  const beforeComment = attached !== undefined && !attached.has(i);
  for (let j = i + 1; j < words.length; j++) {
    if (beforeComment && attached.has(j)) return true;
    if (!smallWord(words[j]!, g)) return false;
  }
  return true;
}

interface Polarity {
  /** +1 good, -1 bad, 0 the words say nothing. */
  readonly sign: number;
  /** A trouble said to be none ("no problem with", "ne me dérange pas"). */
  readonly fine: boolean;
  /** A wish said not to be one ("no quiero ser jefe"). */
  readonly unwanted: boolean;
  /** Words praising the need itself ("good pay", "mon salaire me convient"), not asking for more of it. */
  readonly praised: boolean;
}

/**
 * The words around a need: `wide` lets "no trouble" anywhere in the clause
 * speak of it; `challenge` when the statement names what holds someone back;
 * `bothWays` for a topic read both ways (its phrasings name its good and its bad side).
 */
function polarity(context: Context, topicSign: number, wide: boolean, challenge: boolean, aimed: boolean, bothWays: boolean): Polarity {
  const { words, evidence, grammar: g } = context;
  let sum = 0;
  let fine = false;
  let praised = false;
  const used = new Set<number>();
  let unwanted = wishDenied(words, evidence, g, used, challenge);
  /** Whether praise or words saying something is fine, at `i`, are an aim: in a goal (not as a comment on a topic), or as `aimsAt` finds. */
  const aimedAt = (i: number, inComment: boolean) => (aimed && !inComment) || aimsAt(words, i, evidence, g);
  // "Ni los viajes ni el horario me molestan": the clause is denied as a whole, its other negations are part of the "neither".
  // Not "weder bezahlt noch abgebaut", which says the need goes unrewarded.
  const denied = words.filter((w, i) => !evidence.has(i) && g.neither(w) && !g.rewarded(words[i + 1] ?? "")).length >= 2;
  /** Where the last negation stood: "ne … pas", "not … no" say it once. */
  let negatedAt = Number.NEGATIVE_INFINITY;
  /** Whether a comment on a topic has judged it yet: its first bare negation is about the topic ("¿Horas extra? Casi nunca"). */
  let commented = false;
  for (let i = 0; i < words.length; i++) {
    if (evidence.has(i) && context.absence && g.negator(words[i]!) && !used.has(i)) {
      // "I've never had a problem with my manager": the need's own negation denies the trouble after it, it names no absence.
      const j = troubleDenied(words, i, g, evidence);
      if (j >= 0) {
        sum += 1;
        fine = true;
        used.add(j);
      }
    }
    if (evidence.has(i) || used.has(i)) continue;
    const inComment = context.attached?.has(i) === true;
    if (!(near(i, evidence) || inComment)) {
      // Said as a challenge or of a skill, "no trouble" anywhere in the clause is about its need ("lo de los husos horarios lo llevo sin problema").
      // A trouble denied is never an aim ("I want to get there, no problem"), as beside the need.
      const said = wide ? saysNoTrouble(words, i, g, used) : undefined;
      if (said === "denied" || (said === "fine" && !aimsAt(words, i, evidence, g))) {
        sum += 1;
        fine = true;
      } else if (said === undefined && g.negator(words[i]!)) {
        // Far from the need, a negation still turns the judging word after it, which is then no praise of the need:
        // "No duermo bien desde que hay despidos" says nothing good of the layoffs.
        const j = judgingAfter(words, i, evidence, g);
        if (j >= 0) used.add(j);
      }
      continue;
    }
    // "Long hours and low pay": the "low" is the pay's, not the hours'.
    if (judgesAnother(words, i, evidence, g)) continue;
    if (g.more(words[i]!)) {
      // Among troubles, wanting more of the good thing a trouble lacks says it is missing ("more feedback would help");
      // having plenty of it says it is not ("Feedback? I get plenty"). Not of a topic read both ways, whose phrasings
      // name its bad side too: "lots of politics" is no praise of the culture.
      const good = challenge && topicSign > 0;
      const plenty = good && !bothWays && g.plenty(words[i]!);
      sum += good && !plenty ? -1 : topicSign;
      praised ||= plenty;
      commented ||= inComment;
      continue;
    }
    if (g.less(words[i]!)) {
      sum -= topicSign;
      commented ||= inComment;
      continue;
    }
    for (const phrase of startingWith(g.fine, words[i])) {
      const at = phraseAt(words, i, phrase, g, true);
      // Not a trouble denied ("no help needed", "kein Thema"): only praise is ever an aim.
      if (at && !phrase.some(g.negator) && aimedAt(i, inComment)) {
        // A state wished for ("I want to be good at negotiating", "get comfortable with SQL"), not one said to be so:
        // wanted, where the need is a good thing or a skill; no word on a trouble.
        if (topicSign > 0) sum += 1;
        commented ||= inComment;
        for (const k of at) used.add(k);
      } else if (at) {
        sum += 1;
        fine = true;
        praised = true;
        commented ||= inComment;
        for (const k of at) used.add(k);
      }
    }
    for (const phrase of startingWith(g.unsure, words[i])) {
      if (!used.has(i) && startsAt(words, i, phrase) && phrase.every((_, k) => !evidence.has(i + k))) {
        sum -= 1;
        commented ||= inComment;
        for (let k = 0; k < phrase.length; k++) used.add(i + k);
      }
    }
    if (used.has(i)) continue;
    const word = words[i]!;
    // Among troubles, something good said to be scarce is missing ("career growth is limited", "training is thin"), not refused.
    if (challenge && topicSign > 0 && g.scarce(word) && nearBefore(i, evidence) && endsClause(words, i, g)) {
      sum -= topicSign;
      commented ||= inComment;
      continue;
    }
    if (denied && g.negator(word)) continue;
    if (g.negator(word) && !(word === "little" && words[i - 1] === "a")) {
      if (i - negatedAt <= NEGATION_PAIR) continue;
      negatedAt = i;
      // A negation turns the next judging word ("not good", "not a problem"), or else the need itself ("no raises").
      let turned = false;
      // A negated belief ("I wouldn't say the workload is a problem", "no creo que el horario sea un problema") is meant of
      // the judging word after the topic, past the need's own words.
      const raised = g.raised(words, i);
      for (let j = i + 1; j < words.length && (raised || j <= i + 3); j++) {
        // Not across into a comment joined after the topic: "Estrés no tengo, llevo bien el ritmo".
        if (context.attached?.has(j) === true && !inComment) break;
        if (evidence.has(j)) {
          if (raised) continue;
          // The need's own word of trouble, denied ("layoffs don't worry me", "nie Probleme mit dem Chef"): no trouble.
          if (j === i + 1 && g.trouble(words[j]!)) {
            sum += 1;
            fine = true;
            turned = true;
          }
          break;
        }
        const next = words[j]!;
        // "Overtime is not paid": what goes unrewarded is a trouble, as what is not good.
        const praise = g.good(next) || g.rewarded(next);
        if (praise || g.bad(next) || g.trouble(next)) {
          const s = praise ? -1 : 1;
          sum += s;
          if (g.trouble(next)) fine = true;
          used.add(j);
          turned = true;
          break;
        }
      }
      if (turned) {
        commented ||= inComment;
        continue;
      }
      if (nearEvidence(i, evidence, 3)) sum -= topicSign;
      // A comment that first of all negates ("Le télétravail ? Jamais", "¿Horas extra? Casi nunca") denies its topic;
      // said of a wish, it refuses it ("Chef werden? Nee") when nothing follows it: "Crecer, no quedarme donde estoy" says
      // what the wish is not.
      else if (inComment && !commented && opensComment(words, i, context.attached!, g) && (challenge || endsClause(words, i, g))) {
        if (challenge) sum -= topicSign;
        else unwanted = true;
      }
      // Where a negation may follow what it negates ("Feedback bekomme ich nie"), a need said just before it.
      // Not inside a comment on a topic: "zu viele Meetings, ich komme zu nichts" negates the getting done, not the meetings.
      // Not one that goes on to a thing of its own after an "and" ("Überstunden und komme kaum zur Ruhe").
      else if (g.negationAfter && nearBefore(i, evidence) && !inComment && !negatesNextThing(words, i, evidence, g)) sum -= topicSign;
      // A negation that ends its clause refuses what was just said ("Más formación en Scrum no, gracias").
      else if (nearBefore(i, evidence) && endsClause(words, i, g, context.attached)) {
        // Among troubles, a negation that ends the clause after its topic says the topic is not there: a trouble is none
        // ("Estrés no tengo", "Ansiedad ninguna"), a good thing is missing ("Formación no hay", "Gehaltserhöhung? Seit drei
        // Jahren nix"). Not a trouble in a comment: "Einarbeitungsplan? Gibt's nicht" names the trouble by what is missing.
        // A wish so followed is refused.
        if (challenge && (inComment ? topicSign > 0 : topicNegated(words, i, evidence, g))) sum -= topicSign;
        else unwanted = true;
      }
      commented ||= inComment;
      continue;
    }
    if (g.good(word) || g.bad(word) || g.trouble(word)) {
      const s = g.good(word) ? 1 : -1;
      // Praise doubted ("not sure I'm good enough", "I doubt I'm comfortable enough") says it is not so.
      if (s > 0 && doubted(words, i, g)) {
        sum -= 1;
        commented ||= inComment;
        continue;
      }
      // Praise of where someone wants to be is the aim, not the state they are in: "feel confident presenting" as a goal.
      if (s > 0 && aimedAt(i, inComment)) {
        if (topicSign > 0) sum += 1;
        commented ||= inComment;
        continue;
      }
      const negation = negatedAfter(words, i, evidence, g);
      if (s > 0 && evidenceNegates(words, i, evidence, g)) {
        // "I'm not comfortable …" read for a need whose phrasing holds the "not" ("not fluent"): praise denied all the same.
        sum -= 1;
      } else if (negation >= 0) {
        // "stört mich kein bisschen": the judging word, turned.
        used.add(negation);
        negatedAt = negation;
        sum -= s;
        if (s < 0) fine = true;
      } else {
        sum += s;
        if (s > 0) praised = true;
      }
      commented ||= inComment;
    }
  }
  if (denied) {
    // Denied judging words turn ("… me molestan": no trouble); with none, the needs themselves are denied ("ni formación ni nada").
    if (sum < 0) fine = true;
    return { sign: sum === 0 ? -Math.sign(topicSign) : -Math.sign(sum), fine, unwanted, praised: false };
  }
  return { sign: Math.sign(sum), fine, unwanted, praised };
}

/**
 * Whether the negation at `i` answers a topic said first: the need's words open the clause and the negation follows
 * them within two words ("Estrés no tengo", "Ansiedad ninguna", "Formación no hay"), not a negation at the end of a
 * longer thought ("el cambio de prioridades me impide terminar nada").
 */
function topicNegated(words: readonly string[], i: number, evidence: ReadonlySet<number>, g: Grammar): boolean {
  const first = Math.min(...evidence);
  const last = Math.max(...evidence);
  if (i - last > 2) return false;
  // Nothing but small words before the topic, and no negation before or inside it: in "no sé decir que no a nadie" the
  // "nadie" completes a negation already said.
  for (let j = 0; j <= last; j++) if (g.negator(words[j]!) || (j < first && !smallWord(words[j]!, g))) return false;
  return true;
}

/** Whether a negation the match rests on stands just before word `i` (one small word between at most), or before the match's own words just before it ("no duermo bien"). */
function evidenceNegates(words: readonly string[], i: number, evidence: ReadonlySet<number>, g: Grammar): boolean {
  const j = negationFrom(words, i - 1, -1, g);
  if (j >= 0) return evidence.has(j);
  // "no duermo bien": the phrasing's own negation, only its own words between it and the praise.
  for (let k = i - 1; k >= 0 && k >= i - 3 && evidence.has(k); k--) if (g.negator(words[k]!)) return true;
  return false;
}

/**
 * Whether the judging or measuring word at `i` stands beside another topic
 * joined to this need's by a word such as "and": "long hours and low pay",
 * "low pay and long hours", "horas extra y salario bajo". The word
 * next to it, on the side away from the need, is a word of its own topic.
 */
function judgesAnother(words: readonly string[], i: number, evidence: ReadonlySet<number>, g: Grammar): boolean {
  const word = words[i]!;
  if (!(g.more(word) || g.less(word) || g.good(word) || g.bad(word)) || evidence.size === 0) return false;
  const topic = (j: number) => {
    const at = words[j];
    // A word of the workplace is a topic here: in "good company and long hours" the "good" is the company's.
    return at !== undefined && !evidence.has(j) && !smallWord(at, g) && !g.listJoiner(at) && (g.filler(at) || !carriesNoNeed(at, g));
  };
  const joined = (from: number, to: number) => joinedBetween(words, from, to, g);
  const first = Math.min(...evidence);
  const last = Math.max(...evidence);
  if (i > last) return (topic(i + 1) && joined(last, i)) || (topic(i - 1) && joined(last, i - 1));
  if (i < first) return (topic(i + 1) && joined(i + 1, first)) || (topic(i - 1) && joined(i, first));
  return false;
}

/**
 * Whether the negation at `i`, after the need's words and an "and", negates
 * what follows it rather than the need: "ich habe ständig Überstunden und
 * komme kaum zur Ruhe" denies the rest, not the overtime. One that ends its
 * clause still answers the topics before it ("Überstunden und Stress habe
 * ich kaum").
 */
function negatesNextThing(words: readonly string[], i: number, evidence: ReadonlySet<number>, g: Grammar): boolean {
  let last = -1;
  for (const e of evidence) if (e < i && e > last) last = e;
  return joinedBetween(words, last, i, g) && words.slice(i + 1).some((w) => !g.stopword(w));
}

/** Whether a word that joins a list's items ("and", "und") stands strictly between words `from` and `to`. */
function joinedBetween(words: readonly string[], from: number, to: number, g: Grammar): boolean {
  for (let j = from + 1; j < to; j++) if (g.listJoiner(words[j]!)) return true;
  return false;
}

/** Judging words count for the need they stand beside, not for one at the other end of a long clause. */
const CUE_WINDOW = 4;

function near(at: number, evidence: ReadonlySet<number>): boolean {
  for (const e of evidence) if (Math.abs(e - at) <= CUE_WINDOW) return true;
  return false;
}

/** A second negation this close after the first completes it ("ne … pas", "kein … nicht"): it is not another turn. */
const NEGATION_PAIR = 3;

function nearBefore(at: number, evidence: ReadonlySet<number>): boolean {
  for (const e of evidence) if (e < at && at - e <= CUE_WINDOW) return true;
  return false;
}

function nearEvidence(at: number, evidence: ReadonlySet<number>, within: number): boolean {
  for (const e of evidence) if (e > at && e - at <= within) return true;
  return false;
}

/** Whether the clause's subject is someone other than the employee, on a word the match does not rest on. */
function othersSubject(context: Context): boolean {
  for (let i = 0; i < context.words.length; i++) {
    const word = context.words[i]!;
    if (context.grammar.determiner(word)) continue;
    return context.grammar.others(word) && !context.evidence.has(i);
  }
  return false;
}

/** What {@link saidIndifferent} found in a clause's words: every match in a clause is judged, and asks it. */
const indifferentIn = new WeakMap<readonly string[], { readonly g: Grammar; readonly at: ReadonlySet<number> | undefined }>();

/** Where the clause says it does not care ("not interested", "doesn't motivate me"): the phrases' word indices, or undefined. */
function saidIndifferent(words: readonly string[], g: Grammar): ReadonlySet<number> | undefined {
  const known = indifferentIn.get(words);
  if (known?.g === g) return known.at;
  const at = findIndifferent(words, g);
  indifferentIn.set(words, { g, at });
  return at;
}

function findIndifferent(words: readonly string[], g: Grammar): Set<number> | undefined {
  let at: Set<number> | undefined;
  words.forEach((word, i) => {
    for (const phrase of startingWith(g.indifferent, word)) for (const k of phraseAt(words, i, phrase, g) ?? []) (at ??= new Set()).add(k);
  });
  return at;
}

/**
 * Whether someone else ("they", "management") is said just before to be who
 * does not care, in the same part of the clause. Where that someone is the
 * need itself, only with no "me" in or just after the phrase: "leadership
 * doesn't care about employees", but "management doesn't interest me".
 */
function othersIndifferent(context: Context, at: ReadonlySet<number>): boolean {
  const { words, grammar: g } = context;
  const first = Math.min(...at);
  const last = Math.max(...at);
  let j = first - 1;
  while (j >= 0 && g.intensifier(words[j]!)) j--;
  const part = (i: number) => context.attached?.has(i) ?? false;
  // "Meetings that don't need me", "tasks that don't matter": what the noun before a relative pronoun does, not the
  // writer's indifference; unless the phrase names the writer as who cares ("a role that doesn't interest me").
  if (j >= 0 && g.relative(words[j]!) && !words.slice(first, last + 1).some(g.self)) return true;
  // Not a determiner that folds into a pronoun (Spanish "el" and "él").
  if (j < 0 || !g.others(words[j]!) || g.determiner(words[j]!) || part(j) !== part(first)) {
    // Someone else named earlier in a clause with no word of the writer's: "the bosses here clearly don't care", "a manager who doesn't care".
    return !words.some(g.self) && words.slice(0, first).some((w, i) => g.others(w) && !g.determiner(w) && part(i) === part(first));
  }
  return !context.evidence.has(j) || !words.slice(first, last + 4).some(g.self);
}

/** Whether a match's own words praise it ("good pay", "pays well") in a clause with no word that wishes, learns, lessens, denies or finds fault. */
function praisedAlone(context: Context): boolean {
  const g = context.grammar;
  const praise = [...context.evidence].filter((i) => g.good(context.words[i]!));
  if (praise.length === 0) return false;
  // A word before the praise that is not part of it ("moins bien payé", "less well paid") may turn it: not praise alone.
  const plain = (i: number) => i < 0 || context.evidence.has(i) || g.stopword(context.words[i]!) || g.intensifier(context.words[i]!);
  if (!praise.every((i) => plain(i - 1))) return false;
  return !context.words.some((w) => g.negator(w) || g.less(w) || g.bad(w) || g.desire(w) || g.learning(w) || g.trouble(w));
}

/** Whether a sense word without its context is all the match rests on. */
function wrongSense(context: Context, senses: ReadonlyMap<string, ReadonlySet<string>> | undefined): boolean {
  if (!senses) return false;
  let ambiguous = 0;
  for (const i of context.evidence) {
    const word = context.words[i]!;
    const contexts = senses.get(word) ?? senses.get(senseOf(word));
    // An everyday word beside a sense word ("on" in "on calls with clients") does not settle which sense it is.
    if (!contexts && context.grammar.common.has(context.grammar.stem(word))) continue;
    if (!contexts) return false;
    if ([...contexts].some((c) => context.statementStems.has(c))) return false;
    ambiguous++;
  }
  return ambiguous > 0;
}

/**
 * A word as a sense is listed: "programs", "driving" and "moved" as
 * "program", "drive" and "move", unless the form itself is listed ("calls",
 * where "on call" is not ambiguous). Only plain inflections: "programming"
 * is its own, unambiguous word.
 */
function senseOf(word: string): string {
  if (word.endsWith("ing") && word.length > 5) return `${word.slice(0, -3)}e`;
  if (word.endsWith("ed") && word.length > 4) return word.slice(0, -1);
  if (word.endsWith("es") && word.length > 4) return word.slice(0, -1);
  if (word.endsWith("s") && word.length > 3) return word.slice(0, -1);
  return word;
}

/** A taxonomy's word senses by key, stemmed once. */
export function indexSenses(entries: readonly TaxonomyEntry[]): Map<string, Map<string, Set<string>>> {
  const byKey = new Map<string, Map<string, Set<string>>>();
  for (const entry of entries) {
    if (!entry.senses) continue;
    const map = new Map<string, Set<string>>();
    for (const [word, contexts] of Object.entries(entry.senses)) map.set(word.toLowerCase(), new Set(contexts.map((c) => ENGLISH.stem(c.toLowerCase()))));
    byKey.set(entry.key, map);
  }
  return byKey;
}

/** +1 for what moves people, -1 for what holds them back, 0 for skills and topics read both ways. */
function orientation(entry: TaxonomyEntry): number {
  if (entry.neutral === true || entry.kind === "competency") return 0;
  return entry.kind === "motivation" ? 1 : -1;
}

/**
 * Judges one match in its clause. `prefer` is the statement's kind: a
 * motivation leans good, a challenge bad, a goal is a wish; a competency
 * (a 360° rating's name) is read as it is.
 */
export function judge(
  entry: TaxonomyEntry,
  context: Context,
  prefer: NeedKind | undefined,
  senses: ReadonlyMap<string, ReadonlySet<string>> | undefined,
): Verdict {
  if (prefer === "competency") return { kind: "keep", explicit: false };
  const said = saidIndifferent(context.words, context.grammar);
  // "They don't care about their employees" is the company's indifference, a complaint: not the writer's. Nor are the
  // need's own words ("personne ne me dit rien" is nobody telling, not "ça ne me dit rien").
  const ownWords = said !== undefined && [...said].every((i) => context.evidence.has(i) || smallWord(context.words[i]!, context.grammar));
  const indifferent = said && !ownWords && !othersIndifferent(context, said) ? said : undefined;
  // "The pay doesn't interest me": not wanted. A need named only by the words saying so ("interest") is not named at all.
  if (indifferent) return { kind: "drop", why: [...context.evidence].every((i) => indifferent.has(i)) ? "sense" : "fine" };
  if (wrongSense(context, senses)) return { kind: "drop", why: "sense" };
  const personal = entry.personal === true || entry.kind === "competency";
  if (personal && othersSubject(context)) return { kind: "drop", why: "not-theirs" };
  if (entry.kind === "competency" && prefer !== undefined && !context.statementSelf && !context.words.some((w) => context.grammar.learning(w))) {
    return { kind: "drop", why: "not-theirs" };
  }
  const o = orientation(entry);
  // A need that is itself an absence ("no feedback") is confirmed, not turned, by a "never".
  const topicSign = context.absence || o === 0 ? 1 : o;
  // Said as a challenge, or of a skill, "no trouble" anywhere in the clause is about the need ("je me débrouille très bien avec les TCD").
  // A goal says where someone wants to go: its "good at", "à l'aise avec" is where, unless the writer says it of
  // themselves ("Hablar en público ya lo tengo dominado; ahora quiero…").
  const aimed = goalAims(context.words, context.grammar, prefer);
  const { sign, fine, unwanted, praised } = polarity(context, topicSign, prefer === "challenge" || entry.kind === "competency", prefer === "challenge", aimed, entry.neutral === true);
  // Not wanting what moves others, or a skill ("I don't want to manage people"), is no need; not wanting a trouble is that trouble.
  if (unwanted && o >= 0) return { kind: "drop", why: "fine" };
  if (o === 0) {
    // A skill one is good at, or a topic said to be no trouble among troubles, is no need. So is one that goes either way
    // praised among troubles ("my manager is great, but …"), in the clause's words or its phrasing's own ("great manager").
    const praisedAmongTroubles = prefer === "challenge" && entry.kind !== "competency" && ((praised && sign > 0) || (sign === 0 && praisedAlone(context)));
    return (fine && (prefer === "challenge" || entry.kind === "competency")) || praisedAmongTroubles ? { kind: "drop", why: "fine" } : { kind: "keep", explicit: sign !== 0 };
  }
  if (sign === 0) {
    // The words say nothing: the statement's kind decides between a pair ("salary" as a challenge is pay dissatisfaction).
    const prior = prefer === "challenge" ? -1 : prefer === "motivation" ? 1 : 0;
    if (prior !== 0 && prior !== o && entry.opposite !== undefined) {
      // "Good pay", "it pays well" said as a challenge praise what moves people: no trouble, not its opposite. Not where
      // the clause wishes, learns, lessens or denies ("Führen lernen hätt ich gern", "moins bien payé").
      if (o > 0 && praisedAlone(context)) return { kind: "drop", why: "fine" };
      return { kind: "flip", key: entry.opposite, explicit: false };
    }
    // A phrasing that judges by itself ("friendly people", "toxic culture") says which way it goes.
    return { kind: "keep", explicit: [...context.evidence].some((i) => context.grammar.good(context.words[i]!) || context.grammar.bad(context.words[i]!)) };
  }
  // What moves people, praised among what holds someone back ("mon salaire me convient"), or said to be no worry ("I'm
  // not worried about job security"), is no trouble.
  if (sign === o && o > 0 && (praised || fine) && prefer === "challenge") return { kind: "drop", why: "fine" };
  if (sign === o) return { kind: "keep", explicit: true };
  // "No micromanagement" said as a challenge is a trouble said to be none, not a wish for autonomy.
  if (o < 0 && prefer === "challenge") return { kind: "drop", why: "fine" };
  if (entry.opposite !== undefined) return { kind: "flip", key: entry.opposite, explicit: true };
  // A trouble said to be none is no need; a missing good thing is still that need.
  return o < 0 ? { kind: "drop", why: "fine" } : { kind: "keep", explicit: true };
}
