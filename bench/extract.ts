/**
 * Throughput of extraction alone (no database): articles per second on ~3 KB articles built
 * from the eval set, after a warm-up. Run with `npx tsx bench/extract.ts [iterations]`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { extractArticle } from "../src/ingest/extract/index.ts";

const TARGET_BYTES = 3_000;
const WARM_UP_ROUNDS = 50;
const iterations = Number(process.argv[2] ?? 500);

/** Eval articles cut (at a paragraph) or repeated to about 3 KB each, so every run reads alike. */
function benchmarkArticles(): string[] {
  const directory = new URL("../eval/articles/", import.meta.url);
  return readdirSync(directory)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => {
      const text = readFileSync(new URL(file, directory), "utf8");
      const paragraphs = text.split(/\n\s*\n/);
      let article = "";
      for (let i = 0; Buffer.byteLength(article) < TARGET_BYTES && paragraphs.length > 0; i++) {
        article += `${paragraphs[i % paragraphs.length]}\n\n`;
      }
      return article;
    });
}

const articles = benchmarkArticles();
if (articles.length === 0) throw new Error("no articles in eval/articles to benchmark with");
const averageBytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a), 0) / articles.length;

for (let round = 0; round < WARM_UP_ROUNDS; round++) for (const article of articles) extractArticle(article);

let extracted = 0;
const cpuBefore = process.cpuUsage();
const started = process.hrtime.bigint();
for (let round = 0; round < iterations; round++) {
  for (const article of articles) {
    extractArticle(article);
    extracted++;
  }
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const cpu = process.cpuUsage(cpuBefore);
// CPU time as well as wall time: on a shared machine other work slows the wall clock, not the CPU cost.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(
  `${extracted} extractions of ${articles.length} articles (~${(averageBytes / 1000).toFixed(1)} KB each) in ${seconds.toFixed(2)} s: ${Math.round(extracted / seconds)} articles/s (${Math.round(extracted / cpuSeconds)} per CPU-second)`,
);

// One long article (the seed's body repeated to about 1 MB, the ingest limit): its cost per
// character should be about that of the short ones. A rule that copies or rescans the whole text
// at each of its matches shows here as a cost per character many times theirs (216b1df fixed one
// that took 13 s on this article against 0.7 s).
const LONG_ARTICLE_CHARACTERS = 1_000_000;
const seed = readFileSync(new URL("../eval/articles/seed.txt", import.meta.url), "utf8");
const seedBody = seed.split("\n\n").slice(1).join("\n\n");
let longArticle = seed;
while (longArticle.length + seedBody.length + 2 < LONG_ARTICLE_CHARACTERS) longArticle += `\n\n${seedBody}`;
const longCpuBefore = process.cpuUsage();
extractArticle(longArticle);
const longCpu = process.cpuUsage(longCpuBefore);
const longMicroseconds = longCpu.user + longCpu.system;
const shortMicrosecondsPerCharacter = (cpuSeconds * 1e6) / (extracted * averageBytes);
console.log(
  `one ${(longArticle.length / 1e6).toFixed(1)} MB article: ${(longMicroseconds / 1e6).toFixed(2)} CPU-seconds, ${(longMicroseconds / longArticle.length / shortMicrosecondsPerCharacter).toFixed(1)}x the cost per character of the short articles`,
);
