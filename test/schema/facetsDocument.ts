import { graphql } from "../generated/index.ts";

/** Every facet of a filter, for the facets tests of each path (general, by entity, unfiltered). */
export const Facets = graphql(/* GraphQL */ `
  query Facets($filter: ArticleFilter, $first: Int) {
    articleFacets(filter: $filter, first: $first) {
      total
      institutions { node { name } count }
      people { node { name } count }
      places { node { name } count }
      topics { node { name } count }
      sources { node { name } count }
      months { month count }
    }
  }
`);
