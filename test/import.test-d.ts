import { describe, expectTypeOf, it } from "vitest";
import { importCatalog, safeImportCatalog, type Catalog, type CatalogItem, type Difficulty, type ImportReport, type ImportTag, type PlanItem } from "../src/index";
import * as core from "../src/core";
import * as importEntry from "../src/import/index";

describe("import types", () => {
  it("importCatalog takes any rows and returns a catalog and its report", () => {
    expectTypeOf(importCatalog).parameter(0).toEqualTypeOf<unknown>();
    const result = importCatalog([{ title: "SQL" }]);
    expectTypeOf(result.catalog).toEqualTypeOf<Catalog>();
    expectTypeOf(result.report).toEqualTypeOf<ImportReport>();
    expectTypeOf(result.report.imported[0]!.tags[0]!).toEqualTypeOf<ImportTag>();
  });

  it("the data-free entries require the taxonomy", () => {
    // @ts-expect-error: tailorplan/core and tailorplan/import have no built-in taxonomy to fall back on
    core.importCatalog([], {});
    // @ts-expect-error: the same in tailorplan/import
    importEntry.importCatalog([], { columns: {} });
    expectTypeOf(importEntry.importCatalog([], { taxonomy: {} }).catalog).toEqualTypeOf<Catalog>();
  });

  it("safeImportCatalog narrows on success", () => {
    const result = safeImportCatalog([]);
    if (result.success) expectTypeOf(result.output.report).toEqualTypeOf<ImportReport>();
  });

  it("catalog and plan items carry url, provider and difficulty", () => {
    expectTypeOf<CatalogItem["difficulty"]>().toEqualTypeOf<Difficulty | undefined>();
    expectTypeOf<PlanItem["url"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<NonNullable<PlanItem["pace"]>["mode"]>().toEqualTypeOf<"as-listed" | "stretched">();
  });
});
