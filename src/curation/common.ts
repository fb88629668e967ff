import { retryOnConflict } from "../graph/retry.ts";
import { Prisma, type PrismaClient } from "../store/index.ts";

export type Tx = Prisma.TransactionClient;

/** The kinds of node curation edits by name: they resolve by alias and can be merged. */
export type CuratedTypename = "Person" | "Institution" | "Place";
export const CURATED_TYPENAMES: readonly CuratedTypename[] = ["Person", "Institution", "Place"];

/** A node as curation addresses it: its type and database id (the schema decodes global IDs). */
export interface NodeRef {
  typename: string;
  id: string;
}

/** Who makes a change: the API key's name, as the log records it. */
export type Actor = string;

/** A curation request that cannot be carried out; nothing was changed. The message says why. */
export class CurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CurationError";
  }
}

/** The Relay global ID of a node, as the schema encodes it (base64 of "Type:id"). */
export function globalIdOf(typename: string, id: string): string {
  return Buffer.from(`${typename}:${id}`, "utf8").toString("base64");
}

/** The tables and columns of one kind of curated node. */
export interface KindTables {
  typename: CuratedTypename;
  table: string;
  aliasTable: string;
  mentionTable: string;
  /** the column naming the node in its alias and mention tables, in EntityRedirect and ChangeEvent */
  column: "personId" | "institutionId" | "placeId";
  /** the kind's name in the writer's lock keys (src/graph/entityKinds.ts) */
  lockName: string;
}

export const KIND_TABLES: Record<CuratedTypename, KindTables> = {
  Person: {
    typename: "Person",
    table: "Person",
    aliasTable: "PersonAlias",
    mentionTable: "PersonMention",
    column: "personId",
    lockName: "person",
  },
  Institution: {
    typename: "Institution",
    table: "Institution",
    aliasTable: "InstitutionAlias",
    mentionTable: "InstitutionMention",
    column: "institutionId",
    lockName: "institution",
  },
  Place: {
    typename: "Place",
    table: "Place",
    aliasTable: "PlaceAlias",
    mentionTable: "PlaceMention",
    column: "placeId",
    lockName: "place",
  },
};

export function curatedKind(ref: NodeRef, argument: string, allowed = CURATED_TYPENAMES): KindTables {
  if (!(allowed as readonly string[]).includes(ref.typename)) {
    throw new CurationError(`${argument} must be the ID of a ${allowed.join(", ")}, not of a ${ref.typename}`);
  }
  return KIND_TABLES[ref.typename as CuratedTypename];
}

/** Quotes a table or column name that comes from KIND_TABLES (never from a client). */
export const ident = (name: string) => Prisma.raw(`"${name}"`);

/**
 * Runs one curation change in its own transaction: all of it or, on any error, none. Curation
 * takes the writer's name locks (see lockForms), so READ COMMITTED sees what writers committed.
 */
export function inTransaction<T>(prisma: PrismaClient, work: (tx: Tx) => Promise<T>): Promise<T> {
  // a deadlock with a writer (or a form claimed by one in between) is run again, as the writer does
  return retryOnConflict(
    () =>
      prisma.$transaction(work, {
        timeout: 60_000,
        maxWait: 30_000,
        isolationLevel: Prisma.TransactionIsolationLevel.ReadCommitted,
      }),
    { attempts: 3, baseDelayMs: 25 },
  );
}
