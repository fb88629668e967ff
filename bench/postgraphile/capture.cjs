// The SQL PostGraphile sends for one request of each query: its pool's clients are wrapped to
// record them. Plain CommonJS run by plain node: PostGraphile 4 carries its own graphql 15,
// which cannot share a process with tsx and the project's graphql 16.
// Usage: node bench/postgraphile/capture.cjs <databaseUrl> <queries as JSON {key: query}>
const { createServer } = require("node:http");
const pg = require("pg");
const { postgraphile } = require("postgraphile");

async function main() {
  const [databaseUrl, queriesJson] = process.argv.slice(2);
  const queries = JSON.parse(queriesJson);
  let captured = [];
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  pool.on("connect", (connection) => {
    const original = connection.query.bind(connection);
    connection.query = (first, values, ...rest) => {
      const sql = typeof first === "string" ? first : first.text;
      const args = (typeof first === "string" ? values : first.values) ?? [];
      captured.push({ sql, args: Array.isArray(args) ? args : [] });
      return original(first, values, ...rest);
    };
  });
  const server = createServer(postgraphile(pool, "public", { disableQueryLog: true, graphiql: false }));
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${server.address().port}/graphql`;
  const post = async (query) => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
    const body = await response.json();
    if (body.errors?.length) throw new Error(`PostGraphile: ${JSON.stringify(body.errors).slice(0, 500)}`);
  };
  const result = {};
  for (const [key, query] of Object.entries(queries)) {
    await post(query);
    captured = [];
    await post(query);
    result[key] = captured;
    captured = [];
  }
  process.stdout.write(JSON.stringify(result));
  server.close();
  await pool.end();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
