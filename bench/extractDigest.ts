/**
 * One digest per eval article of what the extractor makes of it, and one over them all, so a
 * change meant only to make extraction faster can be checked to leave its output byte for byte
 * alone: run it on both trees and compare the last line. Run with `npx tsx bench/extractDigest.ts`
 * (`--total` prints only the total).
 *
 * Every article is read twice: as written (eval/articles/*.txt, the seed among them) and cut or
 * repeated to about 3 KB the way bench/extract.ts reads it, since repeated paragraphs take paths
 * (people named again, more of everything) a single reading does not.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { extractArticle } from "../src/ingest/extract/index.ts";

const TARGET_BYTES = 3_000;
const onlyTotal = process.argv.includes("--total");

/** The bench's reading of an article: whole paragraphs, repeated until about 3 KB. */
function benchShaped(text: string): string {
  const paragraphs = text.split(/\n\s*\n/);
  let article = "";
  for (let i = 0; Buffer.byteLength(article) < TARGET_BYTES && paragraphs.length > 0; i++) {
    article += `${paragraphs[i % paragraphs.length]}\n\n`;
  }
  return article;
}

/** The draft as JSON, or the error it raised: either way the bytes a change must not alter. */
function outputOf(text: string): string {
  try {
    return JSON.stringify(extractArticle(text, { url: "https://example.id/berita/1" }));
  } catch (error) {
    return `error: ${error instanceof Error ? error.message : String(error)}`;
  }
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

const directory = new URL("../eval/articles/", import.meta.url);
const files = readdirSync(directory)
  .filter((file) => file.endsWith(".txt"))
  .sort();
if (files.length === 0) throw new Error("no articles in eval/articles");

const total = createHash("sha256");
for (const file of files) {
  const text = readFileSync(new URL(file, directory), "utf8");
  const digest = sha256(`${outputOf(text)}\n${outputOf(benchShaped(text))}`);
  total.update(`${file} ${digest}\n`);
  if (!onlyTotal) console.log(`${digest.slice(0, 16)}  ${file}`);
}
console.log(`total ${total.digest("hex").slice(0, 32)} over ${files.length} articles`);
