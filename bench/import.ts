/**
 * Course exports for the import benchmark, grown from the built-in
 * catalog's own trainings: titles with the qualifiers providers add, the
 * trainings' descriptions, skills lists padded as providers pad them, and
 * durations, prices, levels and languages in the forms exports use. Also
 * courses of subjects no key holds, about two in five as in a general
 * provider's list. Deterministic for a seed.
 */
import { defaultTaxonomy, type Catalog, type Taxonomy } from "../src/index";
import { createRandom } from "../eval/random";

const QUALIFIERS = ["", "", "Essentials", "for Beginners", "in Practice", "Masterclass", "Fundamentals", "for Managers", "Advanced", "Bootcamp", "Level 2", "Crash Course"];
const OTHER_SUBJECTS = [
  "Medieval History",
  "Guitar for Beginners",
  "Introduction to Genetics",
  "Ancient Greek",
  "Astronomy Basics",
  "Italian Cooking",
  "Marine Biology",
  "Modern Poetry",
  "Organic Chemistry",
  "Jazz Piano",
  "Birdwatching",
  "World Religions",
];
const SKILLS = [
  "Leadership and Management",
  "Critical Thinking",
  "Communication",
  "Problem Solving",
  "SQL",
  "Python Programming",
  "Data Analysis",
  "Microsoft Excel",
  "Project Management",
  "Negotiation",
  "Public Speaking",
  "Cloud Computing",
  "Machine Learning",
  "Marketing",
  "Finance",
  "History",
  "Biology",
  "Music",
];
const DURATIONS = ["6 Weeks", "3 - 6 Months", "1 - 4 Weeks", "2–4 hours per week", "2h 30m", "Approximately 20 hours to complete", "12.5", "Less Than 2 Hours"];
const PRICES = ["200", "Free", "FREE-Add a Verified Certificate for $49 USD", "$49.99", "0", "1.299,00 €"];
const LEVELS = ["Beginner ", "Intermediate", "Advanced", "All Levels", "Mixed", "Introductory", ""];
const LANGUAGES = ["English", "English", "English", "Español", "Français", "Deutsch", "Português", "中文", "日本語", "العربية"];

/**
 * `count` export rows, as a CSV export's rows read into objects.
 *
 * @example
 * ```ts
 * const rows = growCourseExport(defaultCatalog, 10_000, 20260105);
 * ```
 */
export function growCourseExport(catalog: Catalog, count: number, seed: number): Array<Record<string, string>> {
  const random = createRandom(seed);
  const pick = <T>(list: readonly T[]): T => random.pick(list);
  const trainings = catalog.filter((item) => item.kind === "training");
  return Array.from({ length: count }, (_, i) => {
    const other = random.next() < 0.4;
    const base = other ? undefined : pick(trainings);
    const title = `${other ? pick(OTHER_SUBJECTS) : base!.title} ${pick(QUALIFIERS)}`.trim();
    const skills = Array.from({ length: 1 + random.int(0, 5) }, () => pick(SKILLS));
    return {
      course_id: `c${i + 1}`,
      course_title: title,
      description: base?.description ?? `An introduction to ${title.toLowerCase()} for curious people.`,
      skills: `{${skills.map((s) => `" ${s}"`).join(",")}}`,
      content_duration: pick(DURATIONS),
      price: pick(PRICES),
      is_paid: random.next() < 0.8 ? "True" : "False",
      level: pick(LEVELS),
      language: pick(LANGUAGES),
      url: `https://courses.example/${i + 1}`,
      partner: pick(["Example University", "Learning Co", "Skills Academy"]),
    };
  });
}

/**
 * `count` rows of a real course export, every title new: the export's rows in
 * turn, each pass adding another of the qualifiers providers add to a title
 * ("Essentials", "for Managers"), so no title is read twice (up to eleven
 * passes; the export's own titles may repeat), and the same to each
 * column of `alsoNew` ("description"). Skills lists and the other columns
 * are the export's own, and repeat as a provider's do.
 * What a catalog of distinct courses costs, which rows grown from a few
 * dozen trainings do not show: there, most texts were read before.
 *
 * @example
 * ```ts
 * const rows = distinctTitles(courseraRows, 10_000);
 * ```
 */
export function distinctTitles(rows: ReadonlyArray<Record<string, string>>, count: number, titleColumn = "course", alsoNew: readonly string[] = []): Array<Record<string, string>> {
  const qualifiers = [...new Set(QUALIFIERS)];
  return Array.from({ length: count }, (_, i) => {
    const row = rows[i % rows.length]!;
    const qualifier = qualifiers[Math.floor(i / rows.length) % qualifiers.length]!;
    const renamed: Record<string, string> = { ...row };
    for (const column of [titleColumn, ...alsoNew]) renamed[column] = `${row[column] ?? ""} ${qualifier}`.trim();
    return renamed;
  });
}

/**
 * The built-in taxonomy with a made-up word added to the first motivation's synonyms, so no matcher made before shares
 * its readers (they are shared by entries). It imports the bench's rows exactly as the built-in one does (same catalog,
 * same report); a key added instead changed a few rows, as the reading weighs a word by how few keys have it.
 */
export function taxonomyOfRun(run: number | string): Taxonomy {
  const taxonomy = structuredClone(defaultTaxonomy);
  const at = taxonomy.entries.findIndex((entry) => entry.kind === "motivation");
  const entry = taxonomy.entries[at]!;
  taxonomy.entries[at] = { ...entry, synonyms: [...entry.synonyms, `zqxj${run}`] };
  return taxonomy;
}
