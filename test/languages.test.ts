import { describe, expect, it } from "vitest";
import { createRecommender as createCore } from "../src/core";
import { createRecommender, defaultCatalog, defaultTaxonomy, ValidationError } from "../src/index";
import { de } from "../src/lang/de";
import { es } from "../src/lang/es";
import { fr } from "../src/lang/fr";
import { createMatcher } from "../src/needs/matcher";
import { parseTaxonomy } from "../src/validate/parse";

const asOf = "2026-01-05";
const all = createRecommender();
const matcher = createMatcher(parseTaxonomy(defaultTaxonomy), { languages: [es, fr, de] });
const keysOf = (profile: object, options: object = {}) => all.recommend(profile, { asOf, ...options }).needs.map((n) => n.key);

/** The keys a plan reads or offers in a question's options. */
const readOrAsked = (plan: ReturnType<typeof all.recommend>) => [...plan.needs.map((n) => n.key), ...plan.questions.flatMap((q) => (q.options ?? []).map((o) => o.key))];

describe("a state wished for, in every language", () => {
  // A goal to be good at something or at ease with it names that need; it is no note that the writer already is.
  it.each([
    ["es", "ser bueno negociando", "negotiation"],
    ["es", "me gustaría sentirme cómodo hablando en público", "public-speaking"],
    ["fr", "être à l'aise avec Excel", "excel"],
    ["de", "gut im Verhandeln werden", "negotiation"],
  ] as const)("%s: %j names %s", (language, text, key) => {
    const plan = all.recommend({ language, goals: [text] }, { asOf });
    expect(readOrAsked(plan)).toContain(key);
    expect(plan.fine).toEqual([]);
  });

  it("notes the strength a goal names before its aim", () => {
    const plan = all.recommend({ language: "es", goals: ["Hablar en público ya lo tengo dominado; ahora quiero aprender a liderar un equipo."] }, { asOf });
    expect(plan.needs.map((n) => n.key)).not.toContain("public-speaking");
  });

  it("reads work a manager never recognises as the lack of recognition, its negation confirming it", () => {
    const text = "Mon chef ne reconnaît jamais mon travail";
    const plan = all.recommend({ language: "fr", challenges: [text] }, { asOf });
    expect(plan.needs.map((n) => n.key)).toContain("lack-of-recognition");
    expect(plan.fine).toEqual([]);
  });

  it.each([
    ["es", "prefiero no viajar tanto", "business-travel"],
    ["fr", "je préférerais ne pas être d'astreinte", "on-call-duty"],
  ] as const)("%s: a preference not to is the trouble, not a note: %j", (language, text, key) => {
    const plan = all.recommend({ language, challenges: [text] }, { asOf });
    expect(readOrAsked(plan)).toContain(key);
    expect(plan.fine.map((f) => f.key)).not.toContain(key);
  });
});

describe("language packs", () => {
  it.each([
    ["es", es],
    ["fr", fr],
    ["de", de],
  ] as const)("%s phrases every key of the built-in taxonomy at least six ways", (_code, pack) => {
    for (const entry of defaultTaxonomy.entries) {
      const said = pack.needs[entry.key];
      expect(said, `${pack.code}: ${entry.key}`).toBeDefined();
      expect(said!.synonyms.length, `${pack.code}: ${entry.key}`).toBeGreaterThanOrEqual(6);
    }
  });

  it("are valid as a taxonomy's own languages: one file can carry them", () => {
    expect(() => parseTaxonomy({ ...defaultTaxonomy, languages: [es, fr, de] })).not.toThrow();
  });

  it("refuses a pack naming a key the taxonomy does not have, with the path", () => {
    const bad = { ...de, needs: { ...de.needs, "no-such-key": { label: "Nichts", synonyms: ["gar nichts"] } } };
    try {
      createCore({ catalog: defaultCatalog, taxonomy: defaultTaxonomy, languages: [bad] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues[0]!.path).toEqual(["languages", 0, "needs", "no-such-key"]);
    }
  });

  it("refuses a pack without reading rules, naming the field", () => {
    const { reading: _, ...bare } = de;
    const build = () => createCore({ catalog: defaultCatalog, taxonomy: defaultTaxonomy, languages: [bare as never] });
    expect(build).toThrow(ValidationError);
    try {
      build();
    } catch (error) {
      expect((error as ValidationError).issues.map((i) => i.path.join("."))).toContain("languages.0.reading");
    }
  });
});

describe("which language a statement is in", () => {
  it.each([
    ["quiero aprender a liderar un equipo", "es"],
    ["j'ai trop de réunions", "fr"],
    ["Ich möchte besser präsentieren", "de"],
    ["I freeze when I present", "en"],
    ["la charge de travail est énorme depuis la réorganisation", "fr"],
    ["mi jefe nunca me da feedback", "es"],
    ["mein Chef gibt mir nie Feedback", "de"],
    // A lone letter is no French elision without its apostrophe.
    ["Programming in C", "en"],
    ["Data analysis in R", "en"],
    ["c'est trop de réunions", "fr"],
    // One function word of another language is thin evidence: the surest reading decides. French "car" is "because",
    // Spanish "etc" a marker; "le" is French and Spanish.
    ["Good pay, company car, free snacks.", "en"],
    ["Company car", "en"],
    ["Perks: a gym, free snacks, etc.", "en"],
    ["Le salaire", "fr"],
    ["Kein Feedback", "de"],
    ["Sin feedback", "es"],
    ["Zu viele Meetings", "de"],
  ])("%s → %s", (text, code) => {
    expect(matcher.languageOf(text)).toBe(code);
  });

  it("a statement with no function words is read in the profile's language", () => {
    expect(matcher.localized({ language: "de" }).languageOf("Zeitmanagement")).toBe("de");
    expect(matcher.localized({ language: "es" }).languageOf("teletrabajo")).toBe("es");
  });
});

describe("reading in each language", () => {
  it.each([
    ["es", "quiero aprender a liderar un equipo", ["leadership", "leadership-ambition", "people-management"]],
    ["fr", "j'ai trop de réunions", ["meeting-overload"]],
    ["de", "Ich möchte besser präsentieren", ["public-speaking", "presentation-skills"]],
  ])("%s: %s", (language, text, accepted) => {
    const read = keysOf({ language, goals: [text] }).concat(keysOf({ language, challenges: [text] }));
    expect(read.filter((key) => accepted.includes(key))).not.toEqual([]);
  });

  it.each([
    ["es", "muchas horas extra y salario bajo"],
    ["es", "salario bajo y muchas horas extra"],
    ["de", "viele Überstunden und niedriges Gehalt"],
    ["de", "niedriges Gehalt und viele Überstunden"],
  ])("%s: “%s” complains of both, the “low” only of the pay", (language, text) => {
    const reader = matcher.localized({ language });
    expect(reader.match(text, 0.62, "challenge").map((m) => m.key)).toEqual(expect.arrayContaining(["overtime", "pay-dissatisfaction"]));
    expect(reader.fine(text, "challenge")).toEqual([]);
  });

  it.each([
    ["es", "Con los rumores de cierre no duermo bien", "stress"],
    ["es", "No duermo bien desde que hay rumores de despidos", "stress"],
  ])("%s: “%s” is %s: the praise after the phrasing's own negation is denied with it", (language, text, key) => {
    const reader = matcher.localized({ language });
    expect(reader.match(text, 0.62, "challenge").map((m) => m.key)).toContain(key);
    expect(reader.fine(text, "challenge")).not.toContain(key);
  });

  it("es: a negation far from a need turns its judging word, which is then no praise of that need", () => {
    // "bien" is the sleep's, denied: the layoffs are not said to be fine.
    const reader = matcher.localized({ language: "es" });
    expect(reader.match("No duermo bien desde que hay despidos", 0.62, "challenge").map((m) => m.key)).toContain("stress");
    expect(reader.fine("No duermo bien desde que hay despidos", "challenge")).not.toContain("job-insecurity");
  });

  it.each(["trop d'heures sup", "beaucoup d'heures supp"])("fr: an idiom after an elided word is still read (“%s”)", (text) => {
    expect(matcher.localized({ language: "fr" }).match(text, 0.62, "challenge").map((m) => m.key)).toContain("overtime");
  });

  it.each([
    ["es", "challenges", "hablar en público no es un problema para mí", "public-speaking"],
    ["es", "challenges", "no me importa viajar", "business-travel"],
    ["fr", "challenges", "parler en public, ce n'est pas un problème pour moi", "public-speaking"],
    ["fr", "challenges", "les déplacements ne me dérangent pas", "business-travel"],
    ["de", "challenges", "Präsentieren ist kein Problem für mich", "public-speaking"],
    ["de", "challenges", "Dienstreisen machen mir nichts aus", "business-travel"],
    // the everyday words for "no trouble here" and "not for me", beyond "X is no problem"
    ["en", "challenges", "Travelling for work doesn't bother me.", "business-travel"],
    ["en", "challenges", "Not worried about layoffs at all.", "job-insecurity"],
    ["en", "challenges", "Being on call never fazed me.", "on-call-duty"],
    ["es", "challenges", "Las reuniones las tengo controladas.", "meeting-overload"],
    ["fr", "challenges", "Les déplacements, ça va.", "business-travel"],
    ["fr", "challenges", "Les astreintes : RAS.", "on-call-duty"],
    ["de", "challenges", "Feedback krieg ich genug.", "lack-of-feedback"],
    ["de", "goals", "Einen Excel-Kurs? Nein danke.", "excel"],
  ] as const)("%s %s: “%s” is no %s need, and is noted as fine", (language, field, text, key) => {
    const plan = all.recommend({ language, [field]: [text] }, { asOf });
    expect(plan.needs.map((n) => n.key)).not.toContain(key);
    expect(plan.fine.map((f) => f.key)).toContain(key);
  });

  it.each([
    // The verdict's own words are also a trouble's phrasing ("on me dérange" for interruptions, "me agobia" for stress).
    ["fr", "les déplacements ne me dérangent pas", ["business-travel"]],
    ["es", "No me agobian las reuniones", ["meeting-overload"]],
    ["de", "Überstunden stressen mich nicht", ["overtime"]],
    // Said alone, the verdict is the note; beside something good that goes either way, the trouble named is one too.
    ["es", "No me agobia", ["stress"]],
    ["es", "Trabajar en remoto no me aísla nada", ["flexibility", "remote-isolation"]],
  ] as const)("%s: “%s” notes only what it says is no trouble, not the words that say so", (language, text, keys) => {
    expect(all.recommend({ language, challenges: [text] }, { asOf }).fine.map((f) => f.key)).toEqual(keys);
  });

  it.each([
    ["es", "goals", "Aprender a hablar en público sin nervios", "public-speaking"],
    ["es", "goals", "Gestionar expectativas con los clientes sin quemarme", "stakeholder-management"],
    ["fr", "goals", "Prendre la parole en réunion sans perdre mes moyens", "public-speaking"],
    ["es", "motivations", "Estar sano y no llevarme el trabajo a casa", "work-life-balance"],
  ] as const)("%s %s: “%s” is an aim (%s) with the trouble it would be free of, not a note that the trouble is none", (language, field, text, key) => {
    const plan = all.recommend({ language, [field]: [text] }, { asOf });
    expect(plan.needs.map((n) => n.key)).toContain(key);
    expect(plan.fine).toEqual([]);
  });

  // Forms of denial beyond "X is no problem": each is read the same way in every language.
  it.each([
    // "neither … nor": the whole clause is denied, a judging verb in it turned
    ["en", "challenges", "neither the travel nor the hours bother me", ["business-travel", "overtime"]],
    ["es", "challenges", "ni los viajes ni el horario me molestan", ["business-travel"]],
    ["fr", "challenges", "ni les déplacements ni les astreintes ne me dérangent", ["business-travel", "on-call-duty"]],
    ["de", "challenges", "weder die Dienstreisen noch die Rufbereitschaft stören mich", ["business-travel", "on-call-duty"]],
    // a comment whose first word denies its topic
    ["en", "challenges", "Overtime? Never, to be honest.", ["overtime"]],
    ["es", "challenges", "¿Horas extra? Nunca, la verdad.", ["overtime"]],
    ["fr", "challenges", "Les heures sup ? Jamais, franchement.", ["overtime"]],
    // a negation ending its clause refuses what was just said
    ["es", "goals", "Un curso de Excel no, gracias.", ["excel"]],
    // a need or wish denied, the negation before or (German) after the verb
    ["es", "goals", "No necesito un curso de Excel.", ["excel"]],
    ["fr", "goals", "Je n'ai pas besoin d'une formation Excel.", ["excel"]],
    ["de", "goals", "Einen Excel-Kurs brauche ich wirklich nicht.", ["excel"]],
    ["de", "motivations", "Eine Führungsrolle strebe ich nicht an.", ["leadership-ambition"]],
    // German: the negation after the judging verb, small words between
    ["de", "challenges", "Die Rufbereitschaft stört mich kein bisschen.", ["on-call-duty"]],
    // a phrase of indifference with small words inside it
    ["fr", "motivations", "Les titres, ça m'est un peu égal.", ["growth", "recognition"]],
    // what moves people, praised among what holds someone back
    ["en", "challenges", "my salary is good", ["income", "pay-dissatisfaction"]],
    ["de", "challenges", "Mein Gehalt ist gut.", ["income", "pay-dissatisfaction"]],
    // a refusal is no scarcity: "Manager ? Non merci" wants no lead role and no recognition
    ["fr", "challenges", "Manager ? Non merci, je veux rester au poste.", ["leadership-ambition", "recognition", "lack-of-recognition"]],
    // the writer's own indifference, with a pronoun that folds into an article ("él", "el") before it
    ["es", "challenges", "La seguridad en el empleo no me preocupa.", ["security", "job-insecurity"]],
    ["en", "motivations", "Management doesn't interest me.", ["senior-leadership", "leadership-ambition"]],
    // a phrasing that praises by itself ("good pay", "pays well"), said among challenges
    ["en", "challenges", "It pays well.", ["pay-dissatisfaction"]],
    ["es", "challenges", "Me pagan bien.", ["pay-dissatisfaction"]],
    ["de", "challenges", "Die Rufbereitschaft wird gut bezahlt.", ["pay-dissatisfaction"]],
    // a topic said to be no trouble is no need the other way round either
    ["fr", "challenges", "Le salaire, ça va.", ["income", "pay-dissatisfaction"]],
    // the comment first, then after a comma the clause it is about, as German grammar writes it
    ["de", "motivations", "Mir ist egal, ob ich gesehen werde.", ["recognition"]],
    ["de", "motivations", "Es ist mir egal, ob ich einen Titel habe.", ["growth", "recognition"]],
    ["de", "challenges", "Es macht mir nichts aus, Überstunden zu machen.", ["overtime"]],
    ["de", "challenges", "Es stört mich nicht, viel zu reisen.", ["business-travel"]],
    ["de", "challenges", "Ich habe kein Problem damit, vor Leuten zu sprechen.", ["public-speaking"]],
    ["fr", "motivations", "Je m'en fiche, d'être reconnu.", ["recognition"]],
    ["fr", "challenges", "Ça ne me dérange pas, de parler en public.", ["public-speaking"]],
    ["en", "motivations", "Money isn't everything.", ["income"]],
    ["en", "motivations", "Working from home? Couldn't care less about it.", ["flexibility"]],
    ["de", "motivations", "Teamleiter werden? Nee, lass mal.", ["leadership-ambition"]],
    // a trouble named first and denied right after it ("Estrés no tengo"), also before a comment
    ["es", "challenges", "Conflictos con el equipo no tengo.", ["conflict"]],
    ["es", "challenges", "Estrés no tengo, llevo bien el ritmo.", ["stress"]],
    ["es", "challenges", "Las horas extra no son tema aquí.", ["overtime"]],
    ["es", "challenges", "¿Aburrirme? Qué va.", ["boredom"]],
    // a longer topic takes a comment that says it does not matter
    ["de", "goals", "Ob ich mal Abteilungsleiter werde, ist mir ziemlich egal.", ["leadership-ambition"]],
    // spoken French drops the "ne"; "komme ich zurecht" copes
    ["fr", "challenges", "Les clients pénibles, ça me fait pas peur.", ["difficult-stakeholders"]],
    ["de", "challenges", "Mit schwierigen Kunden komme ich zurecht.", ["difficult-stakeholders"]],
  ] as const)("%s %s: “%s” yields none of %j", (language, field, text, keys) => {
    const found = keysOf({ language, [field]: [text] });
    for (const key of keys) expect(found).not.toContain(key);
  });

  it.each([
    // the same shapes, not denied, still read as needs
    ["es", "challenges", "los viajes y el horario me molestan", "business-travel"],
    ["de", "challenges", "Die Rufbereitschaft stört mich sehr.", "on-call-duty"],
    ["es", "challenges", "Ni formación ni plan de carrera.", "lack-of-training"],
    ["en", "challenges", "I want more recognition", "lack-of-recognition"],
    ["fr", "challenges", "Les heures sup ? Tous les soirs, et jamais payées.", "overtime"],
    // look-alikes of the words of no trouble: a negation beside them, or an idiom of their own
    ["en", "challenges", "Travelling for work bothers me.", "business-travel"],
    ["fr", "challenges", "Avec mon chef, ça va mal.", "manager-relationship"],
    ["fr", "challenges", "Mon salaire est au ras des pâquerettes.", "pay-dissatisfaction"],
    // something good said to be scarce, among troubles, is missing rather than refused
    ["en", "challenges", "Career growth is limited.", "stagnation"],
    ["en", "challenges", "Training is a bit lacking.", "lack-of-training"],
    ["fr", "challenges", "La formation est insuffisante.", "lack-of-training"],
    ["en", "challenges", "Decent training is non-existent.", "lack-of-training"],
    // praise of the past says it is gone
    ["en", "challenges", "The salary used to be good.", "pay-dissatisfaction"],
    // someone else's indifference is a complaint, not the writer's indifference
    ["en", "challenges", "They don't really care about their employees.", "workplace-culture"],
    ["en", "challenges", "The bosses here clearly don't care about their staff.", "senior-leadership"],
    // "Leadership" is the company's senior leadership, as the taxonomy's "executives don't care about employees" says.
    ["en", "challenges", "Leadership doesn't care about employees.", "senior-leadership"],
    // praise turned by the word before it ("moins bien payé") is no praise alone
    ["fr", "challenges", "Je suis moins bien payé que les autres.", "pay-dissatisfaction"],
    ["en", "challenges", "I am less well paid than others in the same role.", "pay-dissatisfaction"],
    ["de", "challenges", "Ich werde weniger gut bezahlt als die anderen.", "pay-dissatisfaction"],
    ["de", "challenges", "Mit meinem Chef, das passt einfach nicht.", "manager-relationship"],
    // after something said to be no trouble, a phrase that turns to what is meant keeps the need it names, as "but" does
    ["en", "challenges", "I'm ok with the workload, it's the total lack of feedback that gets to me.", "lack-of-feedback"],
    ["es", "challenges", "El sueldo está bien. Lo que me falta es feedback de mi jefe.", "lack-of-feedback"],
    ["fr", "challenges", "Le salaire, ça va. Ce qui me pèse, c'est le manque de retours.", "lack-of-feedback"],
    ["de", "motivations", "Titel und Dienstwagen sind mir wurscht, Hauptsache die Leute um mich rum sind korrekt und fair.", "workplace-culture"],
    ["de", "motivations", "Firmenauto brauch ich nicht. Wichtiger ist mir, dass ich bei Entscheidungen mitreden darf.", "influence"],
    ["en", "motivations", "I don't care about titles. The main thing is a manager who listens.", "manager-relationship"],
    ["en", "challenges", "The recognition thing doesn't matter much to me. I just want to know what the priorities actually are.", "unclear-priorities"],
    ["en", "challenges", "Medical jargon isn't a problem, I picked it up fast. What I struggle with is tracking all the insurance rules that change every quarter.", "change-fatigue"],
    // a topic's comment ends with its sentence: what the next one names is meant
    ["de", "challenges", "Vor dem Vorstand präsentieren? Kein Thema. Was mir fehlt, ist eine klare Perspektive, wie es für mich hier weitergeht.", "unclear-career-path"],
    ["fr", "challenges", "Les réunions, chez nous, elles sont utiles. Ce qui me manque, c'est du temps pour me former.", "no-learning-time"],
    ["en", "challenges", "My workload's manageable, no complaints. What I'd love is a bit more feedback on how I'm tracking.", "lack-of-feedback"],
    // a trouble named by the good thing it lacks: a negation or a "zero" confirms it
    ["en", "challenges", "No morale at all.", "low-motivation"],
    ["en", "challenges", "Morale is zero.", "low-motivation"],
    ["de", "challenges", "Arbeitsmoral: keine.", "low-motivation"],
    // a need that is itself an absence in the taxonomy's language is one in every language: a negation confirms it
    ["de", "challenges", "Keiner weiß, was eigentlich meine Aufgabe ist. Ich mach halt alles ein bisschen.", "unclear-role"],
    ["fr", "challenges", "Pas de problème avec mon manager. En revanche, aucune visibilité sur mon prochain grade.", "unclear-career-path"],
    // "liegt mir nicht": a skill that does not suit the writer, not one said to be no trouble
    ["de", "challenges", "Netzwerken liegt mir nicht.", "networking"],
    // a wish whose comment goes on past its negation says what it is not, not that it is no wish
    ["es", "motivations", "Crecer profesionalmente, no quedarme donde estoy.", "growth"],
    ["de", "goals", "Strategischer denken, nicht nur von Ticket zu Ticket.", "strategic-thinking"],
    // too much of one thing, too little of another: two complaints, not a topic and its comment
    ["de", "challenges", "Zu viele Meetings, zu wenig Zeit fürs eigentliche Arbeiten.", "meeting-overload"],
    // praise first, then what is praised: a wish, not a trouble said to be none
    ["de", "motivations", "Es macht mir Spaß, neuen Kollegen zu helfen.", "helping-others"],
    // only a comma joins a comment to what follows: after a full stop, a new statement
    ["de", "motivations", "Mehr Geld wär nett, ist mir aber nicht so wichtig. Ich will vor allem was dazulernen.", "learning"],
    // too much of one thing, then what it leaves too little of, in French
    ["fr", "challenges", "Trop de réunions, pas assez de temps pour avancer.", "meeting-overload"],
    // a part going on with "and", or turning the sense without a comma, says something new rather than commenting
    ["de", "challenges", "Befristet bis März, und niemand sagt mir, ob es weitergeht.", "job-insecurity"],
    ["fr", "challenges", "Aucun souci avec les horaires, le problème c'est les réunions à rallonge.", "meeting-overload"],
    // a good thing denied in its comment, among troubles, is missing
    ["de", "challenges", "Gehaltserhöhung? Seit Jahren nix.", "pay-dissatisfaction"],
    // a negation at the end of a longer thought does not deny the topic at its start
    ["es", "challenges", "Con tantos cambios de prioridades no termino nada.", "unclear-priorities"],
    // nor a negation that completes one said before the topic
    ["es", "challenges", "No sé decir que no a nadie.", "setting-boundaries"],
  ] as const)("%s %s: “%s” is still %s", (language, field, text, key) => {
    const plan = all.recommend({ language, [field]: [text] }, { asOf });
    // Read, or read too unsure to list and asked about with the need as the closest key: never taken for no trouble.
    const offered = plan.unmatched.find((u) => u.source === text)?.closest?.key;
    expect([...plan.needs.map((n) => n.key), offered]).toContain(key);
    expect(plan.fine.map((f) => f.key)).not.toContain(key);
  });

  it("“personne ne me dit rien” is nobody telling, not the writer's indifference (“ça ne me dit rien”)", () => {
    const plan = all.recommend({ language: "fr", challenges: ["CDD, personne ne me dit rien."] }, { asOf });
    expect(plan.fine.map((f) => f.key)).not.toContain("org-communication");
    const indifferent = all.recommend({ language: "fr", goals: ["Devenir manager, ça ne me dit rien."] }, { asOf });
    expect(indifferent.needs.map((n) => n.key)).not.toContain("leadership-ambition");
  });

  it("“not present” is absent, not a talk said to be no trouble", () => {
    const plan = all.recommend({ challenges: ["Room to grow is not present here."] }, { asOf });
    expect(plan.fine.map((f) => f.key)).not.toContain("public-speaking");
    expect(plan.needs.map((n) => n.key)).toContain("stagnation");
  });

  it("“they don't bother to ask” is no trouble said to be none", () => {
    const plan = all.recommend({ challenges: ["Management doesn't bother to ask us before changing the rota."] }, { asOf });
    expect(plan.fine).toEqual([]);
    expect(plan.needs).not.toEqual([]);
  });

  it("reads a mixed profile statement by statement", () => {
    const keys = keysOf({ language: "en", challenges: ["I freeze when I present", "tengo demasiadas reuniones"], motivations: ["Ich will mehr verdienen"] });
    expect(keys).toEqual(expect.arrayContaining(["public-speaking", "meeting-overload", "income"]));
  });

  it("a core recommender reads only the languages it is given", () => {
    const english = createCore({ catalog: defaultCatalog, taxonomy: defaultTaxonomy });
    const german = createCore({ catalog: defaultCatalog, taxonomy: defaultTaxonomy, languages: [de] });
    const profile = { language: "de", challenges: ["zu viele Überstunden"] };
    expect(english.recommend(profile, { asOf }).needs).toEqual([]);
    expect(german.recommend(profile, { asOf }).needs.map((n) => n.key)).toContain("overtime");
  });
});

describe("the plan's language", () => {
  it("labels needs in the profile's language, and quotes the employee's own words", () => {
    const plan = all.recommend({ language: "de", challenges: ["Ich habe Angst vor Präsentationen"] }, { asOf });
    const need = plan.needs.find((n) => n.key === "public-speaking")!;
    expect(need.label).toBe(de.needs["public-speaking"]!.label);
    expect(need.source).toBe("Ich habe Angst vor Präsentationen");
  });

  it("options.locale wins over the profile's language", () => {
    const plan = all.recommend({ language: "de", challenges: ["Ich habe Angst vor Präsentationen"] }, { asOf, locale: "fr" });
    expect(plan.needs.find((n) => n.key === "public-speaking")!.label).toBe(fr.needs["public-speaking"]!.label);
  });

  it("a language the recommender does not speak is one ValidationError on options.locale", () => {
    expect(() => all.recommend({ challenges: ["I freeze when I present"] }, { asOf, locale: "it" })).toThrow(ValidationError);
    const result = all.safeRecommend({ challenges: ["I freeze when I present"] }, { asOf, locale: "it" });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues[0]!.path).toEqual(["locale"]);
  });

  it("a profile language with no pack falls back to the taxonomy's: the plan is still made", () => {
    const plan = all.recommend({ language: "it", challenges: ["I freeze when I present"] }, { asOf });
    expect(plan.needs.map((n) => n.key)).toContain("public-speaking");
  });
});

describe("importing courses in other languages", () => {
  const rows = [
    { id: "es-1", title: "Hablar en público sin miedo", skills: "oratoria, presentaciones", language: "Español", duration: "4 semanas" },
    { id: "fr-1", title: "Gérer son temps et ses priorités", language: "Français" },
    { id: "de-1", title: "Konflikte im Team lösen", language: "Deutsch" },
    { id: "de-2", title: "Excel für Einsteiger", language: "de" },
    { id: "es-2", title: "Historia del arte medieval", language: "Español" },
  ];

  it("tags Spanish, French and German titles with the same reading, and leaves other subjects untagged", async () => {
    const { importCatalog } = await import("../src/index");
    const { catalog, report } = importCatalog(rows, { defaults: { currency: "EUR" } });
    const keysOf = (id: string) => catalog.find((item) => item.id === id)?.addresses.map((a) => (typeof a === "string" ? a : a.key)) ?? [];
    expect(keysOf("fr-1")).toContain("time-management");
    expect(keysOf("de-1")).toContain("conflict");
    expect(keysOf("de-2")).toContain("excel");
    expect(report.leftOut.map((row) => row.title)).toContain("Historia del arte medieval");
    // The Spanish title is read as public speaking. The learned tagging weighs its skill "presentaciones" towards
    // presentation skills and leaves the row just under its lowest band (BENCHMARKS.md, "Twenty-one more providers"):
    // then the report names it, with public speaking as the closest key, and the phrasings alone tag it.
    const es1 = catalog.find((item) => item.id === "es-1");
    if (es1) {
      expect(keysOf("es-1")).toContain("public-speaking");
      expect(es1.language).toBe("es");
    } else expect(report.leftOut.find((row) => row.title === rows[0]!.title)?.closest?.key).toBe("public-speaking");
    const alone = importCatalog(rows, { defaults: { currency: "EUR" }, learned: false });
    expect(alone.catalog.find((item) => item.id === "es-1")?.addresses.map((a) => (typeof a === "string" ? a : a.key))).toContain("public-speaking");
    expect(alone.catalog.find((item) => item.id === "es-1")?.language).toBe("es");
  }, 30_000);

  it("a core importer reads only the languages it is given", async () => {
    const { importCatalog } = await import("../src/import/index");
    const plain = importCatalog([rows[2]!], { taxonomy: defaultTaxonomy });
    const german = importCatalog([rows[2]!], { taxonomy: defaultTaxonomy, languages: [de] });
    expect(plain.catalog).toEqual([]);
    expect(german.catalog[0]?.addresses.map((a) => (typeof a === "string" ? a : a.key))).toContain("conflict");
  }, 30_000);
});
