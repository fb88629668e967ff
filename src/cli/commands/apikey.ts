import type { Command } from "commander";
import { config } from "../../config.ts";
import {
  API_SCOPES,
  ApiKeyError,
  type ApiKeyInfo,
  createApiKey,
  isApiScope,
  listApiKeys,
  revokeApiKey,
} from "../../graph/index.ts";
import { type PrismaClient, StoreLockedError } from "../../store/index.ts";
import { CliFailure, UsageError } from "../errors.ts";
import { printResult, say } from "../output.ts";
import { callServer } from "../serverClient.ts";
import { withCliStore } from "../store.ts";

/** What `apikey` does, straight on the store or through a running server's admin mutations. */
interface KeyManager {
  create(name: string, scopes: string[]): Promise<ApiKeyInfo & { key: string }>;
  list(): Promise<ApiKeyInfo[]>;
  revoke(id: string): Promise<ApiKeyInfo>;
}

interface ServerOptions {
  server?: string;
  apiKey?: string;
}

function storeKeys(prisma: PrismaClient): KeyManager {
  return {
    create: (name, scopes) => createApiKey(prisma, name, scopes),
    list: () => listApiKeys(prisma),
    revoke: (id) => revokeApiKey(prisma, id),
  };
}

const API_KEY_FIELDS = "id name scopes createdAt revokedAt";

/** Keys as the server returns them: dates as strings, scopes as the enum's capitals. */
interface ServerApiKey {
  id: string;
  name: string;
  scopes: string[];
  createdAt: string;
  revokedAt: string | null;
}

function fromServer(key: ServerApiKey): ApiKeyInfo {
  return {
    id: key.id,
    name: key.name,
    scopes: key.scopes.map((scope) => scope.toLowerCase()),
    createdAt: new Date(key.createdAt),
    revokedAt: key.revokedAt ? new Date(key.revokedAt) : null,
  };
}

function serverKeys(graphqlUrl: string, apiKey: string): KeyManager {
  const call = <T>(query: string, variables: Record<string, unknown> = {}) =>
    callServer<T>(graphqlUrl, apiKey, query, variables);
  return {
    create: async (name, scopes) => {
      const data = await call<{ createApiKey: { key: string; apiKey: ServerApiKey } }>(
        `mutation CreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { ${API_KEY_FIELDS} } } }`,
        { input: { name, scopes: scopes.map((scope) => scope.toUpperCase()) } },
      );
      return { ...fromServer(data.createApiKey.apiKey), key: data.createApiKey.key };
    },
    list: async () => {
      const data = await call<{ apiKeys: ServerApiKey[] }>(`query ApiKeys { apiKeys { ${API_KEY_FIELDS} } }`);
      return data.apiKeys.map(fromServer);
    },
    revoke: async (id) => {
      const data = await call<{ revokeApiKey: ServerApiKey }>(
        `mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { ${API_KEY_FIELDS} } }`,
        { id },
      );
      return fromServer(data.revokeApiKey);
    },
  };
}

/**
 * Runs work on the store, or through the server when --server is given or when a server holds
 * the embedded store and an admin key is at hand. Without a key the message says how to get there.
 */
async function withKeyManager<T>(options: ServerOptions, work: (keys: KeyManager) => Promise<T>): Promise<T> {
  const apiKey = options.apiKey ?? config().apiKey;
  if (options.server !== undefined) {
    if (!/^https?:\/\/\S+$/.test(options.server)) {
      throw new UsageError(`--server "${options.server}" is not an http(s) URL of a GraphQL endpoint`);
    }
    if (!apiKey)
      throw new UsageError("--server needs an API key with the admin scope: --api-key <key> or WARTAGRAPH_API_KEY");
    return work(serverKeys(options.server, apiKey));
  }
  try {
    return await withCliStore((store) => work(storeKeys(store.prisma)));
  } catch (error) {
    if (!(error instanceof StoreLockedError) || !error.holder.serverUrl) throw error;
    const serverUrl = error.holder.serverUrl;
    if (!apiKey) {
      throw new CliFailure(
        `The store in ${error.dataDir} is held by the server at ${serverUrl} (process ${error.holder.pid}); ` +
          "two processes on one embedded store would destroy it. Manage keys through that server: give an API key " +
          "with the admin scope (--api-key <key> or WARTAGRAPH_API_KEY) and apikey sends the request there. " +
          "Without an admin key yet, stop the server, create one (apikey create <name> --scope admin), and start it again.",
      );
    }
    say(`The store is held by the server at ${serverUrl} (process ${error.holder.pid}); managing keys through it.`);
    return work(serverKeys(serverUrl, apiKey));
  }
}

/** ApiKeyErrors (a duplicate name, an unknown id) are the user's to fix: one line, exit 1. */
async function explained<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof ApiKeyError) throw new CliFailure(`error: ${error.message}`);
    throw error;
  }
}

function collectScopes(value: string, previous: string[]): string[] {
  return [...previous, ...value.split(",").map((scope) => scope.trim().toLowerCase())].filter(Boolean);
}

function validScopes(scopes: string[]): string[] {
  const unknown = scopes.filter((scope) => !isApiScope(scope));
  if (unknown.length > 0) {
    throw new UsageError(
      `unknown scope ${unknown.map((s) => `"${s}"`).join(", ")}; scopes are: ${API_SCOPES.join(", ")}`,
    );
  }
  return scopes;
}

function describeKey(key: ApiKeyInfo): string {
  return `"${key.name}" (id ${key.id})`;
}

function withServerOptions(command: Command): Command {
  return command
    .option("--server <graphql url>", "manage keys through a running server (needs --api-key with the admin scope)")
    .option("--api-key <key>", "API key with the admin scope, for a server (default: $WARTAGRAPH_API_KEY)");
}

export function registerApiKey(program: Command): void {
  const apikey = program
    .command("apikey")
    .description("create, list and revoke the API keys that GraphQL mutations need")
    .addHelpText(
      "after",
      "\nWhen a server holds the embedded store, apikey goes through it with an admin key (--api-key or\n" +
        "WARTAGRAPH_API_KEY); --server <url> does so for any server.",
    );

  withServerOptions(
    apikey
      .command("create")
      .description("create an API key and print it (it is stored only as a hash: this is the one time it is shown)")
      .argument("<name>", "who or what the key is for (unique)")
      .option(
        "--scope <scopes...>",
        `what the key allows: ${API_SCOPES.join(", ")} (several, space- or comma-separated; default ingest)`,
        collectScopes,
        [],
      ),
  ).action(async (name: string, options: ServerOptions & { scope: string[] }) => {
    const scopes = validScopes(options.scope.length > 0 ? [...new Set(options.scope)] : ["ingest"]);
    const created = await explained(withKeyManager(options, (keys) => keys.create(name, scopes)));
    say(`created API key ${describeKey(created)} with scope ${created.scopes.join(", ")}; it is shown only now:`);
    printResult(created.key);
  });

  withServerOptions(
    apikey
      .command("list")
      .description("list every API key, valid and revoked (never the keys themselves)")
      .option("--json", "print the keys as JSON"),
  ).action(async (options: ServerOptions & { json?: boolean }) => {
    const keys = await withKeyManager(options, (manager) => manager.list());
    if (options.json) {
      printResult(JSON.stringify(keys));
      return;
    }
    if (keys.length === 0) {
      say("no API keys yet: apikey create <name> --scope …");
      return;
    }
    for (const key of keys) {
      const state = key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : "valid";
      printResult(
        [key.id, key.name, key.scopes.join(",") || "(read only)", key.createdAt.toISOString(), state].join("\t"),
      );
    }
  });

  withServerOptions(
    apikey
      .command("revoke")
      .description("revoke one API key by its id (apikey list shows ids); requests with it fail from then on")
      .argument("<id>", "the key's id"),
  ).action(async (id: string, options: ServerOptions) => {
    const revokedBefore = new Date();
    const key = await explained(withKeyManager(options, (keys) => keys.revoke(id)));
    if (key.revokedAt && key.revokedAt < revokedBefore) {
      say(`the API key ${describeKey(key)} was already revoked (${key.revokedAt.toISOString()})`);
      return;
    }
    say(`revoked the API key ${describeKey(key)}`);
  });
}
