import { describe, expect, it } from "vitest";
import { createRecommender, de, defaultTaxonomy, es, fr, parseTaxonomy } from "../src/index";
import { createFuzzyWords } from "../src/needs/fuzzy";
import { createMatcher } from "../src/needs/matcher";
import { readWords, splitClauses } from "../src/needs/text";

const matcher = createMatcher(defaultTaxonomy, { typos: createFuzzyWords });
const MIN = 0.62;
type Kind = "motivation" | "challenge" | undefined;
const keysOf = (text: string, prefer: Kind) => matcher.match(text, MIN, prefer).map((m) => m.key);
/** One matcher reading all four languages, for the statements in Spanish, French and German. */
const multilingual = createMatcher(defaultTaxonomy, { typos: createFuzzyWords, languages: [es, fr, de] });
/** Said as a challenge, `text` is read as the trouble `key`, not noted as that trouble said to be none (by `reader`, English alone unless given). */
const readAsTrouble = (text: string, key: string, reader: Pick<typeof matcher, "match" | "fine"> = matcher) => {
  expect(reader.match(text, MIN, "challenge").map((m) => m.key)).toContain(key);
  expect(reader.fine(text, "challenge")).not.toContain(key);
};
/** The same, read by the four-language matcher in `language` (English when none). */
const readAsTroubleIn = (text: string, key: string, language: string | undefined) => readAsTrouble(text, key, multilingual.localized({ language: language ?? "en" }));

describe("saying a trouble is none", () => {
  // Each row: a statement, its kind, and the key it names only to say it is no trouble.
  it.each<[string, Kind, string]>([
    ["public speaking is not a problem for me", "challenge", "public-speaking"],
    ["presenting is no problem for me", "challenge", "public-speaking"],
    ["I don't mind travelling", "challenge", "business-travel"],
    ["I do not mind the travel for clients", "challenge", "business-travel"],
    ["I'm fine with the workload", "challenge", "workload"],
    ["the workload is fine", "challenge", "workload"],
    ["my workload is manageable", "challenge", "workload"],
    ["no issues with my commute", "challenge", "commute"],
    ["the commute is not an issue", "challenge", "commute"],
    ["little stress in my job", "challenge", "stress"],
    ["not much stress", "challenge", "stress"],
    ["I'm not stressed", "challenge", "stress"],
    ["I'm good at delegating", "challenge", "delegation"],
    ["delegation is not a problem", "challenge", "delegation"],
    ["I'm good at managing my time", "challenge", "time-management"],
    ["time management is no issue", "challenge", "time-management"],
    ["no micromanagement at all", "challenge", "micromanagement"],
    ["I'm not micromanaged", "challenge", "micromanagement"],
    ["there is no overtime", "challenge", "overtime"],
    ["overtime is rare", "challenge", "overtime"],
    ["too many meetings is not a problem here", "challenge", "meeting-overload"],
    ["meetings are not a problem", "challenge", "meeting-overload"],
    ["no conflict with my colleagues", "challenge", "conflict"],
    ["I'm fine with on-call duty", "challenge", "on-call-duty"],
    ["I'm used to public speaking", "challenge", "public-speaking"],
    ["no complaints about my manager", "challenge", "manager-relationship"],
    ["I have no problem giving feedback", "challenge", "giving-feedback"],
    ["burnout is not an issue for me", "challenge", "workload"],
    ["I don't procrastinate", "challenge", "procrastination"],
    ["no worries about layoffs", "challenge", "job-insecurity"],
    ["interruptions are not a concern", "challenge", "interruptions"],
    ["I don't feel isolated working from home", "challenge", "remote-isolation"],
    ["the language barrier is no problem", "challenge", "language-barrier"],
    ["boredom is not an issue", "challenge", "boredom"],
    ["perfectionism is not a problem for me", "challenge", "perfectionism"],
    ["I'm ok with the pressure", "challenge", "stress"],
    ["my tools are fine", "challenge", "lack-of-tools"],
    ["I don't care about titles or promotions", "motivation", "growth"],
    ["money is not important to me", "motivation", "income"],
    ["recognition doesn't matter to me", "motivation", "recognition"],
    ["I'm not interested in leading a team", "motivation", "leadership-ambition"],
    ["flexible hours don't matter to me", "motivation", "flexibility"],
    ["the long hours I can handle", "challenge", "overtime"],
    ["the commute doesn't bug me", "challenge", "commute"],
    ["Excel I can do in my sleep", "challenge", "excel"],
    ["negotiating is my strong suit", "challenge", "negotiation"],
    ["giving feedback comes easily to me", "challenge", "giving-feedback"],
    ["presenting is second nature to me", "challenge", "public-speaking"],
    ["I'm comfortable with public speaking", "challenge", "public-speaking"],
    ["job security has never worried me", "challenge", "job-insecurity"],
    ["bonuses don't motivate me", "motivation", "income"],
    // Typed without apostrophes, as often in forms.
    ["bonuses dont motivate me", "motivation", "income"],
    ["money isnt what drives me", "motivation", "income"],
    ["a promotion is not what im after", "motivation", "growth"],
    ["no plans to become a manager", "motivation", "leadership-ambition"],
    ["variety is overrated", "motivation", "variety"],
  ])("%j (%s) names no %s need", (text, kind, key) => {
    expect(keysOf(text, kind)).not.toContain(key);
  });

  it("reads a strength denied as the need", () => {
    expect(keysOf("public speaking doesn't come easily to me", "challenge")).toContain("public-speaking");
    expect(keysOf("giving feedback does not come naturally to me", "challenge")).toContain("giving-feedback");
    expect(keysOf("delegating has never come easily to me", "challenge")).toContain("delegation");
  });

  it("keeps a trouble said to be none as something said, not a need", () => {
    expect(matcher.fine("public speaking is not a problem for me", "challenge")).toContain("public-speaking");
    expect(matcher.fine("I'm fine with the workload", "challenge")).toContain("workload");
    expect(matcher.fine("too many meetings", "challenge")).toEqual([]);
    // Only what is said to be fine: not a need whose phrasing shares the "not" ("not fluent"), nor one named by the words of not caring.
    expect(matcher.fine("I'm not comfortable with public speaking", "challenge")).toEqual([]);
    expect(matcher.fine("the pay doesnt interest me", "motivation")).toEqual(["income"]);
    expect(matcher.fine("a promotion is not what im after", "motivation")).toEqual(["growth"]);
    // Only a need named by one of its phrasings whole: a few of a phrasing's words, turned by a negation, are no note.
    expect(matcher.fine("The salary hasn't moved in years", "challenge")).toEqual([]);
    expect(matcher.fine("I can't switch off after work", "challenge")).toEqual([]);
    expect(matcher.fine("There's no clear path to promotion here", "challenge")).toEqual([]);
  });

  it("still reads the trouble when only something else is fine", () => {
    expect(keysOf("the pay is fine but too many meetings", "challenge")).toContain("meeting-overload");
    expect(keysOf("no issues with my team, my commute is a nightmare", "challenge")).toContain("commute");
    // A verdict denied is a trouble said.
    expect(keysOf("I'm not comfortable with public speaking", "challenge")).toContain("public-speaking");
    expect(keysOf("I can't handle the workload", "challenge")).toContain("workload");
  });

  it("gives a plan no item for a strength said to be fine", () => {
    const plan = createRecommender().recommend({ challenges: ["public speaking is not a problem for me"] }, { asOf: "2026-01-05" });
    expect(plan.needs.map((n) => n.key)).not.toContain("public-speaking");
    expect(plan.items.flatMap((i) => i.reasons.map((r) => r.need))).not.toContain("public-speaking");
    // Understood, so neither unmatched nor asked about: noted as fine.
    expect(plan.fine).toEqual([{ key: "public-speaking", label: "Public speaking", type: "challenge", source: "public speaking is not a problem for me" }]);
    expect(plan.unmatched).toEqual([]);
    expect(plan.questions.map((q) => q.about)).not.toContain("public speaking is not a problem for me");
  });
});

describe("a trouble said to be none around its topic", () => {
  it.each<[string, string, string]>([
    // A belief denied is meant of the trouble after the topic, as "the workload is not a problem" is.
    ["I wouldn't say the workload is a problem", "en", "workload"],
    ["I don't think the commute is an issue", "en", "commute"],
    ["I don't think overtime is a concern", "en", "overtime"],
    ["no creo que la carga de trabajo sea un problema", "es", "workload"],
    ["je ne pense pas que la charge de travail soit un problème", "fr", "workload"],
    // Said before the comma, the belief denied reaches the clause that completes it.
    ["Ich glaube nicht, dass die Arbeitslast ein Problem ist", "de", "workload"],
    ["Ich finde nicht, dass die Überstunden ein Problem sind", "de", "overtime"],
    // A trouble's own verb denied, of someone else: no trouble, and not the person who does not do it.
    ["my manager doesn't micromanage me", "en", "micromanagement"],
    ["my boss doesn't micromanage me", "en", "micromanagement"],
    // Something good said to be no worry among troubles: noted as its trouble.
    ["I never worry about job security", "en", "job-insecurity"],
    ["job security isn't a concern for me", "en", "job-insecurity"],
    ["I'm comfortable presenting to large groups", "en", "public-speaking"],
    // A need's own word of trouble, denied just before it: no trouble.
    ["Layoffs don't worry me", "en", "job-insecurity"],
    ["I'm not worried about my job, the company is doing well", "en", "job-insecurity"],
    // Plenty of a good thing, where "more" of it would say it is missing.
    ["Training? Plenty of it, no complaints.", "en", "lack-of-training"],
    ["Hmm, feedback I get plenty of, no issue there.", "en", "lack-of-feedback"],
    ["Cursos de formación hay un montón", "es", "lack-of-training"],
    ["Des formations, il y en a plein au catalogue", "fr", "lack-of-training"],
    ["Weiterbildungen gibt es massenhaft, daran liegt es nicht", "de", "lack-of-training"],
    ["I don't worry about layoffs", "en", "job-insecurity"],
    ["Mit meinem Chef hatte ich nie Probleme", "de", "manager-relationship"],
    ["Keine Probleme mit dem Chef", "de", "manager-relationship"],
    // What goes either way (remote work, benefits, the manager, senior leaders), praised among troubles.
    ["Remote work is great", "en", "flexibility"],
    ["The benefits are solid", "en", "benefits"],
    ["Senior management is decent here", "en", "senior-leadership"],
    ["Ma cheffe est super, elle me soutient vraiment", "fr", "manager-relationship"],
    ["Homeoffice ist super", "de", "flexibility"],
    // Praise that is the phrasing's own word ("great manager").
    ["My manager is great", "en", "manager-relationship"],
    ["Mi jefa es maja", "es", "manager-relationship"],
  ])("%j (%s) is no need, and %s is noted as fine", (text, language, key) => {
    const reader = language === "en" ? matcher : multilingual.localized({ language });
    expect(reader.match(text, MIN, "challenge")).toEqual([]);
    expect(reader.fine(text, "challenge")).toContain(key);
  });

  it("reads a negation after an \"and\" and a verb of its own as denying what follows it, not the trouble before", () => {
    const de = multilingual.localized({ language: "de" });
    // "kaum" denies the rest, not the overtime.
    expect(de.match("Ich habe ständig Überstunden und komme kaum zur Ruhe", MIN, "challenge").map((m) => m.key)).toContain("overtime");
    expect(de.fine("Ich habe ständig Überstunden und komme kaum zur Ruhe", "challenge")).toEqual([]);
    // Said after the topic with nothing after it, it still denies it ("Feedback bekomme ich nie").
    expect(de.match("Überstunden habe ich kaum", MIN, "challenge")).toEqual([]);
  });

  it("reads more of a good thing among troubles as missing, and plenty of it as no trouble", () => {
    expect(keysOf("more training would help", "challenge")).toContain("lack-of-training");
    expect(keysOf("Training? Plenty of it, no complaints.", "challenge")).toEqual([]);
    // Plenty of a trouble is still that trouble.
    expect(keysOf("lots of meetings", "challenge")).toContain("meeting-overload");
    // So is plenty of a topic read both ways, named by its bad side: no praise of the culture.
    expect(keysOf("Honestly, lots of office politics in this place", "challenge")).toContain("workplace-culture");
    expect(keysOf("Loads of backstabbing between teams", "challenge")).toContain("workplace-culture");
  });

  it("reads no need from who is spoken of or the negation that denies a trouble", () => {
    // "manager doesn't" is how people begin "my manager doesn't give feedback": here it only says who does not micromanage.
    expect(keysOf("my manager doesn't micromanage me", "challenge")).toEqual([]);
    // The "never" denies the problem: it is no absence of feedback, nor a wish to be a manager.
    expect(keysOf("I've never had a problem with my manager", "challenge")).toEqual([]);
    expect(keysOf("I have no problem with my manager", "challenge")).toEqual([]);
  });

  it.each<[string, Kind, string]>([
    ["my manager micromanages me", "challenge", "micromanagement"],
    ["my manager never gives me feedback", "challenge", "lack-of-feedback"],
    ["no feedback is a problem", "challenge", "lack-of-feedback"],
    ["I struggle presenting to large groups", "challenge", "public-speaking"],
    // Not a denial: the worry goes on ("can't stop"), two words from the negation.
    ["I can't stop worrying about layoffs", "challenge", "job-insecurity"],
    ["Layoffs worry me", "challenge", "job-insecurity"],
    // Praised as what moves someone, it is still what moves them.
    ["Remote work is great", "motivation", "flexibility"],
    ["My manager is great", "motivation", "manager-relationship"],
    // Wished for, or said to be missing: still the trouble.
    ["I wish I had a great manager", "challenge", "manager-relationship"],
    ["No great manager here", "challenge", "manager-relationship"],
    // A belief denied turns praise as well: the pay is not good.
    ["I don't think the pay is good", "challenge", "pay-dissatisfaction"],
    // Said as what moves someone, job security is still what moves them.
    ["job security", "motivation", "security"],
  ])("still reads %j (%s) as %s: nothing denies the trouble its words name", (text, kind, key) => {
    expect(keysOf(text, kind)).toContain(key);
  });

  it("asks about what a turn after something said to be fine names, where nothing was read from it", () => {
    const recommender = createRecommender();
    // The turn is its own clause: not a comment on the pay.
    expect(matcher.turned("The pay is fine but the hours are brutal", "challenge")).toEqual(["the hours are brutal"]);
    // A comment after a comma joins the turned part and leaves it turned.
    expect(matcher.turned("The pay is fine but the hours, brutal", "challenge")).toEqual(["the hours brutal"]);
    expect(multilingual.localized({ language: "fr" }).turned("Le salaire est correct, mais impossible de caser une formation", "challenge")).toEqual([
      "impossible de caser une formation",
    ]);
    for (const [text, language, key] of [
      ["The pay is fine but the hours are brutal", "en", "work-life-balance"],
      ["The pay is fine but the hours, brutal", "en", "work-life-balance"],
      ["Presenting is fine, but writing up the reports afterwards takes me forever", "en", "writing"],
      ["Le salaire me convient, mais personne ne me dit jamais si mon travail est bon", "fr", "lack-of-feedback"],
      ["Das Gehalt passt, aber die Software ist total veraltet", "de", "lack-of-tools"],
    ] as const) {
      const plan = recommender.recommend({ language, challenges: [text] }, { asOf: "2026-01-05" });
      expect(plan.fine.length, text).toBeGreaterThan(0);
      const question = plan.questions.find((q) => q.about === text);
      // Read, or asked about: never passed over.
      const found = [...plan.needs.map((n) => n.key), ...(question?.options?.map((o) => o.key) ?? [])];
      expect(found, text).toContain(key);
      if (plan.needs.length === 0) expect(plan.unmatched.map((u) => u.source), text).toEqual([text]);
      // Never what the statement said is fine.
      for (const fine of plan.fine) expect(found, text).not.toContain(fine.key);
    }
  });

  it.each<[string, string]>([
    // No turn: what follows says why it is fine.
    ["Conflict doesn't bother me, I'll say what needs to be said", "en"],
    ["Stress isn't an issue for me, I thrive in chaos", "en"],
  ])("asks nothing more where %j only says something is fine", (text, language) => {
    const plan = createRecommender().recommend({ language, challenges: [text] }, { asOf: "2026-01-05" });
    expect(plan.unmatched).toEqual([]);
    expect(plan.questions.map((q) => q.about)).not.toContain(text);
  });

  it("gives a plan no need and no question for a trouble said to be none this way", () => {
    const recommender = createRecommender();
    for (const text of ["my manager doesn't micromanage me", "I wouldn't say the workload is a problem", "I never worry about job security"]) {
      const plan = recommender.recommend({ challenges: [text] }, { asOf: "2026-01-05" });
      expect(plan.needs, text).toEqual([]);
      expect(plan.fine.map((f) => f.source), text).toEqual([text]);
      expect(plan.questions.map((q) => q.about), text).not.toContain(text);
    }
  });
});

describe("a state wished for is an aim, not a note", () => {
  // Each row: a statement wishing to be good, comfortable or confident at something, its kind, and the need it names.
  it.each<[string, Kind, string]>([
    ["get comfortable with SQL", undefined, "sql"],
    ["become confident with Excel", undefined, "excel"],
    ["I want to be good at negotiating", undefined, "negotiation"],
    ["I would love to get good at SQL", undefined, "sql"],
    ["get more comfortable with conflict", undefined, "conflict"],
    ["be good at delegating", undefined, "delegation"],
    ["I want to get good at data analysis", "motivation", "data-analysis"],
    ["I'd like to be good at delegating", "challenge", "delegation"],
  ])("%j (%s) names %s, and notes nothing fine", (text, kind, key) => {
    expect(keysOf(text, kind)).toContain(key);
    expect(matcher.fine(text, kind)).toEqual([]);
  });

  it("still notes a state the writer says they are in", () => {
    expect(matcher.fine("I'm comfortable with SQL", "challenge")).toEqual(["sql"]);
    expect(matcher.fine("I'm good at Excel", "challenge")).toEqual(["excel"]);
    // In a goal too, when said of themselves or as the answer to a topic.
    expect(keysOf("I'm already good at Excel", undefined)).not.toContain("excel");
    expect(keysOf("Performance reviews? Comfortable with those.", undefined)).toEqual([]);
    // Not every "get" before a good word is becoming: "we get along fine" says there is no conflict.
    expect(keysOf("Conflict with colleagues? Nah, we get along fine.", "challenge")).not.toContain("conflict");
    // A trouble denied is never an aim.
    expect(keysOf("Hiring? Been doing it for years, no help needed.", undefined)).not.toContain("hiring");
  });

  it("lets no wished-for praise silence the statement's other needs", () => {
    // "Good … feedback" is no verdict on feedback had, so the skill named stays: the wish judges nothing yet.
    for (const text of ["I want to be good at giving feedback", "be good at giving feedback", "get good at giving feedback"]) {
      expect(keysOf(text, undefined), text).toContain("giving-feedback");
    }
    // A verdict said beside the wish still is one: "no problem" is never an aim.
    expect(keysOf("Giving feedback? No problem, I want to get better at negotiating", undefined)).not.toContain("giving-feedback");
  });

  it("reads saying no as refusing, not as a denial of what follows", () => {
    for (const [text, kind] of [
      ["I'd like to be better at saying no to extra work", undefined],
      ["get better at saying no", undefined],
      ["I find it hard to say no to extra projects", "challenge"],
    ] as const) {
      expect(keysOf(text, kind), text).toContain("setting-boundaries");
      expect(matcher.fine(text, kind), text).toEqual([]);
    }
    // Someone else saying no is no boundary of the writer's.
    expect(keysOf("my manager said no to my raise", "challenge")).not.toContain("setting-boundaries");
  });

  it("reads praise doubted as praise denied", () => {
    for (const text of ["I'm not sure I'm good enough for this role", "I'm not sure I am good enough", "not sure if I'm good enough to lead this team", "I doubt I'm good enough for this job"]) {
      expect(keysOf(text, "challenge"), text).toContain("imposter-feelings");
      expect(matcher.fine(text, "challenge"), text).toEqual([]);
    }
    // Doubt said apart from the praise leaves it praise.
    expect(matcher.fine("I'm not sure, but I'm comfortable presenting", "challenge")).toEqual(["public-speaking"]);
  });

  it("reads a wish not to have a trouble as that trouble, among troubles", () => {
    for (const text of ["I'd prefer not to be on call every weekend", "I'd rather not be on call every weekend", "I don't want to be on call every weekend"]) {
      expect(matcher.candidates(text, "challenge").map((m) => m.key), text).toContain("on-call-duty");
      expect(matcher.fine(text, "challenge"), text).toEqual([]);
    }
    // Not wanting what moves others is still no need.
    expect(keysOf("I'd rather not manage people", "motivation")).not.toContain("people-management");
  });
});

describe("which way the words go", () => {
  it.each<[string, Kind, string, string]>([
    ["the pay is low", "challenge", "pay-dissatisfaction", "income"],
    ["it pays well", "motivation", "income", "pay-dissatisfaction"],
    ["Good pay", "motivation", "income", "pay-dissatisfaction"],
    ["salary", "challenge", "pay-dissatisfaction", "income"],
    ["salary", "motivation", "income", "pay-dissatisfaction"],
    ["no raises in three years", "challenge", "pay-dissatisfaction", "income"],
    ["very little room for growth", "challenge", "stagnation", "growth"],
    ["lots of room to grow", "motivation", "growth", "stagnation"],
    ["no recognition for the extra effort", "challenge", "lack-of-recognition", "recognition"],
    ["no micromanagement", "motivation", "autonomy", "micromanagement"],
    ["poor training", "challenge", "lack-of-training", "learning"],
    ["great training", "motivation", "learning", "lack-of-training"],
  ])("%j (%s) is %s, not %s", (text, kind, key, not) => {
    const keys = keysOf(text, kind);
    expect(keys).toContain(key);
    expect(keys).not.toContain(not);
  });

  it.each<[string, string]>([
    ["it pays well", "pay-dissatisfaction"],
    ["Good pay", "pay-dissatisfaction"],
    ["the pay is good", "pay-dissatisfaction"],
  ])("%j said as a challenge praises: no %s, and no trouble at all", (text, not) => {
    expect(keysOf(text, "challenge")).not.toContain(not);
    // Noted as the trouble said to be none, as the statement is one of what holds someone back.
    expect(matcher.fine(text, "challenge")).toContain("pay-dissatisfaction");
  });

  it.each<[string, string]>([
    ["easy to burn out", "workload"],
    ["It's easy to get burned out here", "workload"],
    ["it isn't easy to move up", "stagnation"],
  ])("%j said as a challenge: ease makes a trouble likelier, %s", (text, key) => {
    readAsTrouble(text, key);
  });

  it.each<[string, string]>([
    ["No morale", "low-motivation"],
    ["Morale is zero", "low-motivation"],
    ["No promotion prospects whatsoever", "stagnation"],
  ])("%j said as a challenge: the good thing a trouble lacks, denied, is that trouble (%s), not a note of no trouble", (text, key) => {
    readAsTrouble(text, key);
  });

  it.each<[string, string]>([
    ["Morale is great", "low-motivation"],
    ["Stress? None.", "stress"],
    ["no micromanagement at all", "micromanagement"],
  ])("%j said as a challenge is still no %s", (text, key) => {
    expect(keysOf(text, "challenge")).not.toContain(key);
  });

  it.each<[string, readonly string[]]>([
    ["long hours and low pay", ["overtime", "pay-dissatisfaction"]],
    ["low pay and long hours", ["overtime", "pay-dissatisfaction"]],
    ["too many meetings and low pay", ["meeting-overload", "pay-dissatisfaction"]],
  ])("%j said as a challenge: a word judging one topic of a list judges only that one", (text, keys) => {
    expect(keysOf(text, "challenge")).toEqual(expect.arrayContaining([...keys]));
    expect(matcher.fine(text, "challenge")).toEqual([]);
  });

  it("still reads a judging word after a list as the list's", () => {
    expect(keysOf("pay and benefits are low", "challenge")).toEqual(expect.arrayContaining(["pay-dissatisfaction", "benefits"]));
    const praised = keysOf("good pay and long hours", "challenge");
    expect(praised).toContain("overtime");
    expect(praised).not.toContain("pay-dissatisfaction");
    expect(matcher.fine("good pay and long hours", "challenge")).toEqual(["pay-dissatisfaction"]);
  });

  it.each(["Way too much overtime", "far too much overtime"])("%j is read as “too much overtime”: the “way” and the “far” only strengthen the “too”", (text) => {
    expect(readWords(text).tokens).toEqual(readWords("too much overtime").tokens);
    expect(keysOf(text, "challenge")).toContain("overtime");
  });

  it.each<[string, string]>([
    ["Micromanagement as well", "micromanagement"],
    ["Long hours as well as low pay", "overtime"],
    ["I'm kind of burnt out", "workload"],
    ["Meetings are sort of endless", "meeting-overload"],
    ["Micro-management from the levels above you", "micromanagement"],
    ["A good deal of politics", "workplace-culture"],
    ["Company management is mediocre at best", "senior-leadership"],
  ])("%j said as a challenge: a word that only looks like praise (“as well”, “kind of”, “above”, “a good deal”, “at best”) praises nothing, %s", (text, key) => {
    readAsTrouble(text, key);
  });

  it("still reads praise above the average as praise", () => {
    expect(keysOf("Pay is above average", "motivation")).toContain("income");
    expect(matcher.fine("Pay is above average", "challenge")).toContain("pay-dissatisfaction");
  });

  it.each<[string, string | undefined]>([
    ["I'm overloaded, although I love my job", undefined],
    ["Estoy desbordada, aunque me encanta mi trabajo", "es"],
    ["Je suis débordée, même si j'adore mon poste", "fr"],
    ["Ich bin überlastet, obwohl ich meinen Job liebe", "de"],
  ])("%j: praise of the job after a turn is not praise of the trouble before it", (text, language) => {
    readAsTroubleIn(text, "workload", language);
  });

  it.each(["Late hours but good folks", "Long hours, but great coworkers"])("%j: praise after a turn of something it names itself leaves the trouble before it a trouble", (text) => {
    readAsTrouble(text, "overtime");
  });

  it.each<[string, string | undefined]>([
    ["Overtime is not paid", undefined],
    ["Overtime is neither paid nor compensated", undefined],
    ["Las horas extra no se pagan ni se compensan", "es"],
    ["Les heures supplémentaires ne sont ni payées ni récupérées", "fr"],
    ["Die Überstunden werden nicht bezahlt", "de"],
    ["Überstunden werden weder bezahlt noch abgebaut", "de"],
  ])("%j: a trouble that goes unpaid is a trouble, not one said to be none", (text, language) => {
    readAsTroubleIn(text, "overtime", language);
  });

  it.each(["Learn to read a balance sheet", "Understand balance sheets and cash flow"])("%j: a balance sheet is finance, not work-life balance", (text) => {
    expect(keysOf(text, undefined)).toContain("finance");
    expect(keysOf(text, undefined)).not.toContain("work-life-balance");
  });

  it.each<[string, string]>([
    ["My director takes credit for everything our team does", "lack-of-recognition"],
    ["Colleagues taking credit for my work", "lack-of-recognition"],
    ["Tight deadlines every single week", "workload"],
    ["The deadline pressure is getting to me", "stress"],
  ])("%j: words people write about credit and deadlines are a trouble: %s", (text, key) => {
    readAsTrouble(text, key);
  });

  it.each<[string, string]>([
    ["It would be nice to have more flexibility", "flexibility"],
    ["More recognition would be nice", "lack-of-recognition"],
    ["A second day working from home might be nice", "flexibility"],
  ])("%j said as a challenge: what “would be nice” is wished for, not praised: %s", (text, key) => {
    readAsTrouble(text, key);
  });

  it("reads a topic both ways without moving it", () => {
    expect(keysOf("great benefits", "motivation")).toContain("benefits");
    expect(keysOf("poor benefits", "challenge")).toContain("benefits");
    expect(keysOf("great boss", "motivation")).toContain("manager-relationship");
    expect(keysOf("bad boss", "challenge")).toContain("manager-relationship");
  });
});

describe("whose words they are", () => {
  it.each<[string, Kind, string, string | undefined]>([
    ["my manager never gives me feedback", "challenge", "giving-feedback", "lack-of-feedback"],
    ["my manager doesn't give me feedback", "challenge", "giving-feedback", "lack-of-feedback"],
    ["my manager never gave me any feedback", "challenge", "giving-feedback", "lack-of-feedback"],
    ["the new leadership team reorganised us twice this year", "challenge", "leadership", "change-fatigue"],
    ["communication is poor here", "challenge", "communication", "org-communication"],
    ["lack of communication between departments", "challenge", "communication", "org-communication"],
    ["upper management makes bad decisions", "challenge", "decision-making", "senior-leadership"],
    ["managers have no empathy", "challenge", "emotional-intelligence", undefined],
    ["our customer service is slow", "challenge", "customer-service", undefined],
    ["leadership is out of touch", "challenge", "leadership", "senior-leadership"],
  ])("%j (%s) is not the employee's %s", (text, kind, not, key) => {
    const keys = keysOf(text, kind);
    expect(keys).not.toContain(not);
    if (key) expect(keys).toContain(key);
  });

  it("reads what a relative clause says of the noun before it, not as the writer's indifference", () => {
    // The meetings are who do not need the writer: a complaint, not meetings said to be no trouble.
    for (const text of ["too many meetings that don't need me", "endless meetings which don't need me"]) {
      expect(keysOf(text, "challenge")).toContain("meeting-overload");
      expect(matcher.fine(text, "challenge")).not.toContain("meeting-overload");
    }
    expect(keysOf("learn to say no to meetings that don't need me", undefined)).toContain("setting-boundaries");
    expect(matcher.fine("learn to say no to meetings that don't need me", undefined)).not.toContain("meeting-overload");
    // The writer named as who does not care is still the writer's indifference, after a relative pronoun or not.
    expect(matcher.fine("a promotion is something that I don't need", "motivation")).toContain("growth");
    expect(keysOf("a promotion is something that I don't need", "motivation")).not.toContain("growth");
    expect(keysOf("management is a path that doesn't interest me", "motivation")).not.toContain("leadership-ambition");
  });

  it("still reads the employee's own skill", () => {
    expect(keysOf("I want to improve my communication skills", "motivation")).toContain("communication");
    expect(keysOf("I struggle to give feedback to my team", "challenge")).toContain("giving-feedback");
    expect(keysOf("grow as a leader", undefined)).toContain("leadership");
  });
});

describe("word senses", () => {
  it.each<[string, Kind, string]>([
    ["the onboarding program was messy", "challenge", "programming"],
    ["a great rewards program", "motivation", "programming"],
    ["I want to drive change", "motivation", "commute"],
    ["at present I have too many meetings", "challenge", "public-speaking"],
    ["at the moment I have too many meetings", "challenge", "presentation-skills"],
    ["my train commute takes ages", "challenge", "lack-of-training"],
    ["the trains are always late and packed", "challenge", "lack-of-training"],
    ["I read on the train to work", "motivation", "learning"],
    ["The salary hasn't moved in years", "challenge", "commute"],
    ["I'm not comfortable on calls with clients", "challenge", "on-call-duty"],
    ["it's hard to meet the targets", "challenge", "meeting-overload"],
  ])("%j (%s) is not %s", (text, kind, not) => {
    expect(keysOf(text, kind)).not.toContain(not);
  });

  it("keeps the sense the words around it give", () => {
    expect(keysOf("I want to learn programming", undefined)).toContain("programming");
    expect(keysOf("I drive two hours to the office every day", "challenge")).toContain("commute");
    expect(keysOf("I freeze when I present to leadership", "challenge")).toContain("public-speaking");
    expect(keysOf("the onboarding program was messy", "challenge")).toContain("onboarding");
    expect(keysOf("my train commute takes ages", "challenge")).toContain("commute");
    expect(keysOf("nobody trains new hires here", "challenge")).toContain("lack-of-training");
    expect(keysOf("they never train us properly", "challenge")).toContain("lack-of-training");
    expect(keysOf("we're moving to another state next year", "challenge")).toContain("commute");
    expect(keysOf("being on call every other weekend", "challenge")).toContain("on-call-duty");
    expect(keysOf("we meet for hours every week", "challenge")).toContain("meeting-overload");
    expect(keysOf("I feel overwhelmed", "challenge")).toContain("workload");
    expect(keysOf("There's no clear path to promotion here", "challenge")).toContain("unclear-career-path");
  });

  it("reads a skill named in two words as the skill, not as its last word alone", () => {
    // "management" alone is the company's managers (senior-leadership); "time management" is a skill.
    for (const [text, key] of [
      ["I struggle with time management", "time-management"],
      ["poor time management", "time-management"],
      ["I struggle with people management", "people-management"],
      ["I am weak at project management", "project-management"],
    ] as const) {
      expect(keysOf(text, "challenge")).toContain(key);
      expect(keysOf(text, "challenge")).not.toContain("senior-leadership");
    }
    expect(keysOf("poor management", "challenge")).toContain("senior-leadership");
    expect(keysOf("management doesn't listen to the time we need", "challenge")).toContain("senior-leadership");
    expect(keysOf("I have meeting overload", "challenge")).not.toContain("workload");
  });

  it("lets a taxonomy name a word's senses for its own keys", () => {
    const taxonomy = parseTaxonomy({
      entries: [
        { key: "cooking", kind: "competency", label: "Cooking", synonyms: ["learn to cook", "kitchen"], senses: { kitchen: ["cook", "recipe", "chef"] } },
        { key: "office", kind: "challenge", label: "Office space", synonyms: ["the office kitchen is dirty", "office"] },
      ],
    });
    const own = createMatcher(taxonomy);
    expect(own.match("I want to get better in the kitchen as a chef", MIN).map((m) => m.key)).toContain("cooking");
    expect(own.match("kitchen", MIN, "competency").map((m) => m.key)).toContain("cooking");
    expect(own.match("we meet in the kitchen", MIN, "challenge").map((m) => m.key)).not.toContain("cooking");
  });
});

describe("clauses", () => {
  it("splits at punctuation and at words that turn the sense", () => {
    expect(splitClauses("Good pay, but no growth; the onboarding program was messy. Fine - really")).toEqual([
      "Good pay",
      "no growth",
      "the onboarding program was messy",
      "Fine",
      "really",
    ]);
  });

  it("reads each clause of a list on its own", () => {
    const keys = keysOf("Friendly people, great benefits, low pay", "challenge");
    expect(keys).toEqual(expect.arrayContaining(["belonging", "pay-dissatisfaction"]));
    // Benefits, which go either way, praised among troubles: no trouble.
    expect(keys).not.toContain("benefits");
    expect(matcher.fine("Friendly people, great benefits, low pay", "challenge")).toContain("benefits");
  });
});

describe("the readings the issue asked for", () => {
  it.each<[string, Kind, readonly string[], readonly string[]]>([
    ["public speaking is not a problem for me", "challenge", [], ["public-speaking"]],
    ["I don't mind travelling", "challenge", [], ["business-travel"]],
    ["my manager never gives me feedback", "challenge", ["lack-of-feedback"], ["giving-feedback"]],
    ["I have no idea what is expected of me", "challenge", ["unclear-role"], []],
    ["I want to move into product", "motivation", ["product-management"], []],
    ["I'm fine with the workload", "challenge", [], ["workload"]],
    ["the new leadership team reorganised us twice this year", "challenge", ["change-fatigue"], ["leadership"]],
    ["the onboarding program was messy", "challenge", ["onboarding"], ["programming"]],
  ])("%j (%s)", (text, kind, want, not) => {
    const keys = keysOf(text, kind);
    expect(keys).toEqual(expect.arrayContaining([...want]));
    for (const key of not) expect(keys).not.toContain(key);
  });
});

describe("first-person statements, written before the reader saw them", () => {
  it.each<[string, Kind, string]>([
    ["I would love more flexibility in my hours", "motivation", "flexibility"],
    ["My team lead takes credit for my work", "challenge", "lack-of-recognition"],
    ["I'm not sure where my career is heading", "challenge", "unclear-career-path"],
    ["I want to get better at presenting to executives", undefined, "presentation-skills"],
    ["Too many emails and Slack messages", "challenge", "information-overload"],
    ["I don't have time for training", "challenge", "no-learning-time"],
    ["My salary hasn't gone up in three years", "challenge", "pay-dissatisfaction"],
    ["I'd like to learn data analysis", undefined, "data-analysis"],
    ["I feel burned out", "challenge", "workload"],
    ["The reorg made everything chaotic", "challenge", "change-fatigue"],
    ["I'm happy with my pay", "motivation", "income"],
    ["Working from home is great, but I miss my team", "challenge", "remote-isolation"],
    ["I'm the only woman on my team and feel left out", "challenge", "inclusion"],
    ["My manager is great", "motivation", "manager-relationship"],
    ["I want to become a product manager", undefined, "product-management"],
    ["I hate my commute", "challenge", "commute"],
    ["I struggle with work-life balance", "challenge", "work-life-balance"],
    ["I'm afraid of losing my job", "challenge", "job-insecurity"],
    ["I get no recognition for what I do", "challenge", "lack-of-recognition"],
    ["I want more responsibility", "motivation", "growth"],
    ["My boss watches everything I do", "challenge", "micromanagement"],
    ["I can't focus with all the noise in the office", "challenge", "interruptions"],
    ["I want to mentor junior colleagues", "motivation", "helping-others"],
    ["I'm bored, my tasks are always the same", "challenge", "boredom"],
  ])("%j (%s) reads %s", (text, kind, key) => {
    expect(keysOf(text, kind)).toContain(key);
  });
});
