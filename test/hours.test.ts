import { describe, expect, it } from "vitest";
import { defaultTaxonomy } from "../src/index";
import { de } from "../src/lang/de";
import { es } from "../src/lang/es";
import { fr } from "../src/lang/fr";
import { ENGLISH_RULES } from "../src/needs/english";
import { compileHours } from "../src/needs/hours";
import { createMatcher } from "../src/needs/matcher";
import { normalizePhrase } from "../src/needs/normal";
import { parseTaxonomy } from "../src/validate/parse";

const matcher = createMatcher(parseTaxonomy(defaultTaxonomy), { languages: [es, fr, de] });
const keysIn = (language: string, text: string) =>
  matcher
    .localized({ language })
    .match(text, 0.5, "challenge")
    .map((m) => m.key);

const longHours = {
  en: compileHours(ENGLISH_RULES.hours),
  es: compileHours(es.reading.hours),
  fr: compileHours(fr.reading.hours),
  de: compileHours(de.reading.hours),
};

describe("hours said as numbers", () => {
  it.each([
    ["en", "I work 55 hours a week", "i work 60 hours a week"],
    ["en", "I work sixty hours a week", "i work 60 hours a week"],
    ["en", "50-70 hour weeks", "50 60 hour weeks"],
    ["en", "55hrs a week", "60 hrs a week"],
    ["en", "12hrs shifts", "12 hrs shifts"],
    ["en", "fourteen hour shifts", "12 hour shifts"],
    ["es", "trabajo sesenta horas a la semana", "trabajo 60 horas a la semana"],
    ["fr", "je bosse 55h par semaine", "je bosse 60 h par semaine"],
    ["fr", "des semaines de cinquante heures", "des semaines de 60 heures"],
    ["de", "wochenlang 14 Stunden Tage", "wochenlang 12 stunden tage"],
    ["de", "fünfzig Stunden pro Woche", "60 stunden pro woche"],
    // Numbers said in several words, or one word glued of several.
    ["en", "I work forty-five hours a week", "i work 60 hours a week"],
    ["en", "seventy two hour weeks", "60 hour weeks"],
    ["en", "a hundred hours a week", "a 60 hours a week"],
    ["en", "five twelve-hour shifts a week", "five 12 hour shifts a week"],
    ["es", "trabajo cuarenta y cinco horas a la semana", "trabajo 60 horas a la semana"],
    ["es", "semanas de cincuenta y cinco horas", "semanas de 60 horas"],
    ["es", "jornadas de catorce horas", "jornadas de 12 horas"],
    ["fr", "je fais cinquante-cinq heures par semaine", "je fais 60 heures par semaine"],
    ["fr", "soixante-dix heures par semaine", "60 heures par semaine"],
    ["fr", "nonante heures par semaine", "60 heures par semaine"],
    ["fr", "soixante et onze heures par semaine", "60 heures par semaine"],
    ["fr", "des journées de treize heures", "des journees de 12 heures"],
    ["de", "fünfundfünfzig Stunden pro Woche", "60 stunden pro woche"],
    ["de", "einundsechzig Stunden die Woche", "60 stunden die woche"],
    ["de", "dreizehn Stunden Schichten", "12 stunden schichten"],
  ] as const)("%s: %j is read as %j", (language, text, read) => {
    expect(longHours[language](normalizePhrase(text))).toBe(read);
  });

  it.each([
    // No week or day named: a course's length, a total.
    "a 45 hour course",
    "approximately 60 hours to complete",
    // A week or a day too short to be long hours.
    "I'd like to work 40 hours a week",
    "I spend two hours a day in the car",
    "11 hours a day at a desk",
    // A number that is no count of hours.
    "60 people in a week",
    // Under a long week, however many words it is said in.
    "thirty five hours a week",
    "forty hours a week",
    // A smaller number before a larger one is two numbers: two shifts of six hours.
    "two six hour shifts a week",
    // No working week: leave.
    "two weeks vacation, 160hrs",
  ])("%j is left as written", (text) => {
    const normal = normalizePhrase(text);
    expect(longHours.en(normal)).toBe(normal);
  });

  it("reads no hours in a language that names none", () => {
    const normal = normalizePhrase("I work 55 hours a week");
    expect(compileHours(undefined)(normal)).toBe(normal);
    expect(compileHours({ hour: [], week: ["week"], day: [] })(normal)).toBe(normal);
  });

  it.each([
    ["en", "I work 55 hours a week"],
    ["en", "I regularly do 50+ hours a week"],
    ["es", "trabajo sesenta horas a la semana"],
    ["es", "hago 50 horas semanales"],
    ["fr", "je bosse 55h par semaine"],
    ["fr", "on fait des semaines de cinquante heures"],
    ["de", "ich arbeite sechzig Stunden die Woche"],
    ["de", "wochenlang 14 Stunden Tage"],
    ["en", "I work forty-five hours a week"],
    ["es", "trabajo cuarenta y cinco horas a la semana"],
    ["fr", "je fais cinquante-cinq heures par semaine"],
    ["de", "ich arbeite fünfundfünfzig Stunden die Woche"],
  ])("%s: %j is overtime", (language, text) => {
    expect(keysIn(language, text)).toContain("overtime");
  });

  it("leaves hours that are no long week to what else the words say", () => {
    expect(keysIn("en", "I spend two hours a day in the car")).toEqual(["commute"]);
    expect(keysIn("en", "I'd like to work 40 hours a week")).not.toContain("overtime");
  });
});
