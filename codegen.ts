import type { CodegenConfig } from "@graphql-codegen/cli";

// `npm run codegen` first prints the Pothos schema to schema/schema.graphql (scripts/write-schema.ts),
// then generates typed documents for the operations the tests write with graphql().
const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: ["test/**/*.ts", "!test/generated/**"],
  ignoreNoDocuments: true,
  emitLegacyCommonJSImports: false,
  generates: {
    "test/generated/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: "string", Date: "string", URL: "string", JSON: "unknown" },
      },
    },
  },
};

export default config;
