import type { PubSub } from "graphql-yoga";
import type { PrismaClient } from "../store/index.ts";
import { createLoaders, type Loaders } from "./loaders.ts";

/** What the pubsub carries: a wake-up call that new articles are in the feed (the feed itself is in the store). */
export type FeedChannels = { articleFeedGrew: [] };
export type FeedPubSub = PubSub<FeedChannels>;

/** What every resolver can read: the caller's scopes, this request's loaders and the pubsub. Read-only. */
export interface Context {
  /** the scopes of the caller's API key; empty for anonymous callers */
  readonly scopes: ReadonlySet<string>;
  /** the name of the API key the caller used, for logs */
  readonly apiKeyName: string | null;
  readonly loaders: Loaders;
  readonly pubsub: FeedPubSub;
  /** the store this server was started on (resolvers and loaders read and write through it) */
  readonly prisma: PrismaClient;
}

export interface Caller {
  scopes: ReadonlySet<string>;
  apiKeyName: string | null;
}

export const ANONYMOUS: Caller = { scopes: new Set(), apiKeyName: null };

export function createContext(caller: Caller, pubsub: FeedPubSub, prisma: PrismaClient): Context {
  // the caller's fields written out, not spread: on Node 20's V8 an object literal that spreads one
  // object and then adds properties takes about 2 µs, a hundred times this (issue 11: 5% of { __typename })
  return { scopes: caller.scopes, apiKeyName: caller.apiKeyName, loaders: createLoaders(prisma), pubsub, prisma };
}
