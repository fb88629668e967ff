import { type SharedFilter, SubscriberEnd } from "../../events/feedReader.ts";
import type { ChangeEvent, Prisma } from "../../generated/prisma/client.ts";
import type { ChangeKind } from "../../generated/prisma/enums.ts";
import type { PrismaClient } from "../../store/index.ts";
import { builder } from "../builder.ts";
import { type ChangeFilterInput, changeCursorOf, changeWhere, startingSequence } from "../changeFeedReader.ts";
import { feedReaderOf, reserveSubscriptionSlot, subscribeThroughReader } from "./ArticleAdded.ts";
import { ChangeEventRef } from "./ChangeEvent.ts";
import { ChangeFilterRef } from "./ChangeFilter.ts";
import { ChangeKindEnum } from "./ChangeKind.ts";

/** The change events in (after, upTo] that `where` selects, oldest first. */
function readChanges(db: PrismaClient, where: Prisma.ChangeEventWhereInput, after: bigint, upTo: bigint, take: number) {
  return db.changeEvent.findMany({
    where: { AND: [{ sequence: { gt: after, lte: upTo } }, where] },
    orderBy: { sequence: "asc" },
    take,
  });
}

/**
 * The reader's view of a change filter (entities, which need the database): one query per
 * distinct filter and wake-up, shared by every subscriber asking for it. Kinds are checked in memory.
 */
function sharedChangeFilter(filter: ChangeFilterInput | null | undefined): SharedFilter | undefined {
  const given = Object.entries(filter ?? {}).filter(([, value]) => value !== null && value !== undefined);
  if (given.length === 0) return undefined;
  const where = changeWhere({ filter });
  return {
    key: JSON.stringify(given.sort(([a], [b]) => a.localeCompare(b)).map(([name, value]) => [name, String(value)])),
    sequencesIn: async (db, after, upTo) =>
      (
        await db.changeEvent.findMany({
          where: { AND: [{ sequence: { gt: after, lte: upTo } }, where] },
          select: { sequence: true },
        })
      ).map((row) => row.sequence),
  };
}

/** The columns every feed row carries already: a selection of only these needs no query per subscriber. */
const CHANGE_COLUMNS = new Set([
  "sequence",
  "kind",
  "at",
  "articleId",
  "personId",
  "institutionId",
  "positionId",
  "changedFields",
]);

/** Whether a Pothos query for one event asks for more than the row the reader read (a relation). */
function needsRelations(query: { include?: object; select?: object }): boolean {
  if (query.include && Object.keys(query.include).length > 0) return true;
  return Object.keys(query.select ?? {}).some((field) => !CHANGE_COLUMNS.has(field));
}

builder.subscriptionField("graphChanged", (t) =>
  t.prismaField({
    type: ChangeEventRef,
    description:
      "Every change of the graph as it commits (new and updated articles, new people, first reports of positions), optionally only some kinds or those about an institution, person, place or topic. With `after` (an event's cursor, from here or from `changes`) what changed since is replayed first, so a reconnecting service misses nothing; a cursor beyond the end of the feed is BAD_USER_INPUT. A subscriber that falls too far behind is dropped with a SUBSCRIBER_DROPPED error that names the cursor to resume after.",
    args: {
      kinds: t.arg({ type: [ChangeKindEnum], description: "Only changes of these kinds (all when absent)." }),
      filter: t.arg({ type: ChangeFilterRef, description: "Only changes concerning these entities." }),
      after: t.arg.string({ description: "Resume after this event's cursor." }),
    },
    subscribe: async (_root, args, context) => {
      // the slot is taken before the first await, so concurrent opens cannot all pass the check
      const slot = reserveSubscriptionSlot();
      try {
        const where = changeWhere(args);
        const reader = feedReaderOf(context);
        // subscribers opening together share one look at the end of the feed
        const position = args.after
          ? await startingSequence(context.prisma, args.after)
          : await reader.changes.latestSequence();
        const kinds = args.kinds && args.kinds.length > 0 ? new Set<ChangeKind>(args.kinds) : undefined;
        return subscribeThroughReader<ChangeEvent>(
          reader,
          reader.changes,
          {
            start: position,
            readOwn: (db, after, upTo, take) => readChanges(db, where, after, upTo, take),
            filter: sharedChangeFilter(args.filter),
            accepts: kinds ? (event) => kinds.has(event.kind) : undefined,
          },
          slot,
        );
      } catch (error) {
        slot.release();
        throw error;
      }
    },
    resolve: async (query, event, _args, context) => {
      const row = event as unknown as ChangeEvent | SubscriberEnd;
      if (row instanceof SubscriberEnd) throw row.error(changeCursorOf);
      // the reader's row serves the event's own fields; relations are loaded for this subscriber
      if (!needsRelations(query)) return row;
      return context.prisma.changeEvent.findUniqueOrThrow({ ...query, where: { sequence: row.sequence } });
    },
  }),
);
