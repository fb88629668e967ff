// A second process for the lock tests: opens the embedded store named by DATABASE_URL, writes
// one row, says "ready" and holds the store until it is killed (or closes it on SIGTERM).
import { openStore } from "../../src/store/index.ts";

const store = await openStore({ databaseUrl: process.env.DATABASE_URL, role: "test-holder" });
const name = process.argv[2] ?? "holder";
await store.prisma.source.create({ data: { name, normalizedName: name.toLowerCase() } });
process.stdout.write(`ready ${process.pid}\n`);
process.once("SIGTERM", () => {
  store.close().then(() => process.exit(0));
});
setInterval(() => {}, 60_000);
