/**
 * The side-effect audit: what the extractor reads on unlabeled pages, and what a change alters
 * there. A rule tuned on the dev split is scored on dev; on text nobody annotated it may still
 * break readings elsewhere, and only a reader can say whether each difference is better or worse.
 *
 *   npx tsx scripts/audit-pages.ts DIR                    # each page: people with their posts, institutions
 *   npx tsx scripts/audit-pages.ts DIR --base CHECKOUT     # only what differs from CHECKOUT's extractor
 *   npx tsx scripts/audit-pages.ts DIR --unposted          # only the people read without any post
 *
 * DIR holds plain-text pages (*.txt), one article each. Their texts are not committed: they are
 * published prose, collected again through the `pages` corpus into /tmp for each audit;
 * eval/audit-pages.tsv lists the pages of each audit (part A read to find errors, part B held out and
 * read only through `--base`): 001-150 of the first audit of 2026-12-07, p1-001 to p2-102 (202 pages) of
 * the second, later that day, so that the same pages can be collected again. CHECKOUT is
 * another tree of this repository (a worktree at the commit before the change), whose
 * src/ingest/extract is loaded beside this one.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import type { ArticleDraftInput } from "../src/ingest/draft.ts";
import { extractArticle } from "../src/ingest/extract/index.ts";

type Extract = (text: string) => ArticleDraftInput;

/** One line per fact a reader checks: a person with each post, then each institution. */
function factLines(draft: ArticleDraftInput): string[] {
  const institutions = draft.institutions ?? [];
  const institutionName = new Map(institutions.map((i) => [i.key, i.name]));
  const lines: string[] = [];
  for (const person of draft.people ?? []) {
    const posts = (draft.positions ?? [])
      .filter((p) => p.person === person.key)
      .map((p) => `${p.role} @ ${p.institution === undefined ? "-" : (institutionName.get(p.institution) ?? "?")}`);
    const aliases = person.aliases?.length ? ` (${person.aliases.join(", ")})` : "";
    lines.push(`person ${person.name}${aliases}${posts.length > 0 ? `: ${[...new Set(posts)].join("; ")}` : ""}`);
  }
  for (const institution of institutions) lines.push(`institution ${institution.name}`);
  return lines;
}

function readingOf(extract: Extract, text: string): string[] {
  try {
    return factLines(extract(text));
  } catch (error) {
    return [`error ${error instanceof Error ? error.message : String(error)}`];
  }
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { base: { type: "string" }, unposted: { type: "boolean", default: false } },
});
const directory = positionals[0];
if (directory === undefined) {
  console.error("usage: npx tsx scripts/audit-pages.ts DIR [--base CHECKOUT] [--unposted]");
  process.exit(2);
}
const pages = readdirSync(directory)
  .filter((file) => file.endsWith(".txt"))
  .sort();
const baseExtract: Extract | undefined =
  values.base === undefined
    ? undefined
    : (
        (await import(pathToFileURL(resolve(values.base, "src/ingest/extract/index.ts")).href)) as {
          extractArticle: Extract;
        }
      ).extractArticle;

let changedPages = 0;
for (const page of pages) {
  const text = readFileSync(join(directory, page), "utf8");
  const head = readingOf(extractArticle, text);
  if (baseExtract === undefined) {
    const shown = values.unposted ? head.filter((line) => line.startsWith("person ") && !line.includes(": ")) : head;
    if (shown.length > 0) console.log(`== ${page}\n${shown.map((line) => `  ${line}`).join("\n")}`);
    continue;
  }
  const base = readingOf(baseExtract, text);
  const gone = base.filter((line) => !head.includes(line));
  const added = head.filter((line) => !base.includes(line));
  if (gone.length === 0 && added.length === 0) continue;
  changedPages++;
  console.log(`== ${page}`);
  for (const line of gone) console.log(`  - ${line}`);
  for (const line of added) console.log(`  + ${line}`);
}
if (baseExtract !== undefined) console.log(`\n${changedPages} of ${pages.length} pages read differently`);
