import headerLexicon from "../lexicon/header.json" with { type: "json" };
import { alternation, SPACE_RUNS } from "./patterns.ts";

/*
 * Page furniture: the lines a web page puts around a story that are not part of it (links to other
 * stories, comment and share boxes, advertisements, photo captions, tag lists). Pasted or scraped
 * text keeps them, and each can name people and institutions the story does not report.
 */

// Bullets and emphasis a page puts before a label ("**Baca Juga:", "» Berita Terkait").
const DECORATION = "[-–—•*»>|·\\s]*";
// "Advertisement", "Tinggalkan Balasan", "0 Komentar", "Bagikan:": a whole line of page chrome.
const CHROME_LINE = new RegExp(
  `^${DECORATION}(?:(?:${alternation(headerLexicon.furnitureLines)})[\\s.:!*…]*$|(?:${alternation(headerLexicon.furnitureLinePrefixes)})\\b)`,
  "iu",
);
const COUNTED =
  /^\d[\d.,]*\s*[kKmM]?\s*(?:komentar|comments?|views?|kali dibaca|dibaca|shares?|likes?|menit (?:baca|membaca)|min read)\b|^(?:dibaca|dilihat|views?|waktu baca|estimasi baca)\s*:?\s*\d/iu;
// "Artikel ini telah tayang di X dengan judul "…"": where else the story ran, with that headline.
const SYNDICATION = new RegExp(`^(?:${alternation(headerLexicon.syndicationNotes)})\\b`, "iu");
/** Most words of a note on where else the story ran (its headline and link included). */
const SYNDICATION_MAX_WORDS = 60;
/** The longest kinds of furniture line, in words (a caption, a note on where the story ran). */
const LONGEST_FURNITURE_WORDS = 60;
// "Simak berita lainnya di Google News": the outlet asking the reader to follow it elsewhere.
const PROMO_VERB = new RegExp(`^(?:${alternation(headerLexicon.promoVerbs)})\\b`, "iu");
const PROMO_CHANNEL = new RegExp(`\\b(?:${alternation(headerLexicon.promoChannels)})\\b`, "iu");
/** Most words of a line asking the reader to follow the outlet. */
const PROMO_MAX_WORDS = 25;
// "1 jam yang lalu", "3 hari lalu": when a listed story was posted.
const TIME_AGO = /^\d+\s*(?:detik|menit|jam|hari|minggu|pekan|bulan|tahun)\s+(?:yang\s+)?lalu$/iu;
// "Publish by (MLA_jpn)", "Posted by admin": who put the page up.
const POSTED_BY = /^(?:publish(?:ed)?|posted|diposting|dikirim|diunggah)\s+(?:by|oleh)\b/iu;
/** Most words of a line naming who put the page up. */
const POSTED_BY_MAX_WORDS = 8;
// "#pasarrakyat #sukamaju": a line of hashtags.
const HASHTAGS = /^(?:#[\p{L}\p{N}_]+[\s,]*)+$/u;
// "|", "×", "32", "4.9K", "(*)": counters and separators, no words.
const NO_WORDS = /^(?:[\p{P}\p{S}\p{N}\s]{1,12}|\d[\d.,]*\s*[kKmM])$/u;
// "Tags: Pasar, Bupati", "Kategori : Daerah": labelled lists of the page's own links.
const LINK_LABEL = new RegExp(`^(?:${alternation(headerLexicon.furnitureLabels)})\\s*[:：]`, "iu");
// "Kategori : Berita Daerah": the page's section, a few words (a prize category in prose runs longer).
const CATEGORY_LABEL = new RegExp(`^(?:${alternation(headerLexicon.categoryLabels)})\\s*[:：]`, "iu");
/** Most words of a line naming the page's section. */
const CATEGORY_MAX_WORDS = 5;
// "Baca juga: …", "BACA JUGA... …", "Baca JugaKapolres …": a link to another story.
const RELATED_LINK = new RegExp(
  `^${DECORATION}(?:${alternation(headerLexicon.relatedLinkLabels)})(?:\\s*[:：.…|»>-]+|\\s|$)`,
  "iu",
);
// "Previous Post", "Berita Selanjutnya »": a link to the neighbouring story, alone on its line (the
// same words open sentences in prose, "Selanjutnya, …", so only the bare label counts).
const NAVIGATION_LABEL = new RegExp(
  `^${DECORATION}(?:${alternation(headerLexicon.navigationLabels)})[\\s:：.…|»>«<-]*$`,
  "iu",
);
// A label with nothing after it: "Baca juga:" over the headline on the next line.
const BARE_LABEL = new RegExp(`^${DECORATION}[\\p{L} ]+[\\s:：.…|»>-]*$`, "u");
const RELATED_LINK_GLUED = new RegExp(`^${DECORATION}(?:BACA JUGA|Baca [Jj]uga|baca juga)(?=\\p{Lu})`, "u");
// "Berita Terkait", "Baca Lainnya :": the heading of a list of other stories' headlines.
const LIST_HEADING = new RegExp(
  `^${DECORATION}(?:${alternation(headerLexicon.relatedListHeadings)})[\\s:：.…|-]*$`,
  "iu",
);
// "Home / Daerah / Judul …": a breadcrumb trail.
const BREADCRUMB = /^(?:home|beranda|index|news|berita)\s*(?:[/»›>]|&gt;)\s*\S.*(?:[/»›>]|&gt;)/iu;
const PHOTO = "(?:foto|photo|poto|dok|dokumentasi|ilustrasi|gambar)";
// "Foto: Bupati menanam pohon.", "… Senin (13/12). (Foto: Humas Polres)", "… 1 Juni 2025. Foto: Ist":
// a photo caption, recognised by its credit.
const CAPTION_OPENING = new RegExp(`^(?:keterangan\\s+foto|ket\\.?\\s*foto|caption|${PHOTO})\\s*[:：.]`, "iu");
const CAPTION_CREDIT = new RegExp(`\\(\\s*${PHOTO}\\b[^()]{0,80}\\)[\\s.]*$`, "iu");
const CAPTION_CREDIT_LABEL = new RegExp(`(?:^|[\\s./])${PHOTO}\\s*[:：]\\s*[^.:]{1,60}$`, "iu");
/** Most words of a line read as a caption: longer lines are prose that happens to credit a photo. */
const CAPTION_MAX_WORDS = 60;
/** How far from the end of a line a photo credit begins, at most ("(Foto: …)" holds up to 80 characters). */
const CREDIT_TAIL_LENGTH = 90;
/** Most words of one headline in a list of other stories. */
const HEADLINE_MAX_WORDS = 25;
// A headline may end in "?" or "!", not in a full stop.
const SENTENCE_END = /[.…]["”’)]?$/u;

/** Words of a collapsed line (single spaces, no space at either end): its spaces and one. */
function wordCount(line: string): number {
  if (line === "") return 0;
  let count = 1;
  for (let at = line.indexOf(" "); at !== -1; at = line.indexOf(" ", at + 1)) count++;
  return count;
}

function collapse(line: string): string {
  return line.replace(SPACE_RUNS, " ").trim();
}

/** Whether a line is a photo caption: "Foto: …", or a line that ends with the photo's credit. */
export function isPhotoCaption(raw: string): boolean {
  return isCollapsedCaption(collapse(raw));
}

function isCollapsedCaption(line: string): boolean {
  if (CAPTION_OPENING.test(line)) return wordCount(line) <= CAPTION_MAX_WORDS;
  // The credit closes the line: a bracket in its last characters, or a label among them. Looked for
  // only there, since the patterns would otherwise be tried at every position of every paragraph.
  const tail = line.slice(-CREDIT_TAIL_LENGTH);
  const credited =
    (tail.includes(")") && CAPTION_CREDIT.test(line)) ||
    ((tail.includes(":") || tail.includes("：")) && CAPTION_CREDIT_LABEL.test(line));
  return credited && wordCount(line) <= CAPTION_MAX_WORDS;
}

/** Whether a line (of any part of the page) is furniture on its own. */
export function isFurnitureLine(raw: string): boolean {
  return isCollapsedFurniture(collapse(raw));
}

function isCollapsedFurniture(line: string): boolean {
  if (line === "") return false;
  if (HASHTAGS.test(line) || BREADCRUMB.test(line)) return true;
  const words = wordCount(line);
  // Every other kind is at most this long: a paragraph of prose is none of them.
  if (words > LONGEST_FURNITURE_WORDS) return false;
  if (NO_WORDS.test(line) || LIST_HEADING.test(line) || TIME_AGO.test(line)) return true;
  if (POSTED_BY.test(line) && words <= POSTED_BY_MAX_WORDS) return true;
  if ((COUNTED.test(line) && words <= 4) || (CHROME_LINE.test(line) && words <= 20)) return true;
  if (RELATED_LINK.test(line) || RELATED_LINK_GLUED.test(line)) return line.length < 200;
  if (NAVIGATION_LABEL.test(line)) return true;
  if (LINK_LABEL.test(line)) return words <= 40;
  if (CATEGORY_LABEL.test(line)) return words <= CATEGORY_MAX_WORDS;
  if (SYNDICATION.test(line) && words <= SYNDICATION_MAX_WORDS) return true;
  if (PROMO_VERB.test(line) && words <= PROMO_MAX_WORDS && PROMO_CHANNEL.test(line)) return true;
  return isCollapsedCaption(line);
}

/** A headline in a list of links: short, and not a sentence. */
function isHeadline(line: string): boolean {
  return line.length <= 200 && wordCount(line) <= HEADLINE_MAX_WORDS && !SENTENCE_END.test(line);
}

/**
 * The body lines without page furniture. A list heading ("Berita Terkait") takes the headlines
 * under it along; a bare link label ("Baca juga:") takes the one headline on the next line. Lines
 * dropped from text that separates paragraphs with blank lines become blank lines, so the
 * paragraphs around them stay apart; elsewhere they are left out.
 */
export function stripFurniture(lines: readonly string[]): string[] {
  const blankLines = lines.some((line, i) => line.trim() === "" && i > 0 && i < lines.length - 1);
  const kept: string[] = [];
  const drop = () => {
    if (blankLines) kept.push("");
  };
  for (let index = 0; index < lines.length; index++) {
    const line = collapse(lines[index] ?? "");
    if (line === "" || !isCollapsedFurniture(line)) {
      kept.push(lines[index] ?? "");
      continue;
    }
    drop();
    const heading = LIST_HEADING.test(line);
    const bareLabel = !heading && ((RELATED_LINK.test(line) && BARE_LABEL.test(line)) || NAVIGATION_LABEL.test(line));
    if (!heading && !bareLabel) continue;
    // The headlines the heading or label introduces, and the separators between them.
    let taken = 0;
    for (let next = index + 1; next < lines.length; next++) {
      const following = collapse(lines[next] ?? "");
      if (following === "") {
        if (bareLabel && taken > 0) break;
        drop();
        index = next;
        continue;
      }
      // Counters, time stamps and other furniture between the headlines.
      const separator = isCollapsedFurniture(following);
      if (!separator && (!isHeadline(following) || (bareLabel && taken > 0))) break;
      if (!separator) taken++;
      drop();
      index = next;
    }
  }
  return kept;
}

// "(Lis/ Adv Diskominfo X)", "(ant/jpnn)", "(*)", "(Eka)": the desk's credit after the last sentence.
const DESK_CREDIT = /(?:^|(?<=[.!?…"”’'*]))\s*\*{0,2}\(\s*(?:\*+|[\p{L}][\p{L}\p{N} /.&'’,-]{0,48})\s*\)\s*\.?\s*$/u;
const DATE_IN_BRACKETS = /\d\s*\/\s*\d/;

/** The last paragraph without the desk credit that closes it, if any. */
export function withoutDeskCredit(paragraph: string): string {
  const credit = DESK_CREDIT.exec(paragraph);
  if (!credit || DATE_IN_BRACKETS.test(credit[0])) return paragraph;
  return paragraph.slice(0, credit.index).trimEnd();
}
