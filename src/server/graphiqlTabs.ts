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
  {
    query: /* GraphQL */ `# Analyst: how many articles name Rutan Blora, per month, and who appears with it most
query Facets($institution: ID = "rutan blora") {
  articles(filter: { institution: $institution }, first: 5, orderBy: NEWEST) {
    totalCount
    edges { node { title publishedAt } }
  }
  articleFacets(filter: { institution: $institution }, first: 10) {
    total
    institutions { node { name } count }
    people { node { name } count }
    topics { node { name } count }
    months { month count }
  }
}`,
  },
  {
    query: /* GraphQL */ `# Analyst: the neighbourhood of a node. Run IdOf first, then paste an id into $id
query IdOf { person(name: "Hemu") { id } institution(name: "rutan blora") { id } }

query Neighbors($id: ID!) {
  neighbors(id: $id, depth: 2, first: 30) {
    nodes { id __typename ... on Person { name } ... on Institution { name } ... on Event { name } }
    edges { from { id } to { id } relation weight evidence(first: 2) { title } }
  }
}`,
  },
  {
    query: /* GraphQL */ `# Analyst: how are two people connected? Paste the ids of Hemu and Mardi Santoso
query People { hemu: person(name: "Hemu") { id } mardi: person(name: "Mardi Santoso") { id } }

query Path($from: ID!, $to: ID!) {
  direct: path(from: $from, to: $to, maxHops: 4) { length hops { relation from { id } to { id } evidence(first: 1) { title } } }
  throughEvents: path(from: $from, to: $to, relations: [TOOK_PART]) {
    hops { relation from { ... on Person { name } ... on Event { name } } to { ... on Person { name } ... on Event { name } } }
  }
}`,
  },
  {
    query: /* GraphQL */ `# Curation: two nodes for one institution become one. Needs an API key with the curate scope:
# add {"Authorization": "Bearer <key>"} under Headers. Run Twins, paste the ids, then Merge and Log.
query Twins { keep: institution(name: "rutan blora") { id name aliases } merge: institution(name: "rutan kelas iib blora") { id name aliases } }

mutation Merge($keep: ID!, $merge: ID!) {
  mergeEntities(keep: $keep, merge: $merge) { kept { id ... on Institution { name aliases } } }
}

query Log { curationLog(first: 10) { edges { node { action at actor target before after } } } }`,
  },
  {
    query: /* GraphQL */ `# Analyst: who was Kepala Rutan Blora in March 2025, and everyone who held the post
query PostHolders($name: String = "rutan blora", $title: String = "Kepala Rutan", $at: Date = "2025-03-15") {
  institution(name: $name) {
    name
    positionHolders(title: $title, at: $at) { person { name } title firstReportedAt lastReportedAt }
    positionHistory(title: $title) { person { name } title firstReportedAt lastReportedAt }
  }
}`,
  },
  {
    query: /* GraphQL */ `# Analyst: which institutions appear most with Lapas Pati (ranked by significance, not raw count), and Rutan Blora's months
query RelatedInstitutions($name: String = "lapas pati") {
  institution(name: $name) {
    name
    relatedInstitutions(first: 10) { node { ... on Institution { name type } } weight score expected }
  }
  bloraMonths: articleFacets(filter: { institution: "rutan blora" }) { total months { month count } }
}`,
  },
  {
    query: /* GraphQL */ `# Analyst: a person over time (positions at first report, events, quotes) and who they appear with
query PersonTimeline($name: String = "Mardi Santoso") {
  person(name: $name) {
    name
    timeline(first: 20) {
      edges {
        node {
          __typename
          at
          article { title }
          ... on TimelinePosition { position { title institution { name } } }
          ... on TimelineEvent { event { name } roles }
          ... on TimelineQuote { quote { text } }
        }
      }
    }
    coMentioned(first: 10, kinds: [PERSON, INSTITUTION]) {
      node { __typename ... on Person { name } ... on Institution { name } }
      weight
      score
    }
  }
}`,
  },
  {
    query: /* GraphQL */ `# Events, quotes and products by name, counted and paged
query Catalogue($institution: ID = "rutan blora") {
  events(filter: { institution: $institution }, first: 10) {
    totalCount
    edges { node { name date host { name } participants { person { name } role } } }
  }
  quotes(filter: { person: "Hemu", after: "2025-01-01" }, first: 10) { totalCount edges { node { text speaker { name } article { title } } } }
  products(filter: { institution: $institution }, first: 10) { totalCount edges { node { name category } } }
  topics(first: 10) { edges { node { name people(first: 3) { node { ... on Person { name } } weight } } } }
  place(name: "Blora") { name kind parent { name } }
  source(name: "wartawan") { name domain }
}`,
  },
];
