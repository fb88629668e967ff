import { config } from "../config.ts";
import { openStore, type Store } from "../store/index.ts";

/**
 * Opens the store DATABASE_URL names, as the CLI. An embedded store that a server holds throws
 * StoreLockedError before anything is opened: the CLI never shares a PGlite directory.
 */
export function openCliStore(migrate?: "always"): Promise<Store> {
  return openStore({ databaseUrl: config().databaseUrl, role: "cli", ...(migrate ? { migrate } : {}) });
}

/** Runs work against the store and always closes it, so the embedded store's lock is released. */
export async function withCliStore<T>(work: (store: Store) => Promise<T>, migrate?: "always"): Promise<T> {
  const store = await openCliStore(migrate);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
