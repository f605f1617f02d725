/**
 * The course reading of a taxonomy: the same entries, read as course text
 * rather than as what a person says about their work. Three differences,
 * each from what course text is:
 *
 * - a course teaches; it does not change working conditions. Entries that
 *   are demands (`demand`: workload, commute) or topics of the workplace
 *   read both ways (`neutral`: benefits, culture, the manager) are not
 *   subjects a course can serve, and are left out;
 * - a few words mean something else in a course title than in a statement:
 *   "security" is cybersecurity, not job security; "network" is computers,
 *   unless the text is about people. Those phrasings move to the key they
 *   mean in courses (`COURSE_PHRASES`) and word senses are added
 *   (`COURSE_SENSES`);
 * - which entries a course may serve from its skills list alone: skills and
 *   the person's own habits (competencies, `personal` challenges). Wishes
 *   and troubles (career growth, stress) only when the title or the
 *   description names them: a skills list never says a course is about
 *   someone's wellbeing.
 */
import type { Taxonomy, TaxonomyEntry } from "../schema/taxonomy";
import { normalizePhrase } from "../needs/text";
import { ownValue } from "../validate/read";

/**
 * Phrasings of course text, by the key they mean there. They are taken from
 * any other entry that has them, so each phrase still means one key.
 */
export const COURSE_PHRASES: Readonly<Record<string, readonly string[]>> = {
  // "Data science" courses teach analysis first; the taxonomy files the phrase under machine learning.
  "data-analysis": ["data science"],
  cybersecurity: ["security", "network security", "cyber security", "security analyst", "security engineering", "computer security"],
  leadership: ["leading people", "leading teams", "leadership development"],
  "people-management": ["management skills", "managing teams", "team management"],
  // Course subjects by the names providers give them.
  wellbeing: ["well being", "positive psychology", "happiness"],
  hiring: ["talent acquisition"],
  programming: ["algorithms", "shell scripting"],
  "business-acumen": ["economics", "microeconomics", "macroeconomics"],
  "data-visualization": ["business intelligence"],
  creativity: ["creative thinking", "creative problem solving"],
};

/**
 * Word senses for course text: a word of the key counts only when one of
 * these is in the same text. Courses on computer networks are not about a
 * professional network.
 */
export const COURSE_SENSES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  networking: {
    network: ["professional", "career", "contacts", "relationships", "linkedin", "people", "connections", "events", "mentors"],
    networking: ["professional", "career", "contacts", "relationships", "linkedin", "people", "connections", "events", "mentors"],
  },
};

/**
 * A sense word as the reader may look it up: the reader folds "-ing" words
 * to their verb ("driving" as "drive"), so "networking" is listed both ways.
 */
function forms(word: string): string[] {
  return word.endsWith("ing") && word.length > 5 ? [word, `${word.slice(0, -3)}e`] : [word];
}

/** Whether a course's skills list alone may tag an entry: skills and the person's own habits. */
export function servedBySkills(entry: TaxonomyEntry): boolean {
  return entry.kind === "competency" || entry.personal === true;
}

/**
 * The taxonomy as course text is read against it (see the module's header).
 * The entries keep their keys, labels and order; the input is not changed.
 *
 * @example
 * ```ts
 * courseTaxonomy(defaultTaxonomy).entries.some((e) => e.key === "commute"); // false: a demand
 * ```
 */
export function courseTaxonomy(taxonomy: Taxonomy): Taxonomy {
  const keys = new Set(taxonomy.entries.map((entry) => entry.key));
  const moved = new Map<string, string>();
  for (const [key, phrases] of Object.entries(COURSE_PHRASES)) {
    if (!keys.has(key)) continue;
    for (const phrase of phrases) moved.set(normalizePhrase(phrase), key);
  }
  const kept = taxonomy.entries.filter((entry) => entry.demand !== true && entry.neutral !== true);
  const keptKeys = new Set(kept.map((entry) => entry.key));
  const entries = kept.map((entry): TaxonomyEntry => {
    const own = (ownValue(COURSE_PHRASES, entry.key) ?? []).filter((phrase) => !entry.synonyms.some((s) => normalizePhrase(s) === normalizePhrase(phrase)));
    const synonyms = [...entry.synonyms.filter((s) => (moved.get(normalizePhrase(s)) ?? entry.key) === entry.key), ...own];
    const senses = ownValue(COURSE_SENSES, entry.key);
    // A pair whose other side is left out is no pair here: "zero trust" must not turn autonomy into micromanagement,
    // a key no course is tagged with.
    const { opposite, ...rest } = entry;
    return {
      ...rest,
      ...(opposite !== undefined && keptKeys.has(opposite) ? { opposite } : {}),
      synonyms,
      ...(senses ? { senses: { ...entry.senses, ...Object.fromEntries(Object.entries(senses).flatMap(([w, c]) => forms(w).map((f) => [f, [...c]]))) } } : {}),
    };
  });
  return { ...taxonomy, entries };
}
