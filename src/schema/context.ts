import type { YogaInitialContext } from "graphql-yoga";
import { createLoaders, type Loaders } from "./loaders.ts";

/** What every resolver can read: the caller's scopes and this request's loaders. Read-only. */
export interface Context {
  /** the scopes of the caller's API key; empty for anonymous callers */
  readonly scopes: ReadonlySet<string>;
  /** the name of the API key the caller used, for logs */
  readonly apiKeyName: string | null;
  readonly loaders: Loaders;
}

export interface Caller {
  scopes: ReadonlySet<string>;
  apiKeyName: string | null;
}

export const ANONYMOUS: Caller = { scopes: new Set(), apiKeyName: null };

export function createContext(caller: Caller = ANONYMOUS): Context {
  return { ...caller, loaders: createLoaders() };
}

export type ServerContext = YogaInitialContext & Context;
