import { type FieldNode, type FragmentDefinitionNode, Kind, type SelectionSetNode, type ValueNode } from "graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../builder.ts";
import { LIST_DEFAULT, LIST_MAX } from "../lists.ts";

/**
 * Compiles the selection of an institution or person page into one SQL statement that returns
 * the page as JSON (issue 11): json_build_object per node, a LATERAL-free correlated subquery with
 * its ORDER BY and LIMIT per list, the orderings and caps of the resolvers in src/schema/types
 * (Institution.ts, Person.ts, Position.ts, Article.ts, Event.ts, Quote.ts, connections.ts,
 * loaders.ts), and the connections' cursors as plugin-prisma writes them. A selection with anything
 * this file does not know (another field, an `after`/`last` argument, a
 * directive, a fragment on an interface, an argument out of range) compiles to null, and the
 * page is read by the Pothos/Prisma resolvers as before.
 *
 * Every object of the result carries the key "$" (never a GraphQL response key), by which the
 * resolvers installed in ./index.ts know a value read here; its fields are keyed by response key
 * (the alias, or the field name), so aliases and repeated fields answer as GraphQL merges them.
 */

export interface CompileInput {
  fieldNodes: readonly FieldNode[];
  fragments: Record<string, FragmentDefinitionNode>;
  variableValues: Record<string, unknown>;
}

export interface CompiledPage {
  /** the statement; $1 is the normalized name */
  sql: string;
  /** false when a nested argument was a variable: the SQL holds its value, so it is not reused */
  reusable: boolean;
}

interface State {
  input: CompileInput;
  aliases: number;
  usesVariables: boolean;
}

/** Response keys and their field nodes, merged as GraphQL's CollectFields does; null if unsupported. */
function collect(typeName: string, sets: readonly (SelectionSetNode | undefined)[], state: State) {
  const fields = new Map<string, FieldNode[]>();
  const visit = (set: SelectionSetNode | undefined): boolean => {
    if (!set) return false;
    for (const selection of set.selections) {
      if (selection.directives && selection.directives.length > 0) return false;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const list = fields.get(key);
        if (list) list.push(selection);
        else fields.set(key, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (selection.typeCondition && selection.typeCondition.name.value !== typeName) return false;
        if (!visit(selection.selectionSet)) return false;
      } else {
        const fragment = state.input.fragments[selection.name.value];
        if (!fragment || fragment.directives?.length || fragment.typeCondition.name.value !== typeName) return false;
        if (!visit(fragment.selectionSet)) return false;
      }
    }
    return true;
  };
  for (const set of sets) if (!visit(set)) return null;
  return fields;
}

const UNSET = Symbol("unset");

/** An Int argument's value (literal or variable), UNSET when absent; null when not an integer. */
function intArgument(node: FieldNode, name: string, state: State): number | null | undefined | typeof UNSET {
  const argument = node.arguments?.find((a) => a.name.value === name);
  if (!argument) return UNSET;
  const value: ValueNode = argument.value;
  if (value.kind === Kind.NULL) return undefined;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    state.usesVariables = true;
    const given = state.input.variableValues[value.name.value];
    if (given === undefined || given === null) return undefined;
    return Number.isSafeInteger(given) ? (given as number) : null;
  }
  return null;
}

/** Only these arguments, if any. */
function onlyArguments(node: FieldNode, names: readonly string[]): boolean {
  return (node.arguments ?? []).every((a) => names.includes(a.name.value));
}

/** A capped list's LIMIT (lists.ts listTake), or null where the resolver would refuse it. */
function listLimit(node: FieldNode, state: State): number | null {
  if (!onlyArguments(node, ["first"])) return null;
  const first = intArgument(node, "first", state);
  if (first === null) return null;
  if (first === UNSET || first === undefined) return LIST_DEFAULT;
  if (first < 0) return null;
  return Math.min(first, LIST_MAX);
}

/** A connection's page size: only `first` within 1..100 (or none) is compiled; Pothos answers the rest. */
function connectionLimit(node: FieldNode, state: State): number | null {
  if (!onlyArguments(node, ["first"])) return null;
  const first = intArgument(node, "first", state);
  if (first === null) return null;
  if (first === UNSET || first === undefined) return DEFAULT_PAGE_SIZE;
  return first >= 1 && first <= MAX_PAGE_SIZE ? first : null;
}

type FieldCompiler = (parent: string, nodes: FieldNode[], state: State) => string | null;

const q = (identifier: string) => `"${identifier}"`;

/** A column, for a field with no arguments and no selection. */
function column(name: string, format?: (expression: string) => string): FieldCompiler {
  return (parent, nodes) => {
    if (nodes.some((n) => n.arguments?.length || n.selectionSet)) return null;
    const expression = `${parent}.${q(name)}`;
    return format ? format(expression) : expression;
  };
}

const dateTime = (e: string) => `to_char(${e}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const date = (e: string) => `to_char(${e}, 'YYYY-MM-DD')`;

/** The Relay global ID, base64 of "Type:id" as plugin-relay encodes it (no line breaks). */
function globalId(typeName: string): FieldCompiler {
  return (parent, nodes) => {
    if (nodes.some((n) => n.arguments?.length || n.selectionSet)) return null;
    return `translate(encode(convert_to('${typeName}:' || ${parent}."id", 'UTF8'), 'base64'), E'\\n', '')`;
  };
}

function nextAlias(state: State): string {
  state.aliases += 1;
  return `t${state.aliases}`;
}

/** The JSON object of one node of `typeName` read as `alias`, or null if a field is unsupported. */
function objectJson(typeName: string, alias: string, nodes: FieldNode[], state: State): string | null {
  const fields = collect(
    typeName,
    nodes.map((n) => n.selectionSet),
    state,
  );
  if (!fields) return null;
  const compilers = TYPES[typeName];
  if (!compilers) return null;
  const parts = ["'$', true"];
  for (const [key, fieldNodes] of fields) {
    const name = (fieldNodes[0] as FieldNode).name.value;
    if (name === "__typename") continue; // answered by graphql-js itself
    const compiler = compilers[name];
    if (!compiler) return null;
    const expression = compiler(alias, fieldNodes, state);
    if (expression === null) return null;
    parts.push(`'${key}', ${expression}`);
  }
  // json_build_object takes at most 100 arguments
  if (parts.length > 50) return null;
  return `json_build_object(${parts.join(", ")})`;
}

/** A related node (or null): `from(alias)` is the FROM and WHERE naming it. */
function single(typeName: string, from: (parent: string, alias: string) => string): FieldCompiler {
  return (parent, nodes, state) => {
    if (nodes.some((n) => n.arguments?.length)) return null;
    const alias = nextAlias(state);
    const json = objectJson(typeName, alias, nodes, state);
    return json === null ? null : `(SELECT ${json} FROM ${from(parent, alias)})`;
  };
}

/** A capped list of nodes: `from` gives FROM, WHERE and ORDER BY; the LIMIT comes from `first`. */
function list(typeName: string, from: (parent: string, alias: string) => string): FieldCompiler {
  return (parent, nodes, state) => {
    const limit = listLimit(nodes[0] as FieldNode, state);
    if (limit === null) return null;
    const alias = nextAlias(state);
    const json = objectJson(typeName, alias, nodes, state);
    if (json === null) return null;
    return `coalesce((SELECT json_agg(l.j) FROM (SELECT ${json} AS j FROM ${from(parent, alias)} LIMIT ${limit}) l), '[]'::json)`;
  };
}

/** The written forms of a name (aliases: at most 100, in id order). */
function aliasList(table: string, ownerColumn: string): FieldCompiler {
  return (parent, nodes) => {
    if (nodes.some((n) => n.arguments?.length || n.selectionSet)) return null;
    return `coalesce((SELECT json_agg(l."alias") FROM (SELECT a."alias" FROM ${q(table)} a WHERE a.${q(ownerColumn)} = ${parent}."id" ORDER BY a."id" LIMIT 100) l), '[]'::json)`;
  };
}

/**
 * An edge's cursor as plugin-prisma writes it for the (owner, listedAt, articleId) cursor of
 * connections.ts: base64 of `GPC:T:["S:<owner>","D:<epoch ms>","S:<articleId>"]` (Pothos core's
 * tagged chunks, JSON as JSON.stringify writes it; to_json escapes a string as it does).
 */
function mentionCursor(mention: string, ownerColumn: string): string {
  const chunk = (e: string) => `to_json(${e})::text`;
  const tuple = [
    chunk(`'S:' || ${mention}.${q(ownerColumn)}`),
    chunk(`'D:' || round(extract(epoch from ${mention}."listedAt") * 1000)::bigint`),
    chunk(`'S:' || ${mention}."articleId"`),
  ].join(" || ',' || ");
  return `translate(encode(convert_to('GPC:T:[' || ${tuple} || ']', 'UTF8'), 'base64'), E'\n', '')`;
}

/** The articles connection of a person or an institution: mentions newest first (connections.ts). */
function articleConnection(connectionType: string, mentionTable: string, ownerColumn: string): FieldCompiler {
  return (parent, nodes, state) => {
    const limit = connectionLimit(nodes[0] as FieldNode, state);
    if (limit === null) return null;
    const fields = collect(
      connectionType,
      nodes.map((n) => n.selectionSet),
      state,
    );
    if (!fields) return null;
    const mentions = `${q(mentionTable)} m WHERE m.${q(ownerColumn)} = ${parent}."id"`;
    const order = `ORDER BY m."listedAt" DESC, m."articleId" DESC`;
    const parts = ["'$', true"];
    for (const [key, fieldNodes] of fields) {
      const name = (fieldNodes[0] as FieldNode).name.value;
      if (name === "__typename") continue;
      if (fieldNodes.some((n) => n.arguments?.length)) return null;
      let expression: string | null = null;
      if (name === "totalCount" && fieldNodes.every((n) => !n.selectionSet)) {
        expression = `(SELECT count(*)::int FROM ${mentions})`;
      } else if (name === "edges") {
        const edgeFields = collect(
          `${connectionType}Edge`,
          fieldNodes.map((n) => n.selectionSet),
          state,
        );
        if (!edgeFields) return null;
        const edgeParts = ["'$', true"];
        const alias = nextAlias(state);
        for (const [edgeKey, edgeNodes] of edgeFields) {
          const edgeName = (edgeNodes[0] as FieldNode).name.value;
          if (edgeName === "__typename") continue;
          if (edgeNodes.some((n) => n.arguments?.length)) return null;
          if (edgeName === "cursor") {
            if (edgeNodes.some((n) => n.selectionSet)) return null;
            edgeParts.push(`'${edgeKey}', ${mentionCursor("m", ownerColumn)}`);
            continue;
          }
          if (edgeName !== "node") return null;
          const json = objectJson("Article", alias, edgeNodes, state);
          if (json === null) return null;
          edgeParts.push(`'${edgeKey}', ${json}`);
        }
        expression = `coalesce((SELECT json_agg(l.j) FROM (SELECT json_build_object(${edgeParts.join(", ")}) AS j FROM ${mentions.replace(" WHERE ", ` JOIN "Article" ${alias} ON ${alias}."id" = m."articleId" WHERE `)} ${order} LIMIT ${limit}) l), '[]'::json)`;
      } else if (name === "pageInfo") {
        const infoFields = collect(
          "PageInfo",
          fieldNodes.map((n) => n.selectionSet),
          state,
        );
        if (!infoFields) return null;
        const infoParts = ["'$', true"];
        for (const [infoKey, infoNodes] of infoFields) {
          const infoName = (infoNodes[0] as FieldNode).name.value;
          if (infoName === "__typename") continue;
          if (infoNodes.some((n) => n.arguments?.length || n.selectionSet)) return null;
          // only `first`, no cursor: never a previous page; a next page when a mention lies past this one
          if (infoName === "hasPreviousPage") infoParts.push(`'${infoKey}', false`);
          else if (infoName === "hasNextPage")
            infoParts.push(`'${infoKey}', EXISTS (SELECT 1 FROM ${mentions} ${order} OFFSET ${limit} LIMIT 1)`);
          else if (infoName === "startCursor")
            infoParts.push(
              `'${infoKey}', (SELECT ${mentionCursor("m", ownerColumn)} FROM ${mentions} ${order} LIMIT 1)`,
            );
          // the last edge's: the page in reverse, its first row
          else if (infoName === "endCursor")
            infoParts.push(
              `'${infoKey}', (SELECT ${mentionCursor("m", ownerColumn)} FROM (SELECT * FROM ${mentions} ${order} LIMIT ${limit}) m ORDER BY m."listedAt", m."articleId" LIMIT 1)`,
            );
          else return null;
        }
        expression = `json_build_object(${infoParts.join(", ")})`;
      }
      if (expression === null) return null;
      parts.push(`'${key}', ${expression}`);
    }
    if (parts.length > 50) return null;
    return `json_build_object(${parts.join(", ")})`;
  };
}

/** The fields this compiler reads, per type; each mirrors its resolver (named in the comment). */
const TYPES: Record<string, Record<string, FieldCompiler>> = {
  Institution: {
    id: globalId("Institution"),
    name: column("name"),
    shortName: column("shortName"),
    type: column("type"),
    aliases: aliasList("InstitutionAlias", "institutionId"),
    // loaders.ts institutionPeople: people with a position here, in id order
    people: list(
      "Person",
      (p, c) =>
        `"Person" ${c} WHERE EXISTS (SELECT 1 FROM "Position" x WHERE x."personId" = ${c}."id" AND x."institutionId" = ${p}."id") ORDER BY ${c}."id"`,
    ),
    positions: list("Position", (p, c) => `"Position" ${c} WHERE ${c}."institutionId" = ${p}."id" ORDER BY ${c}."id"`),
    articles: articleConnection("InstitutionArticlesConnection", "InstitutionMention", "institutionId"),
  },
  Person: {
    id: globalId("Person"),
    name: column("name"),
    aliases: aliasList("PersonAlias", "personId"),
    positions: list("Position", (p, c) => `"Position" ${c} WHERE ${c}."personId" = ${p}."id" ORDER BY ${c}."id"`),
    quotes: list(
      "Quote",
      (p, c) => `"Quote" ${c} WHERE ${c}."speakerId" = ${p}."id" ORDER BY ${c}."listedAt" DESC, ${c}."id" DESC`,
    ),
    articles: articleConnection("PersonArticlesConnection", "PersonMention", "personId"),
    // loaders.ts personEvents: events with a participation of the person, in id order
    events: list(
      "Event",
      (p, c) =>
        `"Event" ${c} WHERE EXISTS (SELECT 1 FROM "EventParticipant" x WHERE x."eventId" = ${c}."id" AND x."personId" = ${p}."id") ORDER BY ${c}."id"`,
    ),
  },
  Position: {
    id: globalId("Position"),
    title: column("title"),
    role: column("role"),
    person: single("Person", (p, c) => `"Person" ${c} WHERE ${c}."id" = ${p}."personId"`),
    institution: single("Institution", (p, c) => `"Institution" ${c} WHERE ${c}."id" = ${p}."institutionId"`),
  },
  Article: {
    id: globalId("Article"),
    title: column("title"),
    slug: column("slug"),
    lede: column("lede"),
    language: column("language"),
    publishedAt: column("publishedAt", dateTime),
    // Article.ts people / institutions: the mentions in id order
    people: list(
      "Person",
      (p, c) =>
        `"PersonMention" m JOIN "Person" ${c} ON ${c}."id" = m."personId" WHERE m."articleId" = ${p}."id" ORDER BY m."id"`,
    ),
    institutions: list(
      "Institution",
      (p, c) =>
        `"InstitutionMention" m JOIN "Institution" ${c} ON ${c}."id" = m."institutionId" WHERE m."articleId" = ${p}."id" ORDER BY m."id"`,
    ),
  },
  Event: {
    id: globalId("Event"),
    name: column("name"),
    date: column("date", date),
  },
  Quote: {
    id: globalId("Quote"),
    text: column("text"),
  },
};

/** The root lookups compiled: `institution(name:)` and `person(name:)` (lookup.ts whereIdOrAlias). */
const ROOTS = {
  institution: {
    typeName: "Institution",
    table: "Institution",
    aliasTable: "InstitutionAlias",
    owner: "institutionId",
  },
  person: { typeName: "Person", table: "Person", aliasTable: "PersonAlias", owner: "personId" },
} as const;

export type PageRoot = keyof typeof ROOTS;

/**
 * The page's statement, or null when the selection has anything not compiled here. The root
 * node is found by a normalized alias, unique in its table, so by at most one row.
 */
export function compilePage(root: PageRoot, input: CompileInput): CompiledPage | null {
  const { typeName, table, aliasTable, owner } = ROOTS[root];
  const state: State = { input, aliases: 0, usesVariables: false };
  const json = objectJson(typeName, "r", [...input.fieldNodes], state);
  if (json === null) return null;
  // nested correlated subqueries reuse the mention alias "m": each is its own scope
  return {
    sql: `SELECT ${json}::text AS "j" FROM ${q(table)} r WHERE EXISTS (SELECT 1 FROM ${q(aliasTable)} a WHERE a.${q(owner)} = r."id" AND a."normalized" = $1) LIMIT 1`,
    reusable: !state.usesVariables,
  };
}
