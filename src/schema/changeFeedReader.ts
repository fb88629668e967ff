import { GraphQLError } from "graphql";
import { idOrMergedInto } from "../curation/redirects.ts";
import type { ChangeKind } from "../generated/prisma/enums.ts";
import { normalizeName } from "../ingest/normalize.ts";
import type { Prisma, PrismaClient } from "../store/index.ts";
import { type EntityRef, entityRef } from "./articleFilter.ts";
import { decodeCursor, encodeCursor } from "./pagination.ts";

/**
 * Reading the typed change feed (ChangeEvent): the one place `changes` and `graphChanged` turn
 * cursors, kinds and filters into a query, so both mean the same thing by them.
 */

/** A change filter as GraphQL hands it over: IDs or names (any alias, any case). */
export interface ChangeFilterInput {
  institution?: string | number | null;
  person?: string | number | null;
  place?: string | number | null;
  topic?: string | null;
}

export interface ChangeSelection {
  kinds?: readonly ChangeKind[] | null;
  filter?: ChangeFilterInput | null;
}

export const changeCursorOf = (sequence: bigint): string => encodeCursor([sequence.toString()]);

/** The feed sequence a cursor names; anything the feed did not hand out is BAD_USER_INPUT. */
export function sequenceOfCursor(cursor: string, argument = "after"): bigint {
  const [sequence] = decodeCursor(cursor, ["string"], argument);
  if (!/^\d{1,19}$/.test(String(sequence))) {
    throw new GraphQLError(`${argument} is not a cursor of the change feed`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return BigInt(String(sequence));
}

/** The last sequence the feed has handed out (0 for an empty feed). */
export async function lastChangeSequence(db: PrismaClient): Promise<bigint> {
  return (await db.changeEvent.aggregate({ _max: { sequence: true } }))._max.sequence ?? 0n;
}

/**
 * The sequence to read after, checked against the end of the feed: a cursor beyond it was never
 * handed out (another store, a typo) and would wait forever, so it is refused.
 */
export async function startingSequence(db: PrismaClient, after: string | null | undefined): Promise<bigint> {
  if (!after) return 0n;
  const sequence = sequenceOfCursor(after);
  if (sequence > (await lastChangeSequence(db))) {
    throw new GraphQLError("after is beyond the end of the change feed", { extensions: { code: "BAD_USER_INPUT" } });
  }
  return sequence;
}

/**
 * The sequence to read before (undefined: from the end of the feed), checked against the end of
 * the feed as `after` is: a cursor the feed never handed out is refused.
 */
export async function endingSequence(db: PrismaClient, before: string | null | undefined): Promise<bigint | undefined> {
  if (!before) return undefined;
  const sequence = sequenceOfCursor(before, "before");
  if (sequence > (await lastChangeSequence(db))) {
    throw new GraphQLError("before is beyond the end of the change feed", { extensions: { code: "BAD_USER_INPUT" } });
  }
  return sequence;
}

/** An entity by its id (or an id merged into it since: the kept node stands for it) or by any alias. */
const byAlias = (ref: EntityRef) =>
  "id" in ref ? idOrMergedInto(ref.id) : { aliases: { some: { normalized: ref.normalized } } };

/**
 * Which events a selection keeps: of the given kinds, and concerning each filtered entity, either
 * directly (the person added, the institution of a position) or through the article they came in
 * (an article event whose article names it).
 */
export function changeWhere(selection: ChangeSelection): Prisma.ChangeEventWhereInput {
  const { kinds, filter } = selection;
  const conditions: Prisma.ChangeEventWhereInput[] = [];
  if (kinds && kinds.length > 0) conditions.push({ kind: { in: [...kinds] } });
  if (filter?.institution !== null && filter?.institution !== undefined) {
    const institution = byAlias(entityRef(filter.institution, "Institution", "filter.institution"));
    conditions.push({
      OR: [{ institution }, { article: { institutionMentions: { some: { institution } } } }],
    });
  }
  if (filter?.person !== null && filter?.person !== undefined) {
    const person = byAlias(entityRef(filter.person, "Person", "filter.person"));
    conditions.push({ OR: [{ person }, { article: { personMentions: { some: { person } } } }] });
  }
  if (filter?.place !== null && filter?.place !== undefined) {
    const place = byAlias(entityRef(filter.place, "Place", "filter.place"));
    conditions.push({
      OR: [{ institution: { place } }, { article: { placeMentions: { some: { place } } } }],
    });
  }
  if (filter?.topic) {
    const normalizedName = normalizeName(filter.topic);
    conditions.push({ article: { topics: { some: { topic: { normalizedName } } } } });
  }
  return { AND: conditions };
}
