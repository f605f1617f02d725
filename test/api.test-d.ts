import { describe, expectTypeOf, it } from "vitest";
import {
  createRecommender,
  defaultCatalog,
  parseProfile,
  recommend,
  safeRecommend,
  ValidationError,
  type Answer,
  type CatalogItem,
  type Issue,
  type ItemKind,
  type Plan,
  type Profile,
  type Question,
  type QuestionOption,
  type RecommendOptions,
} from "../src/index";

describe("public types", () => {
  it("recommend returns a Plan whatever it is given", () => {
    expectTypeOf(recommend).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(recommend({}, { asOf: "2026-01-05" })).toEqualTypeOf<Plan>();
    expectTypeOf(createRecommender().recommend).returns.toEqualTypeOf<Plan>();
  });

  it("safeRecommend narrows on success", () => {
    const result = safeRecommend({});
    if (result.success) expectTypeOf(result.output).toEqualTypeOf<Plan>();
    else {
      expectTypeOf(result.error).toEqualTypeOf<ValidationError>();
      expectTypeOf(result.issues).toEqualTypeOf<readonly Issue[]>();
    }
  });

  it("uses string-literal unions, not enums", () => {
    expectTypeOf<ItemKind>().toEqualTypeOf<"training" | "mentoring" | "working-condition">();
    expectTypeOf<Plan["items"][number]["kind"]>().toEqualTypeOf<ItemKind>();
    expectTypeOf<Plan["needs"][number]["type"]>().toEqualTypeOf<"motivation" | "challenge" | "goal" | "feedback">();
    expectTypeOf<NonNullable<Profile["level"]>>().toEqualTypeOf<"junior" | "mid" | "senior" | "lead" | "manager">();
  });

  it("types the inputs from the schemas", () => {
    expectTypeOf(parseProfile({})).toEqualTypeOf<Profile>();
    expectTypeOf(defaultCatalog).toEqualTypeOf<CatalogItem[]>();
    expectTypeOf<Profile["motivations"]>().toEqualTypeOf<Array<string | { text: string; weight?: number | undefined }> | undefined>();
    expectTypeOf<RecommendOptions["asOf"]>().toEqualTypeOf<string | undefined>();
    // @ts-expect-error: the statements are "motivations", and options are checked too
    recommend({}, { asof: "2026-01-05" });
  });

  it("asks questions with a stable id and, for unsure words, options to answer with", () => {
    expectTypeOf<Plan["questions"][number]>().toEqualTypeOf<Question>();
    expectTypeOf<Question["id"]>().toEqualTypeOf<string>();
    expectTypeOf<Question["options"]>().toEqualTypeOf<QuestionOption[] | undefined>();
    expectTypeOf<QuestionOption>().toEqualTypeOf<{ key: string; label: string }>();
    expectTypeOf<Plan["needs"][number]["confirmed"]>().toEqualTypeOf<false | undefined>();
  });

  it("takes answers by question id: chosen keys or free text", () => {
    expectTypeOf<Answer>().toEqualTypeOf<string[] | string>();
    expectTypeOf<Profile["answers"]>().toEqualTypeOf<Record<string, Answer> | undefined>();
    recommend({ challenges: ["deadlines worry me"], answers: { "unsure-1a2b3c4d": ["time-pressure"], goals: "lead a team" } }, { asOf: "2026-01-05" });
    // @ts-expect-error: an answer is keys or text, not a number
    const bad: Answer = 3;
    expectTypeOf(bad).toEqualTypeOf<Answer>();
  });

  it("reports issue paths as keys and indexes", () => {
    expectTypeOf<Issue["path"]>().toEqualTypeOf<ReadonlyArray<string | number>>();
  });
});
