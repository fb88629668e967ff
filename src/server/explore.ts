import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Plugin } from "graphql-yoga";

/** Where `npm run build:explore` (run by postinstall) writes the bundled explorer. */
const EXPLORE_DIST = fileURLToPath(new URL("../../dist/explore/", import.meta.url));

/** only file names Vite writes: no path can climb out of the assets folder */
const ASSET_PATH = /^\/explore\/assets\/([\w-]+\.(js|css))$/;

const CONTENT_TYPES: Record<string, string> = {
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
};

/**
 * `GET /explore`: the visual explorer, a page bundled from src/explore that talks to /graphql.
 * Its assets carry a content hash in their names, so they may be cached for good.
 */
export function useExplorePage(): Plugin {
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      if (url.pathname !== "/explore" && !url.pathname.startsWith("/explore/")) return;
      if (request.method !== "GET" && request.method !== "HEAD") {
        endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: "GET, HEAD" } }));
        return;
      }
      const asset = ASSET_PATH.exec(url.pathname);
      const file = asset
        ? `assets/${asset[1]}`
        : url.pathname === "/explore" || url.pathname === "/explore/"
          ? "index.html"
          : undefined;
      if (!file) {
        endResponse(new fetchAPI.Response("not found", { status: 404 }));
        return;
      }
      let body: Buffer;
      try {
        body = await readFile(`${EXPLORE_DIST}${file}`);
      } catch {
        endResponse(
          new fetchAPI.Response(
            file === "index.html"
              ? "The explorer is not built: run npm run build:explore (npm install does it)."
              : "not found",
            { status: file === "index.html" ? 503 : 404, headers: { "content-type": "text/plain; charset=utf-8" } },
          ),
        );
        return;
      }
      endResponse(
        new fetchAPI.Response(new Uint8Array(body), {
          status: 200,
          headers: asset
            ? {
                "content-type": CONTENT_TYPES[asset[2] ?? "js"] ?? "application/octet-stream",
                "cache-control": "public, max-age=31536000, immutable",
              }
            : { "content-type": "text/html; charset=utf-8", "cache-control": "no-cache" },
        }),
      );
    },
  };
}
