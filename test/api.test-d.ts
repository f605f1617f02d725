import { describe, expectTypeOf, it } from "vitest";
import {
  createRecommender,
  defaultCatalog,
  parseProfile,
  recommend,
  safeRecommend,
  ValidationError,
  type CatalogItem,
  type Issue,
  type ItemKind,
  type Plan,
  type Profile,
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

  it("reports issue paths as keys and indexes", () => {
    expectTypeOf<Issue["path"]>().toEqualTypeOf<ReadonlyArray<string | number>>();
  });
});
