/**
 * Everything the explorer asks of the server, through the same /graphql endpoint as any client.
 * The neighbourhood is assembled from the queries every client has (positions, appearsWith,
 * institution people, events and articles, article mentions), so the page needs no field of its own.
 */

export type Kind = "Article" | "Person" | "Institution" | "Place" | "Event" | "Topic" | "Product";

export interface GraphNode {
  id: string;
  kind: Kind;
  label: string;
  subtype?: string | null;
}

export interface GraphEdge {
  source: string;
  target: string;
  kind: string;
  weight: number;
  label?: string | null;
}

export interface ArticleRef {
  id: string;
  title: string;
  publishedAt: string | null;
  url: string | null;
}

export interface Evidence {
  articles: ArticleRef[];
  quotes: { text: string; speaker: string | null; article: ArticleRef }[];
  positions: {
    title: string;
    institution: string | null;
    first: string | null;
    last: string | null;
    reports: number;
  }[];
}

export interface TimelineItem {
  date: string;
  kind: "position" | "event" | "quote";
  text: string;
}

export interface Neighbourhood {
  center: GraphNode;
  nodes: GraphNode[];
  edges: GraphEdge[];
  evidence: Evidence;
  /** a person's positions, events and quotes by date; empty for other kinds */
  timeline: TimelineItem[];
}

export interface SearchHit extends GraphNode {
  detail: string;
}

/** A topic has no global ID in the schema: the explorer names it by a prefix and its name. */
const TOPIC_PREFIX = "topic:";

export const topicId = (name: string) => `${TOPIC_PREFIX}${name}`;

async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join("; "));
  if (!body.data) throw new Error(`the server answered ${response.status} without data`);
  return body.data;
}

type Connection<T> = { edges: { node: T }[] };

const SEARCH = /* GraphQL */ `
  query ExploreSearch($text: String!) {
    institutions(search: $text, first: 8) { edges { node { id name shortName type } } }
    people(search: $text, first: 8) { edges { node { id name aliases } } }
    places(search: $text, first: 8) { edges { node { id name kind } } }
    topic: articles(filter: { topic: $text }, first: 1) { totalCount }
  }
`;

/** People, institutions, places and a topic whose names (any alias) contain the text. */
export async function search(text: string): Promise<SearchHit[]> {
  const data = await graphql<{
    institutions: Connection<{ id: string; name: string; shortName: string | null; type: string }>;
    people: Connection<{ id: string; name: string; aliases: string[] }>;
    places: Connection<{ id: string; name: string; kind: string }>;
    topic: { totalCount: number };
  }>(SEARCH, { text });
  const hits: SearchHit[] = [
    ...data.institutions.edges.map(({ node }) => ({
      id: node.id,
      kind: "Institution" as const,
      label: node.name,
      subtype: node.type,
      detail: [node.type, node.shortName].filter(Boolean).join(" · "),
    })),
    ...data.people.edges.map(({ node }) => ({
      id: node.id,
      kind: "Person" as const,
      label: node.name,
      detail: node.aliases.filter((alias) => alias !== node.name).join(", "),
    })),
    ...data.places.edges.map(({ node }) => ({
      id: node.id,
      kind: "Place" as const,
      label: node.name,
      subtype: node.kind,
      detail: node.kind,
    })),
  ];
  if (data.topic.totalCount > 0) {
    hits.push({ id: topicId(text), kind: "Topic", label: text, detail: `topic · ${data.topic.totalCount} articles` });
  }
  return hits;
}

const ARTICLE = "id title publishedAt url";

/**
 * The selections read for each kind (the kind is in the global ID). Each becomes a query of its
 * own, sent together: one document holding all of them would exceed the server's cost limit.
 */
const NEIGHBOURHOOD: Record<Exclude<Kind, "Topic">, string[]> = {
  Person: [
    "id name positions(first: 50) { title reportCount firstReportedAt lastReportedAt institution { id name type } }",
    "appearsWith(first: 25) { person { id name } sharedArticles }",
    "events(first: 10) { id name date host { id name type } participants(first: 20) { person { id } role } }",
    `quotes(first: 50) { text article { ${ARTICLE} } }`,
    `articles(first: 25) { edges { node { ${ARTICLE} } } }`,
  ],
  Institution: [
    "id name type parent { id name type } children(first: 25) { id name type } place { id name kind }",
    "positions(first: 50) { title reportCount firstReportedAt lastReportedAt person { id name } }",
    "events(first: 10) { id name date participants(first: 20) { person { id name } role } }",
    "products(first: 25) { id name category }",
    `articles(first: 25) { edges { node { ${ARTICLE} } } }`,
  ],
  Place: [
    "id name kind parent { id name kind } children(first: 25) { id name kind }",
    "institutions(first: 25) { id name type }",
    `articles(first: 25) { edges { node { ${ARTICLE} } } }`,
  ],
  Article: [
    `${ARTICLE} people(first: 50) { id name } institutions(first: 50) { id name type }`,
    "places(first: 50) { id name kind } events(first: 25) { id name date } topics { name }",
    "quotes(first: 50) { text speaker { name } }",
  ],
  Product: ["id name category producer { id name type }"],
  Event: [
    "id name date host { id name type } place { id name kind }",
    "participants(first: 50) { person { id name } role }",
    `articles(first: 25) { ${ARTICLE} }`,
  ],
};

/** The type a global ID names: the server's IDs are base64 of "Type:id". */
function kindOfId(id: string): Kind | undefined {
  try {
    return atob(id).split(":")[0] as Kind;
  } catch {
    return undefined;
  }
}

const TOPIC_ARTICLES = /* GraphQL */ `
  query ExploreTopic($name: String!) {
    articles(filter: { topic: $name }, first: 50) { edges { node { ${ARTICLE} } } }
  }
`;

type Ref = { id: string; name: string; type?: string; kind?: string; category?: string };

/** The chosen node, its neighbours with the edges between them, and the evidence behind them. */
export async function neighbourhood(id: string): Promise<Neighbourhood> {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const evidence: Evidence = { articles: [], quotes: [], positions: [] };
  const timeline: TimelineItem[] = [];
  const addNode = (kind: Kind, ref: Ref) => {
    if (!nodes.has(ref.id))
      nodes.set(ref.id, { id: ref.id, kind, label: ref.name, subtype: ref.type ?? ref.kind ?? ref.category ?? null });
    return ref.id;
  };
  const addArticle = (article: ArticleRef) => {
    addNode("Article", { id: article.id, name: article.title });
    if (!evidence.articles.some((known) => known.id === article.id)) evidence.articles.push(article);
    return article.id;
  };
  const link = (source: string, target: string, kind: string, weight = 1, label: string | null = null) => {
    const key = `${kind}|${source}|${target}`;
    const known = edges.get(key);
    if (known) known.weight = Math.max(known.weight, weight);
    else edges.set(key, { source, target, kind, weight, label });
  };

  if (id.startsWith(TOPIC_PREFIX)) {
    const name = id.slice(TOPIC_PREFIX.length);
    const center: GraphNode = { id, kind: "Topic", label: name };
    nodes.set(id, center);
    const data = await graphql<{ articles: Connection<ArticleRef> }>(TOPIC_ARTICLES, { name });
    for (const { node } of data.articles.edges) link(addArticle(node), id, "HAS_TOPIC");
    return { center, nodes: [...nodes.values()], edges: [...edges.values()], evidence, timeline };
  }

  const idKind = kindOfId(id);
  const selections = idKind && idKind !== "Topic" ? NEIGHBOURHOOD[idKind] : undefined;
  if (!idKind || !selections) throw new Error(`the explorer cannot expand ${idKind ?? "this node"}`);
  const parts = await Promise.all(
    selections.map((selection, index) =>
      graphql<{ node: Record<string, unknown> | null }>(
        `query Explore${idKind}${index}($id: ID!) { node(id: $id) { __typename ... on ${idKind} { ${selection} } } }`,
        { id },
      ),
    ),
  );
  // biome-ignore lint/suspicious/noExplicitAny: the shape depends on the kind; each branch reads what its selections asked
  const node: any = parts.some((part) => part.node === null)
    ? null
    : Object.assign({}, ...parts.map((part) => part.node));
  if (!node) throw new Error("no such node");
  const kind = node.__typename as Kind;
  const center = {
    id: node.id,
    kind,
    label: node.title ?? node.name,
    subtype: node.type ?? node.kind ?? node.category ?? null,
  };
  nodes.set(center.id, center);

  if (kind === "Person") {
    for (const position of node.positions) {
      evidence.positions.push({
        title: position.title,
        institution: position.institution?.name ?? null,
        first: position.firstReportedAt,
        last: position.lastReportedAt,
        reports: position.reportCount,
      });
      if (position.firstReportedAt)
        timeline.push({ date: position.firstReportedAt, kind: "position", text: position.title });
      if (position.institution)
        link(
          center.id,
          addNode("Institution", position.institution),
          "HOLDS_POSITION",
          position.reportCount,
          position.title,
        );
    }
    for (const other of node.appearsWith)
      link(center.id, addNode("Person", other.person), "APPEARS_WITH", other.sharedArticles);
    for (const event of node.events) {
      addNode("Event", event);
      const role = event.participants.find((p: { person: { id: string } }) => p.person.id === center.id)?.role ?? null;
      link(center.id, event.id, "TOOK_PART_IN", 1, role);
      if (event.host) link(event.id, addNode("Institution", event.host), "HOSTED_BY");
      if (event.date)
        timeline.push({ date: event.date, kind: "event", text: `${event.name}${role ? ` (${role})` : ""}` });
    }
    for (const quote of node.quotes) {
      evidence.quotes.push({ text: quote.text, speaker: center.label, article: quote.article });
      if (quote.article.publishedAt)
        timeline.push({ date: quote.article.publishedAt, kind: "quote", text: quote.text });
    }
    for (const { node: article } of node.articles.edges) link(addArticle(article), center.id, "MENTIONS");
  } else if (kind === "Institution") {
    if (node.parent) link(center.id, addNode("Institution", node.parent), "PART_OF");
    for (const child of node.children) link(addNode("Institution", child), center.id, "PART_OF");
    if (node.place) link(center.id, addNode("Place", node.place), "LOCATED_IN");
    for (const position of node.positions) {
      link(addNode("Person", position.person), center.id, "HOLDS_POSITION", position.reportCount, position.title);
      evidence.positions.push({
        title: `${position.person.name}: ${position.title}`,
        institution: center.label,
        first: position.firstReportedAt,
        last: position.lastReportedAt,
        reports: position.reportCount,
      });
    }
    for (const event of node.events) {
      link(addNode("Event", event), center.id, "HOSTED_BY");
      for (const participant of event.participants)
        link(addNode("Person", participant.person), event.id, "TOOK_PART_IN", 1, participant.role);
    }
    for (const product of node.products) link(addNode("Product", product), center.id, "PRODUCED_BY");
    for (const { node: article } of node.articles.edges) link(addArticle(article), center.id, "MENTIONS");
  } else if (kind === "Place") {
    if (node.parent) link(center.id, addNode("Place", node.parent), "PART_OF");
    for (const child of node.children) link(addNode("Place", child), center.id, "PART_OF");
    for (const institution of node.institutions) link(addNode("Institution", institution), center.id, "LOCATED_IN");
    for (const { node: article } of node.articles.edges) link(addArticle(article), center.id, "MENTIONS");
  } else if (kind === "Article") {
    evidence.articles.push({ id: node.id, title: node.title, publishedAt: node.publishedAt, url: node.url });
    for (const person of node.people) link(center.id, addNode("Person", person), "MENTIONS");
    for (const institution of node.institutions) link(center.id, addNode("Institution", institution), "MENTIONS");
    for (const place of node.places) link(center.id, addNode("Place", place), "MENTIONS");
    for (const event of node.events) link(center.id, addNode("Event", event), "REPORTS");
    for (const topic of node.topics)
      link(center.id, addNode("Topic", { id: topicId(topic.name), name: topic.name }), "HAS_TOPIC");
    for (const quote of node.quotes) {
      const article = { id: node.id, title: node.title, publishedAt: node.publishedAt, url: node.url };
      evidence.quotes.push({ text: quote.text, speaker: quote.speaker.name, article });
    }
  } else if (kind === "Product") {
    if (node.producer) link(center.id, addNode("Institution", node.producer), "PRODUCED_BY");
  } else if (kind === "Event") {
    if (node.host) link(center.id, addNode("Institution", node.host), "HOSTED_BY");
    if (node.place) link(center.id, addNode("Place", node.place), "HELD_AT");
    for (const participant of node.participants)
      link(addNode("Person", participant.person), center.id, "TOOK_PART_IN", 1, participant.role);
    for (const article of node.articles) link(addArticle(article), center.id, "REPORTS");
  }
  timeline.sort((a, b) => a.date.localeCompare(b.date));
  return { center, nodes: [...nodes.values()], edges: [...edges.values()], evidence, timeline };
}
