/** Ready-made operations GraphiQL opens with, so a first visit shows the graph at work. */
export const GRAPHIQL_TABS = [
  {
    query: /* GraphQL */ `# Institution page: everything about Rutan Blora (any written form of the name works)
query InstitutionPage($name: String = "rutan blora") {
  institution(name: $name) {
    id
    name
    shortName
    type
    aliases
    parent { name parent { name } }
    place { name kind }
    people { name positions { title institution { name } } }
    events { name date participants { person { name } role } }
    products { name category }
    articles(first: 20) {
      edges { node { title publishedAt source { name } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`,
  },
  {
    query: /* GraphQL */ `# Person page: positions, quotes, events and articles of one person
query PersonPage($name: String = "Mardi Santoso") {
  person(name: $name) {
    id
    name
    aliases
    positions { title role institution { name type } reports { reportedAt article { title } } }
    quotes { text article { title publishedAt } }
    events { name date host { name } participants { person { name } role } }
    articles(first: 10) { edges { node { title publishedAt } } }
  }
}`,
  },
  {
    query: /* GraphQL */ `# Full-text search in Indonesian, ranked; stemming finds "tahan" for "ketahanan"
query Search($text: String = "ketahanan pangan") {
  articles(filter: { search: $text }, first: 10) {
    edges {
      cursor
      node { title publishedAt people { name } institutions { name } topics { name } }
    }
    pageInfo { hasNextPage endCursor }
  }
}`,
  },
];
