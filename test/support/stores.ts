import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe } from "vitest";
import { openStore, type ServedStore, type Store } from "../../src/store/index.ts";

/** The PostgreSQL server the tests use (CI starts it; .ci/run brings it up if it is down). */
export const TEST_POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** Creates an empty database for one test file; returns its URL and a function that drops it. */
export async function createScratchDatabase(prefix = "wg_test"): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: TEST_POSTGRES_ADMIN_URL });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

export type StoreKind = "pglite" | "postgres";
export const STORE_KINDS: StoreKind[] = ["pglite", "postgres"];

export interface StoreFixture {
  readonly store: Store;
}

let currentTestStore: Store | undefined;

/** The store the test yoga serves: the one openTestStore opened last, until it is disposed. */
export const testStore: ServedStore = {
  get prisma() {
    if (!currentTestStore) throw new Error("no test store is open: call openTestStore() or use describeEachStore()");
    return currentTestStore.prisma;
  },
};

/**
 * Opens a fresh, migrated store of the given kind: an in-memory PGlite, or a new PostgreSQL
 * database. It becomes the process store (the schema reads through it) until closed.
 */
export async function openTestStore(kind: StoreKind): Promise<{ store: Store; dispose(): Promise<void> }> {
  const database = kind === "postgres" ? await createScratchDatabase() : undefined;
  const store = database
    ? await openStore({ databaseUrl: database.url, role: "test", migrate: "always", poolSize: 4 })
    : await openStore({ databaseUrl: "memory:", role: "test" });
  currentTestStore = store;
  return {
    store,
    dispose: async () => {
      if (currentTestStore === store) currentTestStore = undefined;
      await store.close();
      await database?.drop();
    },
  };
}

/**
 * Runs a suite once per store kind, each against its own fresh store: every read and write
 * path is exercised on the embedded PGlite and on the real PostgreSQL.
 */
export function describeEachStore(name: string, suite: (fixture: StoreFixture, kind: StoreKind) => void): void {
  for (const kind of STORE_KINDS) {
    describe(`${name} [${kind}]`, () => {
      let opened: Awaited<ReturnType<typeof openTestStore>> | undefined;
      const fixture: StoreFixture = {
        get store() {
          if (!opened) throw new Error("the test store is not open yet");
          return opened.store;
        },
      };
      beforeAll(async () => {
        opened = await openTestStore(kind);
      });
      afterAll(async () => {
        await opened?.dispose();
      });
      suite(fixture, kind);
    });
  }
}
