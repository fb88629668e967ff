import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.ts";

function problem(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("expected a ConfigError");
}

describe("the configuration", () => {
  it("has working defaults for an empty environment", () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.host).toBe("0.0.0.0");
    expect(config.databaseUrl).toBeUndefined();
    expect(config.logLevel).toBe("info");
    expect(config.production).toBe(false);
    expect(config.maxSubscriptions).toBe(1000);
    expect(config.corsOrigins).toEqual([]);
    expect(config.maxBodyBytes).toBe(8 * 1024 * 1024);
    expect(() => config.validate()).not.toThrow();
  });

  it("says in one line what a bad value must be and what it was", () => {
    expect(problem(() => loadConfig({ PORT: "abc" }).port)).toBe('PORT must be an integer 0–65535, got "abc"');
    expect(problem(() => loadConfig({ PORT: "70000" }).port)).toBe('PORT must be an integer 0–65535, got "70000"');
    // Number() would read these as numbers; a person did not mean them as ports
    for (const value of ["1e3", "0x10", "-1", "4000.5"]) {
      expect(problem(() => loadConfig({ PORT: value }).port)).toContain("PORT must be an integer");
    }
    expect(problem(() => loadConfig({ WARTAGRAPH_MAX_SUBSCRIPTIONS: "abc" }).maxSubscriptions)).toBe(
      'WARTAGRAPH_MAX_SUBSCRIPTIONS must be an integer ≥ 1, got "abc"',
    );
    expect(problem(() => loadConfig({ LOG_LEVEL: "loud" }).logLevel)).toBe(
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"',
    );
    expect(problem(() => loadConfig({ WARTAGRAPH_GRAPHIQL: "maybe" }).graphiql)).toMatch(
      /^WARTAGRAPH_GRAPHIQL must be true or false .*got "maybe"$/,
    );
    expect(problem(() => loadConfig({ REDIS_URL: "localhost:6379" }).redisUrl)).toMatch(
      /^REDIS_URL must be a redis:\/\//,
    );
    expect(problem(() => loadConfig({ DATABASE_URL: "mysql://x" }).databaseUrl)).toMatch(
      /^DATABASE_URL "mysql:\/\/x" is not understood/,
    );
    expect(problem(() => loadConfig({ WARTAGRAPH_CORS_ORIGINS: "https://a.example/app" }).corsOrigins)).toBe(
      'WARTAGRAPH_CORS_ORIGINS must be a comma-separated list of origins such as https://app.example.org,http://localhost:5173, got "https://a.example/app"',
    );
    for (const message of [problem(() => loadConfig({ PORT: "abc" }).port)]) expect(message).not.toContain("\n");
  });

  it("reads each setting only when it is used, so a bad PORT does not break other settings", () => {
    const config = loadConfig({ PORT: "abc", LOG_LEVEL: "debug" });
    expect(config.logLevel).toBe("debug");
    expect(() => config.port).toThrow(ConfigError);
  });

  it("lists every bad variable at once when validated", () => {
    const message = problem(() => loadConfig({ PORT: "abc", WARTAGRAPH_MAX_BODY_BYTES: "lots" }).validate());
    expect(message).toContain('PORT must be an integer 0–65535, got "abc"');
    expect(message).toContain('WARTAGRAPH_MAX_BODY_BYTES must be an integer ≥ 1024, got "lots"');
  });

  it("treats an empty variable as unset", () => {
    expect(loadConfig({ PORT: "", WARTAGRAPH_CORS_ORIGINS: " " }).port).toBe(4000);
  });

  it("turns introspection, GraphiQL and /metrics off in production unless they are turned on", () => {
    const development = loadConfig({ NODE_ENV: "development" });
    expect([development.introspection, development.graphiql, development.metrics]).toEqual([true, true, true]);
    const production = loadConfig({ NODE_ENV: "production" });
    expect([production.introspection, production.graphiql, production.metrics]).toEqual([false, false, false]);
    const enabled = loadConfig({
      NODE_ENV: "production",
      WARTAGRAPH_INTROSPECTION: "yes",
      WARTAGRAPH_GRAPHIQL: "1",
      WARTAGRAPH_METRICS: "on",
    });
    expect([enabled.introspection, enabled.graphiql, enabled.metrics]).toEqual([true, true, true]);
    expect(loadConfig({ WARTAGRAPH_INTROSPECTION: "false" }).introspection).toBe(false);
  });

  it("reads CORS origins as a browser sends them", () => {
    expect(
      loadConfig({ WARTAGRAPH_CORS_ORIGINS: "https://App.example.org/, http://localhost:5173" }).corsOrigins,
    ).toEqual(["https://app.example.org", "http://localhost:5173"]);
    expect(loadConfig({ WARTAGRAPH_CORS_ORIGINS: "*" }).corsOrigins).toEqual(["*"]);
  });
});
