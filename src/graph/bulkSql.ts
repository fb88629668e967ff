import type {
  ArgType,
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";
import { driverAdapterOf, Prisma, type PrismaClient } from "../store/index.ts";

/**
 * What the bulk writer asks of a transaction: Prisma's two raw verbs, nothing of its models.
 * A Prisma transaction client is one; so is the driver transaction of inSqlTransaction.
 */
export type SqlTx = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;

export interface SqlTransactionOptions {
  /** how long to wait for a connection, and how long the transaction may run (Prisma's own limits, when it runs it) */
  maxWaitMs: number;
  timeoutMs: number;
}

/**
 * Runs `work` in one READ COMMITTED transaction on the store's driver itself (its pg pool, or
 * PGlite), committed when `work` resolves and rolled back when it throws.
 *
 * Why not prisma.$transaction: Prisma 6's client passes every raw statement, parameters
 * included, through its query compiler (the request as JSON into WebAssembly, the plan back
 * out, each value decoded again), and the bulk writer's parameters are whole batches of
 * article bodies and entity names. That was 40 % of the CPU of the ingest's main thread
 * (issue 11). Here each statement goes to the driver adapter as SQL text and its values, as
 * Prisma would hand it over after compiling; errors are the adapter's (DriverAdapterError, a
 * SQLSTATE in `cause`, which retry.ts recognizes), and the statement counter sees every one.
 *
 * A client that openStore did not make (no adapter known) runs `work` in prisma.$transaction.
 */
export async function inSqlTransaction<T>(
  prisma: PrismaClient,
  work: (tx: SqlTx) => Promise<T>,
  options: SqlTransactionOptions,
): Promise<T> {
  const factory = driverAdapterOf(prisma);
  if (!factory) {
    return prisma.$transaction((tx) => work(tx), {
      timeout: options.timeoutMs,
      maxWait: options.maxWaitMs,
      isolationLevel: Prisma.TransactionIsolationLevel.ReadCommitted,
    });
  }
  const adapter = await adapterOf(factory);
  const tx = await adapter.startTransaction("READ COMMITTED");
  // pg's adapter leaves COMMIT and ROLLBACK to the caller (Prisma's client sends them); PGlite's
  // runs the transaction itself and ends it when told
  const sendsOwnEnd = !tx.options.usePhantomQuery;
  let result: T;
  try {
    result = await work(driverTx(tx, !sendsOwnEnd));
    if (sendsOwnEnd) await tx.executeRaw(statement("COMMIT"));
  } catch (error) {
    try {
      if (sendsOwnEnd) await tx.executeRaw(statement("ROLLBACK")).catch(() => {});
    } finally {
      await tx.rollback();
    }
    throw error;
  }
  await tx.commit();
  return result;
}

const adapters = new WeakMap<SqlDriverAdapterFactory, Promise<SqlDriverAdapter>>();

/** One adapter per store: for pg a view of the store's pool, for PGlite of its one instance. */
function adapterOf(factory: SqlDriverAdapterFactory): Promise<SqlDriverAdapter> {
  let adapter = adapters.get(factory);
  if (!adapter) {
    adapter = factory.connect();
    adapters.set(factory, adapter);
    adapter.catch(() => adapters.delete(factory));
  }
  return adapter;
}

/** No type hints: values go to the driver as they are (strings, numbers, arrays of them, null). */
const UNTYPED: ArgType = { scalarType: "unknown", arity: "scalar" };

const statement = (sql: string, args: unknown[] = []): SqlQuery => ({ sql, args, argTypes: args.map(() => UNTYPED) });

/** A template call (tx.$queryRaw`…${v}…`) or a Prisma.sql value, as SQL with $n placeholders and its values. */
function sqlOf(query: TemplateStringsArray | Prisma.Sql, values: unknown[]): SqlQuery {
  const sql = query instanceof Prisma.Sql ? query : Prisma.sql(query, ...values);
  return statement(sql.text, sql.values);
}

/**
 * $queryRaw and $executeRaw over a driver transaction: rows as objects by column name, and
 * affected row counts. With `yieldFirst` (an embedded store) each statement waits for a turn of
 * the event loop first: PGlite runs a statement synchronously on this thread and settles its
 * promise at once, so a batch's statements are one chain of microtasks in which no message from
 * an extraction thread is taken. Its finished group of drafts then waited, and the thread sat
 * idle without its next group, for as long as the writes ran (issue 11: the two threads of an
 * ingest on PGlite took turns instead of working at once).
 */
function driverTx(tx: Transaction, yieldFirst: boolean): SqlTx {
  const turn = yieldFirst ? () => new Promise<void>((resolve) => setImmediate(resolve)) : async () => {};
  const driver = {
    async $queryRaw(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) {
      await turn();
      const { columnNames, rows } = await tx.queryRaw(sqlOf(query, values));
      return rows.map((row) => {
        const object: Record<string, unknown> = {};
        columnNames.forEach((name, index) => {
          object[name] = row[index];
        });
        return object;
      });
    },
    async $executeRaw(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) {
      await turn();
      return tx.executeRaw(sqlOf(query, values));
    },
  };
  // Prisma's verbs return a PrismaPromise (a promise that a batch $transaction can also take);
  // the bulk writer only awaits them
  return driver as unknown as SqlTx;
}
