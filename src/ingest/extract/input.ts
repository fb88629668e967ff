import { ExtractionError } from "./errors.ts";

/** Articles larger than this are not news articles (and would not fit the draft's body limit). */
export const MAX_INPUT_BYTES = 5_000_000;

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  laquo: "«",
  raquo: "»",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  bull: "•",
  middot: "·",
  copy: "©",
};

/** Rejects input that cannot be an article, before any parsing work is spent on it. */
export function assertReadableText(text: string): void {
  if (typeof text !== "string") throw new ExtractionError("the input is not text");
  // Cheap upper bound first: a UTF-16 string never takes fewer UTF-8 bytes than it has characters.
  const bytes = text.length > MAX_INPUT_BYTES ? Buffer.byteLength(text, "utf8") : 0;
  if (bytes > MAX_INPUT_BYTES) {
    throw new ExtractionError(`the text is ${(bytes / 1_000_000).toFixed(1)} MB; the limit is 5 MB`);
  }
  if (text.trim() === "") throw new ExtractionError("the text is empty");
  if (looksBinary(text)) throw new ExtractionError("the text looks like binary data");
}

/**
 * What looksBinary counts: control characters other than tab and line breaks, C1 controls, U+FFFD.
 * One character class ("not a non-control, nor tab or line break") instead of a lookahead tried
 * at every position: the same characters, found in half the time.
 */
const SUSPICIOUS_CHARACTER = /[^\P{Cc}\t\n\r]|\ufffd/u;

/** NUL bytes, or many control or replacement characters, mean bytes rather than prose. */
function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const sample = text.length > 65_536 ? text.slice(0, 65_536) : text;
  if (!SUSPICIOUS_CHARACTER.test(sample)) return false;
  let suspicious = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd || (code >= 0x7f && code < 0xa0)) {
      suspicious++;
    }
  }
  return suspicious > 8 && suspicious / sample.length > 0.02;
}

/** Whether the text is an HTML page or fragment rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  // Every sign below starts with "<" within the first 20,000 characters.
  const lt = text.indexOf("<");
  if (lt === -1 || lt >= 20_000) return false;
  const head = text.slice(0, 2000).toLowerCase();
  if (head.includes("<!doctype html") || head.includes("<html")) return true;
  const tags = text
    .slice(0, 20_000)
    .match(/<\/?(?:p|div|br|span|h[1-6]|article|body|a|strong|em|b|i|li|ul|section|header|time)\b[^<>]{0,500}>/gi);
  return (tags?.length ?? 0) >= 3;
}

const BLOCK_TAGS =
  /^(?:p|div|br|h[1-6]|li|ul|ol|article|section|header|footer|time|tr|table|blockquote|figure|figcaption|title)$/i;

/**
 * Plain text of an HTML page: scripts, styles and comments dropped, block elements as paragraph
 * breaks, entities decoded. A single left-to-right scan, so hostile markup cannot make it slow.
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  // Lowercased once: searching for a closing </script> must not re-scan the page per tag.
  const lower = html.toLowerCase();
  let i = 0;
  while (i < html.length) {
    const open = html.indexOf("<", i);
    if (open === -1) {
      out.push(html.slice(i));
      break;
    }
    out.push(html.slice(i, open));
    if (html.startsWith("<!--", open)) {
      const close = html.indexOf("-->", open + 4);
      i = close === -1 ? html.length : close + 3;
      continue;
    }
    const close = html.indexOf(">", open + 1);
    if (close === -1) {
      out.push(html.slice(open));
      break;
    }
    const tag = html.slice(open + 1, Math.min(close, open + 40));
    const name = (/^\/?([a-zA-Z][a-zA-Z0-9]*)/.exec(tag)?.[1] ?? "").toLowerCase();
    i = close + 1;
    if ((name === "script" || name === "style" || name === "noscript") && !tag.startsWith("/")) {
      const end = lower.indexOf(`</${name}`, i);
      i = end === -1 ? html.length : end;
      continue;
    }
    if (BLOCK_TAGS.test(name)) out.push("\n\n");
  }
  return decodeEntities(out.join(""));
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,10});/g, (whole, entity: string) => {
    if (entity.startsWith("#")) {
      const code =
        entity[1] === "x" || entity[1] === "X" ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : " ";
    }
    return NAMED_ENTITIES[entity.toLowerCase()] ?? whole;
  });
}
