import { describe, expect, it } from "vitest";
import { EN as ENGINE } from "../src/i18n/en";
import { CALENDAR_EN } from "../src/calendar/messages";
import { CLI_EN } from "../src/cli/messages";
import { REQUESTS_EN } from "../src/requests/messages";
import { REVISE_EN } from "../src/revise/messages";
import { TEAM_EN } from "../src/team/messages";

/** Every English message, in every module's table: what each language pack must translate. */
const EN = { ...ENGINE, ...TEAM_EN, ...REVISE_EN, ...REQUESTS_EN, ...CALENDAR_EN, ...CLI_EN };
type MessageId = keyof typeof EN;
import { ENGLISH, list, localeFrom, num, quote, say, speaker } from "../src/i18n/say";
import { de } from "../src/lang/de";
import { es } from "../src/lang/es";
import { fr } from "../src/lang/fr";

/** Every built-in language pack's messages: a template missing in one fails here. */
const PACKS: ReadonlyArray<readonly [string, Readonly<Record<string, string>>]> = [
  ["es", es.messages ?? {}],
  ["fr", fr.messages ?? {}],
  ["de", de.messages ?? {}],
];

/**
 * Templates a language may write exactly as English does: nothing in them
 * but placeholders, punctuation and a unit.
 */
const SAME_AS_ENGLISH: Readonly<Record<string, readonly MessageId[]>> = {
  es: ["team.pair", "requests.why", "timeline.date", "timeline.weekHours", "cli.markdown.said"],
  fr: ["timeline.date"],
  de: ["team.pair", "requests.why", "cli.text.unsureNeed", "cli.markdown.said"],
};

const ids = Object.keys(EN) as MessageId[];

/** The parameter names a template uses, plain (`{name}`) or as a plural (`{n|one|other}`). */
function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)(?:\|[^{}|]*\|[^{}|]*)?\}/g)].map((m) => m[1]!))].sort();
}

describe("the message tables", () => {
  it("English has ids grouped by module, each a non-empty template whose braces all are placeholders", () => {
    for (const id of ids) {
      expect(id).toMatch(/^([a-z]+(\.[\w-]+)*|quote)$/);
      expect(EN[id].length).toBeGreaterThan(0);
      expect(EN[id].replace(/\{(\w+)(?:\|[^{}|]*\|[^{}|]*)?\}/g, "")).not.toMatch(/[{}]/);
    }
  });

  describe.each(PACKS)("%s", (code, messages) => {
    it("has every English id and no other", () => {
      expect(Object.keys(messages).filter((id) => !Object.hasOwn(EN, id))).toEqual([]);
      expect(ids.filter((id) => !Object.hasOwn(messages, id))).toEqual([]);
    });

    it("uses exactly the placeholders English does, each brace a placeholder", () => {
      const wrong = ids.filter((id) => JSON.stringify(placeholders(messages[id] ?? "")) !== JSON.stringify(placeholders(EN[id])));
      expect(wrong).toEqual([]);
      for (const id of ids) expect(messages[id]!.replace(/\{(\w+)(?:\|[^{}|]*\|[^{}|]*)?\}/g, ""), id).not.toMatch(/[{}]/);
    });

    it("leaves no English template untranslated by accident", () => {
      const same = ids.filter((id) => messages[id] === EN[id] && !SAME_AS_ENGLISH[code]!.includes(id));
      expect(same).toEqual([]);
      // The allow-list stays honest: each id on it is still the same as in English.
      for (const id of SAME_AS_ENGLISH[code]!) expect(messages[id]).toBe(EN[id]);
    });

    it("has twelve month names and a one-character decimal sign", () => {
      expect(messages["timeline.months"]!.split(" ")).toHaveLength(12);
      expect(messages["number.decimal"]).toHaveLength(1);
    });
  });
});

describe("say", () => {
  const german = localeFrom("de", de.messages ?? {});
  const french = localeFrom("fr", fr.messages ?? {});

  it("fills placeholders, leaving one it was not given visible", () => {
    expect(say(ENGLISH, "explain.neededBefore", { title: "“SQL basics”" })).toBe("Needed before “SQL basics”.");
    expect(say(ENGLISH, "question.support", {})).toBe("What kind of support would help you with {label}?");
  });

  it("never reads a parameter's own text as a template", () => {
    expect(say(ENGLISH, "explain.youSaid", { said: "“{label} costs $& and {n|a|b}”" })).toBe("you said “{label} costs $& and {n|a|b}”");
  });

  it("picks the form by the number, and writes the number for #", () => {
    expect(say(ENGLISH, "explain.hours", { n: 1, count: 1 })).toBe("1 hour");
    expect(say(ENGLISH, "explain.hours", { n: 2.5, count: 2.5 })).toBe("2.5 hours");
    expect(say(ENGLISH, "explain.hours", { n: 0, count: 0 })).toBe("0 hours");
    const sayTeam = speaker(TEAM_EN);
    expect(sayTeam(ENGLISH, "team.seats", { seats: 1, title: "“Excel”", people: 1 })).toBe("The only seat of “Excel” is taken; it would also have served 1 more person.");
    expect(sayTeam(ENGLISH, "team.seats", { seats: 12, title: "“Excel”", people: 3 })).toBe("All 12 seats of “Excel” are taken; it would also have served 3 more people.");
  });

  it("writes decimals with the language's sign, in plain placeholders and in #", () => {
    expect(say(german, "explain.hours", { n: 1.5, count: 1.5 })).toBe("1,5 Stunden");
    expect(say(german, "explain.hours", { n: 1, count: 1 })).toBe("1 Stunde");
    expect(num(german, 2, 1)).toBe("2,0");
    expect(num(ENGLISH, 2, 1)).toBe("2.0");
    expect(say(german, "question.raters.why", { raters: 2, min: 3 })).toBe(
      "Nur 2 weitere Personen haben Sie eingeschätzt; wir brauchen 3, bevor eine einzelne Stimme einen Plan prägen kann.",
    );
  });

  it("counts 0 and 1.5 as one in French, as French does", () => {
    expect(say(french, "explain.hours", { n: 0, count: 0 })).toBe("0 heure");
    expect(say(french, "explain.hours", { n: 1.5, count: 1.5 })).toBe("1,5 heure");
    expect(say(french, "explain.hours", { n: 2, count: 2 })).toBe("2 heures");
  });

  it("falls back to English, message by message, for what a language lacks", () => {
    const partial = localeFrom("xx", { "question.other": "Autre" });
    expect(say(partial, "question.other")).toBe("Autre");
    expect(say(partial, "question.level")).toBe(EN["question.level"]);
  });

  it("quotes in each language's marks and joins lists with its word for and/or", () => {
    expect(quote(ENGLISH, "too many meetings")).toBe("“too many meetings”");
    expect(quote(german, "zu viele Meetings")).toBe("„zu viele Meetings“");
    expect(quote(french, "trop de réunions")).toBe("«\u00a0trop de réunions\u00a0»");
    expect(list(ENGLISH, [])).toBe("");
    expect(list(ENGLISH, ["SQL"])).toBe("SQL");
    expect(list(ENGLISH, ["SQL", "Excel"])).toBe("SQL and Excel");
    expect(list(ENGLISH, ["SQL", "Excel", "Python"])).toBe("SQL, Excel and Python");
    expect(list(ENGLISH, ["SQL", "Excel"], "or")).toBe("SQL or Excel");
    expect(list(localeFrom("es", es.messages ?? {}), ["SQL", "Excel", "Python"])).toBe("SQL, Excel y Python");
    expect(list(german, ["SQL", "Excel"], "or")).toBe("SQL oder Excel");
  });

  it("builds a locale whose labels come from its own table, and English with none", () => {
    const spanish = localeFrom("es", es.messages ?? {}, { "public-speaking": "Hablar en público" });
    expect(spanish.label("public-speaking")).toBe("Hablar en público");
    expect(spanish.label("toString")).toBeUndefined();
    expect(ENGLISH.label("public-speaking")).toBeUndefined();
    expect(ENGLISH.messages).toBe(ENGINE);
  });
});
