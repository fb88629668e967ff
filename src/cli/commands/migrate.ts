import type { Command } from "commander";
import { printResult, say } from "../output.ts";
import { withCliStore } from "../store.ts";

export function registerMigrate(program: Command): void {
  program
    .command("migrate")
    .description("apply pending migrations to the store DATABASE_URL names and print them")
    .addHelpText(
      "after",
      "\nWorks for embedded stores and PostgreSQL; `npm run db:migrate` does the same through the Prisma CLI.",
    )
    .action(async () => {
      await withCliStore(async (store) => {
        if (store.appliedMigrations.length === 0) {
          say(`${store.description}: no migration was pending`);
          return;
        }
        say(`${store.description}: applied ${store.appliedMigrations.length} migration(s)`);
        for (const name of store.appliedMigrations) printResult(name);
      }, "always");
    });
}
