import { describe, expect, it } from "vitest";
import { createRecommender, planToHtml, timelineSvg, type Profile } from "../src/index";
import { EN } from "../src/i18n/en";
import { de } from "../src/lang/de";

const asOf = "2026-01-05";
const recommender = createRecommender();

/** What the four have in common: a lead, rated low on delegation by others and high by themself, with the same limits. */
const SAME = {
  level: "lead",
  feedback: [
    { competency: "Delegation", rater: "self", score: 4 },
    { competency: "Delegation", rater: "manager", raterId: "m1", score: 2 },
    { competency: "Delegation", rater: "peer", raterId: "p1", score: 2 },
  ],
  constraints: { hoursPerWeek: 3, budget: { amount: 1500, currency: "EUR" } },
  askedAt: "2025-12-15",
} as const satisfies Profile;

/** One employee per language, written as colleagues there would write it, with 360° ratings and limits. */
const PEOPLE: Readonly<Record<"en" | "es" | "fr" | "de", Profile>> = {
  en: {
    id: "maya",
    language: "en",
    role: "Team Lead",
    motivations: ["I want to grow into a manager role", "public speaking is not a problem for me"],
    challenges: ["too many meetings, I never get real work done", "I can't say no to anyone"],
    goals: [{ text: "run our quarterly planning on my own", horizon: "short" }],
    ...SAME,
  },
  es: {
    id: "lucia",
    language: "es",
    role: "Jefa de equipo",
    motivations: ["quiero crecer y llegar a dirigir un equipo", "hablar en público no es un problema para mí"],
    challenges: ["demasiadas reuniones, no me da la vida", "no sé decir que no a nadie"],
    goals: [{ text: "llevar yo sola la planificación trimestral", horizon: "short" }],
    ...SAME,
  },
  fr: {
    id: "camille",
    language: "fr",
    role: "Cheffe d'équipe",
    motivations: ["j'aimerais évoluer vers un poste de manager", "parler en public, ce n'est pas un problème pour moi"],
    challenges: ["trop de réunions, je n'avance pas sur mes dossiers", "je n'arrive pas à dire non"],
    goals: [{ text: "piloter seule la planification trimestrielle", horizon: "short" }],
    ...SAME,
  },
  de: {
    id: "jonas",
    language: "de",
    role: "Teamleiter",
    motivations: ["Ich möchte mich zur Führungskraft weiterentwickeln", "Präsentieren ist kein Problem für mich"],
    challenges: ["zu viele Meetings, ich komme zu nichts", "Ich kann einfach nicht nein sagen"],
    goals: [{ text: "die Quartalsplanung selbstständig leiten", horizon: "short" }],
    ...SAME,
  },
};

/** Every sentence a person reads in a plan. */
function sentencesOf(plan: ReturnType<typeof recommender.recommend>): string[] {
  return [
    ...plan.items.map((item) => item.explanation),
    ...plan.questions.flatMap((q) => [q.text, q.why]),
    ...plan.warnings.map((w) => w.message),
  ];
}

describe("one whole plan per language", () => {
  it.each(Object.keys(PEOPLE) as Array<keyof typeof PEOPLE>)("%s", (code) => {
    const plan = recommender.recommend(PEOPLE[code], { asOf });
    expect(plan).toMatchSnapshot();
  });

  it.each(["es", "fr", "de"] as const)("%s: no sentence is left in English, and the employee's words are quoted as written", (code) => {
    const plan = recommender.recommend(PEOPLE[code], { asOf });
    const english = new Set<string>(Object.values(EN));
    const sentences = sentencesOf(plan);
    expect(sentences.length).toBeGreaterThan(3);
    for (const sentence of sentences) expect(english.has(sentence), sentence).toBe(false);
    for (const need of plan.needs.filter((n) => n.type !== "feedback")) {
      const said = [...(PEOPLE[code].motivations ?? []), ...(PEOPLE[code].challenges ?? []), ...(PEOPLE[code].goals ?? []).map((g) => (typeof g === "string" ? g : g.text))];
      expect(said).toContain(need.source);
    }
  });

  it.each(["es", "fr", "de"] as const)("%s: the statement said to be fine is noted, never planned for", (code) => {
    const plan = recommender.recommend(PEOPLE[code], { asOf });
    expect(plan.fine.map((f) => f.key)).toContain("public-speaking");
    expect(plan.needs.map((n) => n.key)).not.toContain("public-speaking");
  });

  it("the page and the timeline speak the plan's language", () => {
    const plan = recommender.recommend(PEOPLE.de, { asOf });
    const html = planToHtml(plan);
    expect(html).toContain('lang="de"');
    const svg = timelineSvg(plan);
    for (const kind of new Set(plan.items.map((item) => item.kind))) expect(svg).toContain(de.messages![`kind.${kind}`]!);
  });
});
