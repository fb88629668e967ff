import type { DocumentNode, GraphQLSchema } from "graphql";
import type { Plugin } from "graphql-yoga";

/** Documents this process has validated (the cache's misses), for tests to count. */
let validations = 0;
export function validatedDocuments(): number {
  return validations;
}

/**
 * Validation results kept per parsed document (yoga keeps one parsed document per query text),
 * so a repeated query is validated once.
 *
 * Yoga's own validation cache keys every lookup by the names of all the validation rules joined
 * into one string: GraphQL's thirty-odd rules and graphql-armor's, a `name` read each and a join
 * on every request, 4% of the server's CPU for `{ __typename }` (issue 11). The rules of this
 * server do not vary between requests: GraphQL's specified rules and the ones the plugins add
 * on every request (graphql-armor's limits, the introspection switch), all fixed when the server
 * is made. So the schema and the document are the whole key. This plugin must come after every
 * plugin that adds a rule, where yoga's cache stood, so the rules it skips are all of them.
 */
export function useValidationCache(): Plugin {
  const bySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, readonly Error[]>>();
  return {
    onValidate({ params: { schema, documentAST }, setResult }) {
      let byDocument = bySchema.get(schema);
      if (!byDocument) {
        byDocument = new WeakMap();
        bySchema.set(schema, byDocument);
      }
      const known = byDocument.get(documentAST);
      if (known) {
        setResult(known);
        return;
      }
      validations++;
      const results = byDocument;
      return ({ result }) => {
        results.set(documentAST, result);
      };
    },
  };
}
