import type { ChangeEvent, Prisma } from "../../generated/prisma/client.ts";
import type { PrismaClient } from "../../store/index.ts";
import { builder } from "../builder.ts";
import { changeWhere, lastChangeSequence, startingSequence } from "../changeFeedReader.ts";
import type { FeedPubSub } from "../context.ts";
import { followSequence, releasingOnEnd, reserveSubscriptionSlot } from "./ArticleAdded.ts";
import { ChangeEventRef } from "./ChangeEvent.ts";
import { ChangeFilterRef } from "./ChangeFilter.ts";
import { ChangeKindEnum } from "./ChangeKind.ts";

const CHANGE_BATCH = 100;

/** Reads the change feed after `start` for one subscriber, only the events `where` selects. */
function followChanges(db: PrismaClient, start: bigint, where: Prisma.ChangeEventWhereInput, pubsub: FeedPubSub) {
  return followSequence<ChangeEvent>(
    start,
    pubsub,
    (position) =>
      db.changeEvent.findMany({
        where: { AND: [{ sequence: { gt: position } }, where] },
        orderBy: { sequence: "asc" },
        take: CHANGE_BATCH,
      }),
    CHANGE_BATCH,
  );
}

builder.subscriptionField("graphChanged", (t) =>
  t.field({
    type: ChangeEventRef,
    description:
      "Every change of the graph as it commits (new and updated articles, new people, first reports of positions), optionally only some kinds or those about an institution, person, place or topic. With `after` (an event's cursor, from here or from `changes`) what changed since is replayed first, so a reconnecting service misses nothing; a cursor beyond the end of the feed is BAD_USER_INPUT.",
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
        const position = args.after
          ? await startingSequence(context.prisma, args.after)
          : await lastChangeSequence(context.prisma);
        return releasingOnEnd(followChanges(context.prisma, position, where, context.pubsub), slot.release);
      } catch (error) {
        slot.release();
        throw error;
      }
    },
    resolve: (event) => event,
  }),
);
