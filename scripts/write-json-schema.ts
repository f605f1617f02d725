/** Writes data/schema/*.schema.json from the zod schemas: `npm run schema`. */
import { mkdirSync, writeFileSync } from "node:fs";
import { jsonSchemas } from "../src/schema/json-schema";

const folder = new URL("../data/schema/", import.meta.url);
mkdirSync(folder, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(new URL(`${name}.schema.json`, folder), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote data/schema/${name}.schema.json`);
}
