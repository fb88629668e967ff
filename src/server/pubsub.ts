import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { createPubSub } from "graphql-yoga";
import { Redis } from "ioredis";
import type { FeedChannels, FeedPubSub } from "../schema/context.ts";

export interface FeedNotifier {
  pubsub: FeedPubSub;
  close(): Promise<void>;
}

/**
 * The pubsub that wakes articleAdded subscribers. With REDIS_URL it spans every server (and the
 * CLI) on that Redis; without, one process. Either way it only shortens the wait: subscribers
 * read the feed from the store, so a lost wake-up delays an event, never drops it.
 */
export function createFeedNotifier(redisUrl: string | undefined = process.env.REDIS_URL): FeedNotifier {
  if (!redisUrl) return { pubsub: createPubSub<FeedChannels>(), close: async () => {} };
  const publishClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2 });
  const subscribeClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2 });
  const eventTarget = createRedisEventTarget<never>({ publishClient, subscribeClient });
  return {
    pubsub: createPubSub<FeedChannels>({ eventTarget }),
    close: async () => {
      await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}
