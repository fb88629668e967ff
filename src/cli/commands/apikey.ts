import type { Command } from "commander";
import { API_SCOPES, type ApiScope, createApiKey, revokeApiKey } from "../../graph/index.ts";
import { EXIT_FAILURE, UsageError } from "../errors.ts";
import { printResult, say } from "../output.ts";
import { withCliStore } from "../store.ts";

function collectScopes(value: string, previous: string[]): string[] {
  return [...previous, ...value.split(",").map((scope) => scope.trim())];
}

function validScopes(scopes: string[]): ApiScope[] {
  const unknown = scopes.filter((scope) => !(API_SCOPES as readonly string[]).includes(scope));
  if (unknown.length > 0) {
    throw new UsageError(
      `unknown scope ${unknown.map((s) => `"${s}"`).join(", ")}; scopes are: ${API_SCOPES.join(", ")}`,
    );
  }
  return scopes as ApiScope[];
}

export function registerApiKey(program: Command): void {
  const apikey = program.command("apikey").description("create and revoke the API keys that GraphQL mutations need");

  apikey
    .command("create")
    .description("create an API key and print it (it is stored only as a hash: this is the one time it is shown)")
    .argument("<name>", "who or what the key is for")
    .option(
      "--scope <scope>",
      `a scope the key grants (${API_SCOPES.join(", ")}); repeat or separate with commas`,
      collectScopes,
      [],
    )
    .action(async (name: string, options: { scope: string[] }) => {
      const scopes = validScopes(options.scope.length > 0 ? options.scope : ["ingest"]);
      const created = await withCliStore((store) => createApiKey(store.prisma, name, scopes));
      say(`created API key "${created.name}" with scope ${created.scopes.join(", ")}; it is shown only now:`);
      printResult(created.key);
    });

  apikey
    .command("revoke")
    .description("revoke every active API key of that name")
    .argument("<name>", "the name the key was created with")
    .action(async (name: string) => {
      const revoked = await withCliStore((store) => revokeApiKey(store.prisma, name));
      if (revoked === 0) {
        say(`no active API key is named "${name}"`);
        process.exitCode = EXIT_FAILURE;
        return;
      }
      say(`revoked ${revoked === 1 ? "the API key" : `${revoked} API keys`} named "${name}"`);
    });
}
