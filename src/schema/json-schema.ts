import * as z from "zod/mini";
import { CatalogSchema } from "./catalog";
import { LanguagePackSchema } from "./language";
import { ProfileSchema } from "./profile";
import { TaxonomySchema } from "./taxonomy";
import { LearnedModelSchema } from "../needs/learned";
import { CourseModelSchema } from "../import/learned";

/**
 * JSON Schemas (draft 2020-12) generated from the zod schemas, so tools in
 * other languages can check profiles, catalogs, taxonomies, language packs and learned models before they
 * reach us (and the learned course tagging's, `course-model`). The files under `data/schema/` are these, written by
 * `npm run schema`; a test keeps them up to date.
 *
 * @example
 * ```ts
 * const schemas = jsonSchemas();
 * schemas.profile.properties.motivations; // { type: "array", … }
 * ```
 */
export function jsonSchemas(): Record<"profile" | "catalog" | "taxonomy" | "language" | "model" | "course-model", Record<string, unknown>> {
  const generate = (schema: z.ZodMiniType, title: string) => ({
    ...(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>),
    title,
  });
  return {
    profile: generate(ProfileSchema, "tailorplan profile"),
    catalog: generate(CatalogSchema, "tailorplan catalog"),
    taxonomy: generate(TaxonomySchema, "tailorplan taxonomy"),
    language: generate(LanguagePackSchema, "tailorplan language pack"),
    model: generate(LearnedModelSchema, "tailorplan learned reading model"),
    "course-model": generate(CourseModelSchema, "tailorplan learned course tagging model"),
  };
}
