import { describe, expect, it } from "vitest";
import { createRecommender, defaultTaxonomy } from "../src/index";
import { createMatcher } from "../src/needs/matcher";
import { stemEnglish as stem } from "../src/needs/english";
import { normalizePhrase, tokenize } from "../src/needs/text";
import fc from "fast-check";
import { createFuzzyWords, editDistance } from "../src/needs/fuzzy";
import Fuse from "fuse.js/basic";
import { createTextMemo } from "../src/needs/memo";
import { normalizeAnyText } from "../src/needs/normal";
import { NONSENSE, PHRASINGS } from "./fixtures/phrasings";

const matcher = createMatcher(defaultTaxonomy, { typos: createFuzzyWords });
const MIN = 0.62;
const keysOf = (text: string, prefer?: "motivation" | "challenge") => matcher.match(text, MIN, prefer).map((m) => m.key);

describe("text normalisation", () => {
  it.each([
    ["meetings", "meeting"],
    ["presenting", "present"],
    ["deadlines", "deadline"],
    ["priorities", "priority"],
    ["burned", "burnt"],
    ["burnout", "burn"],
    ["arguing", "argue"],
    ["managing", "manage"],
  ])("meets %s and %s at one stem", (a, b) => expect(stem(a)).toBe(stem(b)));

  it.each([
    ["recognised", "recognized"],
    ["disorganised", "disorganized"],
    ["prioritising", "prioritizing"],
    ["reorganisation", "reorganization"],
    ["demoralised", "demoralized"],
    ["travelling", "traveling"],
    ["cancelled", "canceled"],
    ["behaviour", "behavior"],
    ["favourite", "favorite"],
    ["centre", "center"],
    ["analysed", "analyzed"],
    ["judgement", "judgment"],
    ["learnt", "learned"],
  ])("meets the British %s and the American %s at one stem", (british, american) => expect(stem(british)).toBe(stem(american)));

  it.each([
    ["promise", "promis"],
    ["supervise", "supervis"],
    ["exercise", "exercis"],
    ["expertise", "expertis"],
    ["raise", "rais"],
    ["programme", "programm"],
    ["analysis", "analysis"],
    ["spelling", "spell"],
  ])("stems %s, spelled so on both sides of the Atlantic (or never code), as before: %s", (word, stemmed) => expect(stem(word)).toBe(stemmed));

  it("reads a need said in British spelling as in American spelling", () => {
    expect(keysOf("too much travelling", "challenge")).toEqual(keysOf("too much traveling", "challenge"));
    expect(keysOf("too much travelling", "challenge")).toContain("business-travel");
  });

  it("drops filler words and keeps the ones that carry meaning", () => {
    expect(tokenize("I'm really, REALLY burnt out!")).toEqual(["burn", "out"]);
    expect(tokenize("Café résumé")).toEqual(["cafe", "resum"]);
  });

  it("meets typos only through a typo lookup, which every recommender from tailorplan has", () => {
    const bare = createMatcher(defaultTaxonomy);
    expect(bare.match("constant interuptions", MIN).map((m) => m.key)).not.toContain("interruptions");
    expect(matcher.match("constant interuptions", MIN).map((m) => m.key)).toContain("interruptions");
    expect(bare.match("too many meetings", MIN, "challenge").map((m) => m.key)).toContain("meeting-overload");
    expect(createRecommender().recommend({ challenges: ["constant interuptions"] }, { asOf: "2026-01-05" }).needs.map((n) => n.key)).toContain("interruptions");
  });

  it("measures typos with adjacent swaps as one edit", () => {
    expect(editDistance("presnetation", "presentation", 2)).toBe(1);
    expect(editDistance("purple", "purpose", 1)).toBe(2);
  });

  it("gives the table's distance within the limit and more than the limit beyond it", () => {
    // The whole table, no early stop: optimal string alignment, the distance typos are measured by.
    const full = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
        }
      }
      return d[a.length]![b.length]!;
    };
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "d"), maxLength: 9 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, limit) => {
        const distance = full(a, b);
        const measured = editDistance(a, b, limit);
        if (distance <= limit) expect(measured).toBe(distance);
        else expect(measured).toBeGreaterThan(limit);
      }),
      { numRuns: 2000 },
    );
  });

  it("finds a typo's words through its index of dropped letters exactly as by measuring every word", () => {
    // Every word of the query's initial measured, then fuse asked as the lookup asks it: what the index must equal.
    const measured = (vocabulary: readonly string[], query: string) => {
      if (query.length < 5) return [];
      const allowed = query.length < 12 ? 1 : 2;
      const words = vocabulary.filter((word) => word[0] === query[0]);
      if (!words.some((word) => editDistance(query, word, allowed) <= allowed)) return [];
      return new Fuse(words, { includeScore: true, ignoreLocation: true, threshold: 0.25, minMatchCharLength: 3, shouldSort: true })
        .search(query, { limit: 5 })
        .filter((hit) => editDistance(query, hit.item, allowed) <= allowed)
        .map((hit) => ({ word: hit.item, confidence: 1 - (hit.score ?? 1) }));
    };
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "d", "e"), minLength: 1, maxLength: 14 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 40 }), fc.array(word, { minLength: 1, maxLength: 20 }), (vocabulary, queries) => {
        const lookup = createFuzzyWords(vocabulary);
        for (const query of [...queries, ...vocabulary.map((w) => `${w}a`), ...vocabulary.map((w) => w.slice(0, -1))]) expect(lookup(query)).toEqual(measured(vocabulary, query));
      }),
      { numRuns: 300 },
    );
  });

  it("normalises plain ASCII by its short path exactly as the full one does", () => {
    const ascii = fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((code) => String.fromCharCode(code)), maxLength: 40 });
    const mixed = fc.string({ unit: fc.constantFrom("a", "B", " ", "-", ",", "'", "`", "é", "ß", "Ö", "’", "\t", "9", "ﬁ", "中"), maxLength: 30 });
    fc.assert(
      fc.property(fc.oneof(ascii, mixed), (text) => {
        expect(normalizePhrase(text)).toBe(normalizeAnyText(text));
      }),
      { numRuns: 3000 },
    );
    expect(normalizePhrase("  Google Data-Analytics (PT)  ")).toBe("google data analytics pt");
    expect(normalizePhrase("Don't  Panic")).toBe("don't panic");
    expect(normalizePhrase("Gehaltsverhandlung für Anfänger")).toBe("gehaltsverhandlung fur anfanger");
  });

  it("keeps readings by two contexts and the text, and forgets them all at its limit", () => {
    const memo = createTextMemo<number>(3);
    expect(memo.set("en", "challenge", "long hours", 1)).toBe(1);
    memo.set("en", "motivation", "long hours", 2);
    memo.set("es", "challenge", "long hours", 3);
    expect([memo.get("en", "challenge", "long hours"), memo.get("en", "motivation", "long hours"), memo.get("es", "challenge", "long hours")]).toEqual([1, 2, 3]);
    expect(memo.get("en", "", "long hours")).toBeUndefined();
    memo.set("es", "challenge", "long hours", 4); // the same text again: still three kept
    expect(memo.get("en", "challenge", "long hours")).toBe(1);
    memo.set("fr", "", "trop de réunions", 5); // a fourth: the memo starts afresh
    expect(memo.get("en", "challenge", "long hours")).toBeUndefined();
    expect(memo.get("fr", "", "trop de réunions")).toBe(5);
  });

  it("meets a typo of a vocabulary word, and nothing for a word near none", () => {
    // A word with no neighbour within the allowed edits is not searched for: fuse's hits are filtered by those edits.
    const lookup = createFuzzyWords(["presentation", "prioritisation", "promotion", "purpose", "mentoring", "meetings"]);
    expect(lookup("presnetation").map((hit) => hit.word)).toEqual(["presentation"]);
    expect(lookup("purple")).toEqual([]);
    expect(lookup("mentorign").map((hit) => hit.word)).toEqual(["mentoring"]);
    expect(lookup("zebra")).toEqual([]);
  });
});

describe("matching real phrasing to the taxonomy", () => {
  it.each([
    ["word order", "meetings, too many of them", "meeting-overload"],
    ["plurals", "presentations scare me", "public-speaking"],
    ["typos", "micromanagment from my boss", "micromanagement"],
    ["typos in long words", "constant interuptions", "interruptions"],
    ["first person", "I freeze up when I present", "public-speaking"],
    ["shouting", "TOO MANY MEETINGS", "meeting-overload"],
    ["punctuation", "burnt-out!!!", "workload"],
  ])("handles %s: %s", (_what, text, key) => {
    expect(keysOf(text)).toContain(key);
  });

  it("finds several needs in one statement", () => {
    expect(keysOf("burnt out from overtime and the commute", "challenge")).toEqual(expect.arrayContaining(["workload", "commute"]));
  });

  it("finds what people mean in at least 90% of a varied set of phrasings", () => {
    const missed = PHRASINGS.filter((p) => {
      const found = keysOf(p.text, p.type === "goal" ? undefined : p.type);
      return !p.keys.every((key) => found.includes(key));
    });
    expect(missed.length / PHRASINGS.length, missed.map((p) => p.text).join(" | ")).toBeLessThanOrEqual(0.1);
  });

  it("adds few needs that were not meant", () => {
    const spurious = PHRASINGS.flatMap((p) =>
      keysOf(p.text, p.type === "goal" ? undefined : p.type)
        .filter((key) => !p.keys.includes(key) && !(p.also ?? []).includes(key))
        .map((key) => `${p.text} -> ${key}`),
    );
    expect(spurious.length / PHRASINGS.length, spurious.join(" | ")).toBeLessThanOrEqual(0.1);
  });

  it.each(NONSENSE)("matches nothing in %j", (text) => {
    expect(keysOf(text)).toEqual([]);
  });

  // Confidence is calibrated on labelled real statements (BENCHMARKS.md): a whole phrasing said
  // alone is as sure as a reading gets, which is right about 19 times in 20, not always.
  it("reads every label as its key, surest when a phrasing is said whole and alone", () => {
    for (const entry of defaultTaxonomy.entries) {
      const [first] = matcher.match(entry.label, MIN);
      expect(first?.key, entry.label).toBe(entry.key);
      expect(first!.confidence).toBeLessThanOrEqual(1);
    }
    const alone = matcher.match("Public speaking", MIN)[0]!.confidence;
    expect(alone).toBeGreaterThanOrEqual(0.9);
    expect(matcher.match("In my second year in the role public speaking has become harder", MIN)[0]?.confidence ?? 0).toBeLessThan(alone);
  });
});

describe("needs in a plan", () => {
  const r = createRecommender();
  const plan = r.recommend(
    {
      motivations: [{ text: "recognition", weight: 3 }, "autonomy"],
      challenges: ["too many meetings"],
      goals: ["learn SQL", { text: "become a people manager", horizon: "long" }],
    },
    { asOf: "2026-01-05" },
  );

  it("keeps type, source, confidence and weight for every need", () => {
    for (const need of plan.needs) {
      expect(["motivation", "challenge", "goal"]).toContain(need.type);
      expect(need.confidence).toBeGreaterThan(0);
      expect(need.confidence).toBeLessThanOrEqual(1);
      expect(need.weight).toBeGreaterThan(0);
    }
    const recognition = plan.needs.find((n) => n.key === "recognition")!;
    const autonomy = plan.needs.find((n) => n.key === "autonomy")!;
    expect(recognition.source).toBe("recognition");
    expect(recognition.weight).toBeCloseTo(autonomy.weight * 3);
  });

  it("gives goals a horizon and nothing else one", () => {
    for (const need of plan.needs) expect(need.horizon !== undefined).toBe(need.type === "goal");
  });

  it("lets a stricter minConfidence send weak matches to unmatched", () => {
    const strict = r.recommend({ challenges: ["presentaions scare me"] }, { asOf: "2026-01-05", minConfidence: 0.99 });
    expect(strict.needs).toEqual([]);
    expect(strict.unmatched.map((u) => u.source)).toEqual(["presentaions scare me"]);
  });
});
