/**
 * English, built in: the reading rules every other language gives as data
 * in its pack (see `../schema/language`), and English's own stemmer.
 */
import type { ReadingRules } from "../schema/language";
import { compileGrammar, type Grammar } from "./grammar";
import { ownValue } from "../validate/read";

const list = (words: string): string[] => words.trim().split(/\s+/);
/** Each phrase as written and as people type it without apostrophes ("doesn't interest me", "doesnt interest me"). */
const spellings = (phrases: readonly string[]): string[] => [...new Set(phrases.flatMap((p) => [p, p.replace(/'/g, "")]))];
/** Each idiom under every spelling of what is said. */
const spelledIdioms = (idioms: ReadonlyArray<readonly [string, string]>): Array<[string, string]> =>
  idioms.flatMap(([said, meant]) => spellings([said]).map((spelled): [string, string] => [spelled, meant]));

export const ENGLISH_RULES: ReadingRules = {
  // Articles, pronouns, auxiliaries and the hedges people put around what they mean ("I really feel that…").
  // Particles such as "out", "no" and "too" stay: "burnt out" and "too much" mean something.
  stopwords: list(
    "a am an and are as at be been being but by can could did do does doing for from had has have having he her hers " +
      "him his i i'd i'll i'm i've id ill im ive if in into is it it's its itself me mine my myself of or our ours " +
      "she should so than that the their them then these they this those to us was we were what which who whom will with " +
      "would you your yours yourself just really quite very honestly actually basically maybe probably also",
  ),
  negators: list(
    "not no never nobody none nothing without lack lacks lacking lacked zero hardly barely little few limited minimal insufficient " +
      "don't dont doesn't doesnt didn't didnt isn't isnt aren't arent wasn't wasnt weren't werent can't cant cannot won't wont " +
      "haven't havent hasn't hasnt hadn't hadnt shouldn't shouldnt couldn't couldnt wouldn't wouldnt nor neither rarely seldom",
  ),
  good: list(
    "good great excellent amazing awesome decent nice fair generous solid strong best fantastic wonderful outstanding " +
      "superb terrific incredible stellar supportive helpful friendly caring fine ok okay manageable reasonable " +
      "well easy love loved loves enjoy enjoyed enjoys happy comfortable impressive lucrative exceptional robust " +
      "perfect respectful cool relaxed chill kind welcoming appreciative phenomenal",
  ),
  bad: list(
    "bad poor poorly terrible awful horrible horrendous lousy worst worse toxic unfair abysmal mediocre subpar below " +
      "weak hard difficult tough impossible slow broken inconsistent unclear stagnant hate hated hates too overly excessive insane " +
      "ridiculous crazy unrealistic lacking nonexistent non-existent cut cuts underpaid undervalued stingy cheap sucks suck " +
      "pathetic joke struggle struggling struggles disappointing frustrating painful miserable unstable lacklustre lackluster " +
      "nightmare exhausting draining",
  ),
  more: list("high higher highest plenty ample abundant unlimited tons lot lots loads extensive"),
  less: list("low lower lowest scarce rare reduced"),
  // "Doesn't bother me", "never fazed me", "not worried about": a trouble said to be none, as "no problem" is.
  trouble: list("problem problems issue issues concern concerns complaint complaints worry worries worried trouble bother bothers faze fazes fazed scare scares bug bugs"),
  intensifiers: list("very really so extremely super quite pretty fairly highly incredibly truly always often sometimes overall"),
  filler: list(
    "company companies employer employers employee employees business industry organization organisation department departments division " +
      "role roles position positions site firm environment place workplace overall everything generally definitely",
  ),
  // Everyday words that appear in many needs' phrasings ("day", "work", "team", "new").
  common: list(
    "all always any bit day days do get getting go going good got here how job just keep know lot make more most much " +
      "need new no not never now off on one out over people place put same still take takes taking there thing things " +
      "time too up want way week well when where why work working year years every everything feel like things able " +
      "better really lot lots enough even ever back matter matters thing big bigger small part every love enjoy first last " +
      "one two three four five six seven eight ten hour hours month months challenge challenges problem problems issue " +
      "issues struggle goal goals buy",
  ),
  fine: spellings([
    "don't mind",
    "do not mind",
    "good at",
    "great at",
    "used to",
    "fine with",
    "ok with",
    "okay with",
    "i'm fine",
    "can't complain",
    "no complaints",
    "suits me",
    "can cope with",
    "no big deal",
    "not a big deal",
    "isn't a big deal",
    "decent at",
    "done enough of",
    // Said the way people say it at work ("long hours I can handle", "Excel I can do in my sleep").
    "fine by me",
    "can handle",
    "can live with",
    "no drama",
    "strong point",
    "strong suit",
    "in my sleep",
    "no help needed",
    "grand with",
    "comfortable with",
    "confident with",
    "happy with",
    "old news",
    "not my weak spot",
    "not a weakness",
    "never worried me",
    "not stressed about",
    "not a thing for me",
    // "The night shifts are tough but the pay makes up for it": what makes up for something is no trouble.
    "makes up for it",
    "make up for it",
    // "Giving feedback comes easily to me", "presenting is second nature": a strength, not a gap.
    "comes easily",
    "come easily",
    "comes easy",
    "come easy",
    "comes naturally",
    "come naturally",
    "second nature",
    "i'm comfortable",
    "i am comfortable",
  ]),
  unsure: spellings(["not sure", "no idea", "don't know", "do not know", "unsure", "uncertain", "doubt"]),
  indifferent: spellings([
    "couldn't care less",
    "could not care less",
    "never really think about",
    "never think about",
    "isn't everything",
    "is not everything",
    "don't care",
    "do not care",
    "not important",
    "doesn't matter",
    "don't matter",
    "do not matter",
    "does not matter",
    "not interested",
    "no interest",
    "not bothered",
    "don't need",
    "do not need",
    "not for me",
    "not my thing",
    "not in it for",
    "no interest in",
    "not fussed",
    "not keen on",
    "not chasing",
    "no desire",
    "no plans to",
    "no plans for",
    "no rush to",
    "no point in",
    "doesn't interest me",
    "don't interest me",
    "doesn't motivate me",
    "don't motivate me",
    "doesn't do much for me",
    "not what drives me",
    "isn't what drives me",
    "not what i'm after",
    "not something i need",
    "overrated",
  ]),
  self: list("i i'm im i've ive i'd i'll me my myself mine"),
  learning: list(
    "learn learning train training trained course courses improve improving develop developing skill skills certification certified " +
      "study practice practise upskill class classes workshop become better get grow",
  ),
  others: list(
    "manager managers management mgmt leadership leaders executive executives execs boss bosses supervisor supervisors director " +
      "directors company corporate they he she people coworkers co-workers colleagues peers hr ceo cfo cto c-suite nobody everyone " +
      "everybody customers clients employer firm organization organisation org department senior upper",
  ),
  determiners: list("the a an my our their his her its your some most many all new direct local this that these those"),
  relatives: list("that which who"),
  listJoiners: list("and & plus or"),
  neither: list("neither nor"),
  scarce: list("limited minimal insufficient lacking few scarce nonexistent"),
  plenty: list("plenty ample abundant loads lots tons"),
  rewarded: list("paid compensated reimbursed remunerated rewarded"),
  desire: list("want wants wanted wish interested keen eager aspire aspiring"),
  // "I wouldn't say the workload is a problem", "I don't think travel is an issue": the problem is denied.
  beliefs: list("think thinks thought say said believe believes reckon consider considers call find"),
  markers: list(
    "on off up out about after before over under there here not no all some any each every very too per its isn't don't doesn't didn't " +
      "can't won't we're they're you're i'm it's when where how why while because",
  ),
  clauseBreaks: list("but however although though whereas yet except unless"),
  turns: spellings([
    "what i'm missing",
    "what i miss",
    "what i'm lacking",
    "what i lack",
    "what i need",
    "what i'd like",
    "what i'd love",
    "what i want",
    "what bugs me",
    "what gets me",
    "what gets to me",
    "what bothers me",
    "what kills me",
    "what drives me",
    "the real problem",
    "the real issue",
    "the problem is",
    "the issue is",
    "my problem is",
    "my issue is",
    "the thing is",
    "it's the",
    "instead",
    "rather",
    "where i struggle",
    "where i'm weak",
    "what matters",
    "what matters more",
    "more important to me",
    "the main thing",
    "what counts",
    "i just want",
    "all i want",
    "i'd prefer",
    "i prefer",
    "more into",
    "i'm here for",
    "the hard part",
    "the hard bit",
    "the tricky part",
    "where i get stuck",
    "what i'm not",
    "what worries me",
    "what frustrates me",
    "what annoys me",
    "what i struggle with",
    "what i'm after",
    "i just need",
    "all i need",
    "what i really need",
    "what i really want",
    "what i'm looking for",
  ]),
  // "At present" is about time, not presenting.
  idioms: spelledIdioms([
    // "They don't bother to ask": no effort made, not a trouble said to be none.
    ["bother to", "try to"],
    ["bothers to", "tries to"],
    ["bothered to", "tried to"],
    // "Non-existent" is one word of scarcity, however it is written.
    ["non existent", "nonexistent"],
    ["non existant", "nonexistent"],
    ["nonexistant", "nonexistent"],
    // "The salary used to be good": the praise is of the past, so now it is not.
    ["used to be", "no longer"],
    ["use to be", "no longer"],
    // "Growth is not present": absent, not a talk someone will not give.
    ["not present", "nonexistent"],
    ["at present", "now"],
    ["at moment", "now"],
    ["at the moment", "now"],
    ["for the present", "now"],
    ["for the moment", "now"],
    ["presently", "now"],
    // "Can't handle the workload" says a trouble; "the workload I can handle" says none.
    ["can't handle", "struggle with"],
    ["cannot handle", "struggle with"],
    ["can't cope with", "struggle with"],
    ["cannot cope with", "struggle with"],
    // "Easy to burn out", "easy to get lost": a trouble made likelier, not one said to be none.
    ...["get", "be", "become", "burn", "fall", "feel", "lose"].map((verb): [string, string] => [`easy to ${verb}`, `likely to ${verb}`]),
    // "Way too much overtime", "far too many meetings": the "way" and the "far" only make the "too" stronger.
    ["way too", "too"],
    ["far too", "too"],
    // "I'd rather not be on call": a wish not to be, as "I don't want to be" is, not an on-call rota said to be none.
    ["rather not", "don't want to"],
    ["prefer not to", "don't want to"],
    ["prefer not", "don't want"],
    // "It would be nice to have more flexibility", "more recognition would be nice": a wish, not praise.
    ...["would", "might"].flatMap((may) =>
      ["nice", "great", "good", "helpful", "awesome", "lovely", "amazing"].map((good): [string, string] => [`${may} be ${good}`, "wish"]),
    ),
    // "I'd like to feel comfortable presenting": a wish, as "I want to" is.
    ["i'd like to", "i want to"],
    ["would like to", "want to"],
    ["i'd love to", "i want to"],
    ["would love to", "want to"],
    // "Not sure I'm good enough for this role": a doubt of oneself, not a role said to be fine.
    ...["not sure", "not sure if", "not sure whether", "unsure if", "unsure whether", "don't know if"].flatMap((lead) =>
      ["good enough", "smart enough", "capable enough", "qualified enough", "cut out for"].flatMap((what): Array<[string, string]> => [
        [`${lead} i'm ${what}`, `doubt i'm ${what}`],
        [`${lead} i am ${what}`, `doubt i'm ${what}`],
      ]),
    ),
    // "Saying no to extra work" refuses it: the "no" is what is said, not a denial of the work after it.
    ["say no", "sayno"],
    ["saying no", "sayno"],
    ["says no", "sayno"],
    ["said no", "sayno"],
    // "Micromanagement as well", "long hours as well as low pay": "well" adds a thing, it praises none.
    ["as well as", "and"],
    ["as well", "also"],
    // "A good deal of politics": much of it, no praise; "mediocre at best": no praise either.
    ["good deal of", "lot of"],
    ["great deal of", "lot of"],
    ["at best", "mediocre"],
    // "Kind of burnt out": a hedge, not kindness.
    ["kind of", "quite"],
    ["kinda", "quite"],
    ["sort of", "quite"],
    ["sorta", "quite"],
    // "Above average pay" praises; "micromanagement from the levels above" does not.
    ["above average", "good"],
    ["above market", "good"],
    ["wlb", "work life balance"],
    ["w l b", "work life balance"],
  ]),
  // "55 hours a week", "fourteen hour shifts": long hours, as the phrasings' "60 hour weeks" and "twelve hour days".
  hours: {
    hour: list("hour hours hr hrs h"),
    week: list("week weeks weekly wk wks"),
    day: list("day days daily shift shifts"),
    // Said one after another, each smaller than the one before, they add up: "forty five", "seventy-two".
    numbers: {
      ...Object.fromEntries(list("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen").map((word, i) => [word, i + 1])),
      ...Object.fromEntries(list("twenty thirty forty fifty sixty seventy eighty ninety").map((word, i) => [word, 20 + i * 10])),
      hundred: 100,
    },
  },
  stemmer: { minStem: 3, steps: [] },
  familyEndings: list("e s es er ers or ors ion ions ation ations ment ments ement ements ive ity al ally ance ence ant ent ship"),
};

/** Forms the suffix rules cannot reach. */
const IRREGULAR: Readonly<Record<string, string>> = {
  burnt: "burn",
  learnt: "learn",
  burnout: "burn",
  spoke: "speak",
  spoken: "speak",
  taught: "teach",
  felt: "feel",
  lonely: "lone",
  loneliness: "lone",
  stuck: "stuck",
  lately: "lately",
};

/**
 * British spellings as American ones, so "recognised", "travelling" and
 * "behaviour" meet the phrasings' and the models' "recognized", "traveling"
 * and "behavior". Only roots whose -ise is British: "promise", "supervise",
 * "exercise" and "expertise" are spelled so on both sides of the Atlantic.
 * "Programme" stays itself: it is a scheme, never code, as "program" can be.
 */
const BRITISH: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /(recogn|organ|priorit|real|util|special|critic|apolog|emphas|central|standard|summar|final|optim|minim|maxim|custom|categor|author|capital|character|mobil|visual|social|memor|normal|personal|public|energ|synchron|sympath|empath|monet|incentiv|formal|digital|computer|familiar|rational|stabil|modern|harmon|scrutin|patron|jeopard|marginal|demoral|penal|victim|pressur|galvan|sanit|agon|antagon|legitim|trivial|human|global|local|automat|vocal)is(e|ed|es|ing|er|ers|ation|ations)$/,
    "$1iz$2",
  ],
  [/^(behavi|col|fav|hon|lab|neighb|rum|hum|endeav|flav|harb|vig|val|cand)our(s|ed|ing|ite|ites|able|er|ers|ful)?$/, "$1or$2"],
  [/^(travel|cancel|label|model|counsel|fuel|level|signal|channel|quarrel|tunnel|dial)l(ed|ing|er|ers|or|ors)$/, "$1$2"],
  [/^(cent|theat|met|lit|fib|calib)re(s|d)?$/, "$1er$2"],
  [/^(lic|def|off)ence(s)?$/, "$1ense$2"],
  [/^(ana|para|cata)lys(e|ed|es|ing|er|ers)$/, "$1lyz$2"],
  [/^(judg|acknowledg)ement(s)?$/, "$1ment$2"],
  [/^enrolment(s)?$/, "enrollment$1"],
  [/^ageing$/, "aging"],
];

/** A word in American spelling: see {@link BRITISH}. */
function americanSpelling(word: string): string {
  for (const [british, american] of BRITISH) if (british.test(word)) return word.replace(british, american);
  return word;
}

/**
 * A light English stemmer: enough to meet "meetings" and "meeting",
 * "presenting" and "present", "deadlines" and "deadline", and British
 * spellings with American ones ("recognised", "recognized"). Prefix
 * matching and fuzzy matching catch what it leaves apart.
 */
export function stemEnglish(word: string): string {
  let w = americanSpelling(word.replace(/'s$/, "").replace(/'/g, ""));
  const irregular = ownValue(IRREGULAR, w);
  if (irregular !== undefined) return irregular;
  if (w.length <= 3) return w;
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(ss|us|is|ous)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith("ing") && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith("ed") && w.length > 4 && !w.endsWith("eed")) w = undouble(w.slice(0, -2));
  else if (w.endsWith("ly") && w.length > 5) w = w.slice(0, -2);
  // "argue" and "arguing", "manage" and "managing" meet at "argu" and "manag".
  if (w.endsWith("e") && w.length > 4 && !w.endsWith("ee")) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w) ? w.slice(0, -1) : w;
}

export const ENGLISH: Grammar = compileGrammar("en", ENGLISH_RULES, stemEnglish);
