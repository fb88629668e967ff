// Prisma's runtime ships its query compiler module without types; this is the part
// src/store/queryPlanCache.ts uses.
declare module "@prisma/client/runtime/query_compiler_bg.postgresql.mjs" {
  export class QueryCompiler {
    compile(request: string): unknown;
  }
}
