import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";

/** Called once for every SQL statement Prisma sends to the database. */
export type StatementListener = (query: SqlQuery) => void;

const listeners = new Set<StatementListener>();

/** Subscribes to executed SQL statements (metrics, tests); returns the unsubscribe function. */
export function onSqlStatement(listener: StatementListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(query: SqlQuery): void {
  for (const listener of listeners) listener(query);
}

function countQueries<T extends SqlDriverAdapter | Transaction>(target: T): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      if (property === "queryRaw" || property === "executeRaw") {
        return (query: SqlQuery) => {
          notify(query);
          return object[property](query);
        };
      }
      if (property === "startTransaction") {
        return async (...args: Parameters<SqlDriverAdapter["startTransaction"]>) =>
          countQueries(await (object as SqlDriverAdapter).startTransaction(...args));
      }
      const value = Reflect.get(object, property, receiver);
      return typeof value === "function" ? value.bind(object) : value;
    },
  });
}

/**
 * Wraps a driver adapter factory so that every statement is reported to the listeners. Counting
 * at the driver boundary sees exactly what reaches the database, whatever Prisma batches.
 */
export function withStatementCounting(
  factory: SqlMigrationAwareDriverAdapterFactory,
): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => countQueries(await factory.connect()),
    connectToShadowDb: async () => countQueries(await factory.connectToShadowDb()),
  };
}
