// Writes schema/schema.graphql from the Pothos schema: the first step of `npm run codegen`.
import { writeFileSync } from "node:fs";
import { printedSchema } from "../src/schema/printSchema.ts";

const target = new URL("../schema/schema.graphql", import.meta.url);
writeFileSync(target, printedSchema());
console.log(`wrote ${target.pathname}`);
