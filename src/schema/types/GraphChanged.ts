import { setTimeout as delay } from "node:timers/promises";
import { Repeater } from "graphql-yoga";
import { loadConfig } from "../../config.ts";
import type { ChangeEvent, Prisma } from "../../generated/prisma/client.ts";
import { prisma } from "../../store/index.ts";
import { builder } from "../builder.ts";
import { changeWhere, lastChangeSequence, startingSequence } from "../changeFeedReader.ts";
import type { FeedPubSub } from "../context.ts";
import { openFeeds, releasingOnEnd, reserveSubscriptionSlot } from "./ArticleAdded.ts";
import { ChangeEventRef } from "./ChangeEvent.ts";
import { ChangeFilterRef } from "./ChangeFilter.ts";
import { ChangeKindEnum } from "./ChangeKind.ts";

const CHANGE_BATCH = 100;

/**
 * Reads the change feed after `start` for one subscriber: everything already there first (the
 * replay after a cursor), then new rows as writers wake it through the pubsub, or at the latest
 * at each poll (a write in another process without Redis). Ends with the server (openFeeds).
 */
function followChanges(start: bigint, where: Prisma.ChangeEventWhereInput, pubsub: FeedPubSub) {
  let position = start;
  const pollMs = loadConfig().feedPollMs;
  return new Repeater<ChangeEvent>(async (push, stop) => {
    let wake: (() => void) | undefined;
    const wakeUps = pubsub.subscribe("articleFeedGrew");
    void (async () => {
      for await (const _ of wakeUps) wake?.();
    })();
    const feeds = openFeeds.get(pubsub) ?? new Set();
    openFeeds.set(pubsub, feeds);
    const stopFeed = () => stop();
    feeds.add(stopFeed);
    let stopped = false;
    stop.then(() => {
      feeds.delete(stopFeed);
      stopped = true;
      wake?.();
      void wakeUps.return?.();
    });
    while (!stopped) {
      const batch = await prisma().changeEvent.findMany({
        where: { AND: [{ sequence: { gt: position } }, where] },
        orderBy: { sequence: "asc" },
        take: CHANGE_BATCH,
      });
      for (const event of batch) {
        position = event.sequence;
        await push(event);
      }
      if (batch.length === CHANGE_BATCH || stopped) continue;
      const controller = new AbortController();
      await Promise.race([
        new Promise<void>((resolve) => {
          wake = resolve;
        }),
        delay(pollMs, undefined, { signal: controller.signal }).catch(() => {}),
      ]);
      controller.abort();
      wake = undefined;
    }
  });
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
        const position = args.after ? await startingSequence(args.after) : await lastChangeSequence();
        return releasingOnEnd(followChanges(position, where, context.pubsub), slot.release);
      } catch (error) {
        slot.release();
        throw error;
      }
    },
    resolve: (event) => event,
  }),
);
