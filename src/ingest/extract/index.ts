import { z } from "zod";
import type { ArticleDraftInput } from "../draft.ts";
import { compactSurface } from "../gazetteer/index.ts";
import institutionLexicon from "../lexicon/institutions.json" with { type: "json" };
import { slugify } from "../normalize.ts";
import { assembleDraft } from "./assemble.ts";
import { closingCreditStart, normalizeBody } from "./body.ts";
import { ExtractionContext } from "./context.ts";
import { readDateline } from "./dateline.ts";
import { findDates, isoDate, isoDateTime } from "./dates.ts";
import { ExtractionError } from "./errors.ts";
import { type EventFact, extractMainEvent } from "./events.ts";
import { readHeader } from "./header.ts";
import { assertReadableText, htmlToText, looksLikeHtml } from "./input.ts";
import { recordInstitution, resolveGenericIdentity, scanInstitutionsAndPlaces } from "./institutions.ts";
import { extractPeople } from "./people.ts";
import { resolveBareNamesToWrittenLevel, resolveUnlistedPlaces } from "./places.ts";
import { extractProducts } from "./products.ts";
import { extractQuotes } from "./quotes.ts";
import { extractTopics } from "./topics.ts";
import { mergePlacelessUnits } from "./units.ts";

export { ExtractionError } from "./errors.ts";

/** Which rules produced a draft; stored with every fact so re-extraction can tell its own work. */
export const EXTRACTOR_VERSION = "rules-1";

export interface ExtractOptions {
  url?: string;
  /** The outlet, when the caller knows it better than the text does. */
  source?: string;
}

const MAX_BODY_CHARACTERS = 2_000_000;
const MAX_DERIVED_TITLE = 200;
const httpUrl = z.url({ protocol: /^https?$/ });

/** Which ministry or directorate general ran the regional offices on a date (they moved in October 2024). */
function kanwilAgencyOn(date: string | undefined): string | undefined {
  for (const period of institutionLexicon.kanwilAgencyByDate) {
    if (!("before" in period) || (date !== undefined && date < (period.before as string))) return period.agency;
  }
  return undefined;
}

/** A title for an article pasted without one: its first sentence, cut at a word. */
function titleFromBody(body: string): string {
  const firstParagraph = body.split("\n\n", 1)[0] ?? "";
  const sentence = /^.{10,}?[.!?](?=\s|$)/su.exec(firstParagraph.slice(0, 1000))?.[0] ?? firstParagraph;
  if (sentence.length <= MAX_DERIVED_TITLE) return sentence.trim();
  const cut = sentence.slice(0, MAX_DERIVED_TITLE);
  const space = cut.lastIndexOf(" ");
  return (space > MAX_DERIVED_TITLE / 2 ? cut.slice(0, space) : cut).trim();
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, "") || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads one article (plain text as a newsroom pastes it, or an HTML page) into a draft of the
 * people, positions, institutions, places, events, products, quotes and topics it reports.
 * Throws ExtractionError, and nothing else, for text that cannot be an article.
 */
export function extractArticle(text: string, options: ExtractOptions = {}): ArticleDraftInput {
  assertReadableText(text);
  if (options.url !== undefined && !httpUrl.safeParse(options.url).success) {
    throw new ExtractionError(`the url "${String(options.url).slice(0, 100)}" is not an http(s) URL`);
  }
  const plain = looksLikeHtml(text) ? htmlToText(text) : text;
  const header = readHeader(plain);
  const { body, paragraphs } = normalizeBody(header.bodyLines);
  if (body === "") {
    throw new ExtractionError(header.title ? "the text has a title but no body" : "no title found");
  }
  if (body.length > MAX_BODY_CHARACTERS) {
    throw new ExtractionError(`the body is ${body.length} characters; the limit is ${MAX_BODY_CHARACTERS}`);
  }
  const title = (header.title ?? titleFromBody(body)).slice(0, 1000).trim();
  if (title === "" || !/[\p{L}\p{N}]/u.test(title)) throw new ExtractionError("no title found");

  const firstParagraph = paragraphs[0] ? body.slice(paragraphs[0].start, paragraphs[0].end) : body;
  const dateline = readDateline(firstParagraph);
  const published =
    header.published?.year !== undefined
      ? header.published
      : findDates(firstParagraph.slice(0, 3000)).find((d) => d.year !== undefined);
  const publishedAt = published?.year !== undefined ? isoDateTime({ ...published, year: published.year }) : undefined;
  const publishedDate = published?.year !== undefined ? isoDate({ ...published, year: published.year }) : undefined;

  const context = ExtractionContext.create(title, body, kanwilAgencyOn(publishedDate));
  // Only a dateline of parts ("Cepu, Humas –", "Blora (ANTARA) –") surely is one: a body may open
  // with a name and a dash ("Rahmat Wijaya – Koordinator Tagana Blora – mengatakan").
  const datelineOfParts = /[,(|]/.test(firstParagraph.slice(0, dateline.end));
  const takenInBody = extractPeople(context, context.body, datelineOfParts ? dateline.end : 0);
  // The dateline's outlet and place are read by readDateline, not as places of the story.
  for (const [index, token] of context.body.tokens.entries()) {
    if (token.start >= dateline.end) break;
    takenInBody[index] = 1;
  }
  const creditStart = closingCreditStart(body);
  if (creditStart !== undefined) {
    for (const [index, token] of context.body.tokens.entries()) if (token.start >= creditStart) takenInBody[index] = 1;
  }
  scanInstitutionsAndPlaces(context, context.body, takenInBody);
  scanInstitutionsAndPlaces(context, context.title, extractPeople(context, context.title));
  for (const implied of context.impliedInstitutions) {
    if (context.institutions.has(implied.match.identity)) {
      recordInstitution(context, context.field(implied.field), implied.match, implied.from);
    }
  }
  // A generic identity resolved while people were read ("Sekdes" before the body's "Pemerintah Desa
  // X" was scanned) found no institution yet: resolve it again now that every one is known.
  context.genericResolutions.clear();
  mergePlacelessUnits(context);
  resolveUnlistedPlaces(
    context,
    dateline.unlisted && {
      compact: compactSurface(dateline.unlisted.text),
      written: dateline.unlisted.text
        .toLowerCase()
        .replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase()),
      span: { field: "body", start: dateline.unlisted.start, end: dateline.unlisted.end, confidence: 0.8 },
    },
  );
  if (dateline.place && dateline.placeStart !== undefined && dateline.placeEnd !== undefined) {
    context.addPlace(dateline.place, body.slice(dateline.placeStart, dateline.placeEnd), {
      field: "body",
      start: dateline.placeStart,
      end: dateline.placeEnd,
      confidence: 1,
    });
  }

  // "Kabupaten Serang" … "di Serang": a bare name shared by a city and a regency is the one the article writes.
  const joinedPlaces = resolveBareNamesToWrittenLevel(context);
  const datelinePlace = dateline.place && (joinedPlaces.get(dateline.place) ?? dateline.place);

  const topics = extractTopics(title, body);
  const quotes = extractQuotes(context, paragraphs);
  const event = extractMainEvent(context, paragraphs, publishedDate, topics, datelinePlace);
  const products = extractProducts(context, event?.host);

  const sourceName = (options.source ?? header.sourceName ?? dateline.source)?.trim().slice(0, 200);
  const domain = header.sourceDomain ?? hostOf(options.url);
  const slug = slugify(title, 200);
  const lede = firstParagraph.slice(0, 5000).trim();
  const authors = [...new Set(header.authors.map((a) => a.trim().slice(0, 200)).filter((a) => a !== ""))]
    .slice(0, 50)
    .map((name) => ({ name }));

  const draft = assembleDraft({
    context,
    extractorVersion: EXTRACTOR_VERSION,
    article: {
      title,
      body,
      lede: lede === "" ? undefined : lede,
      url: options.url,
      slug: /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) ? slug : undefined,
      language: "id",
      publishedAt,
      publishedPrecision: published?.year === undefined ? undefined : published.hour === undefined ? "DAY" : "MINUTE",
      source:
        sourceName || domain ? { name: sourceName || (domain as string), domain: domain?.slice(0, 200) } : undefined,
      authors,
    },
    datelinePlace,
    topics,
    quotes,
    event,
    products,
  });
  return withGroupParticipants(draft, context, event);
}

/** The event's groups and institutions taking part, with the draft keys of the institutions they are. */
function withGroupParticipants(
  draft: ArticleDraftInput,
  context: ExtractionContext,
  event: EventFact | undefined,
): ArticleDraftInput {
  const drafted = draft.events?.[0];
  if (!event || !drafted || event.groups.length === 0) return draft;
  const institutionKeys = new Set(draft.institutions?.map((i) => i.key));
  const keyOf = (identity: string | undefined) => {
    const resolved = identity ? resolveGenericIdentity(context, identity) : undefined;
    const key = resolved ? context.institutions.get(resolved)?.key : undefined;
    return key && institutionKeys.has(key) ? key : undefined;
  };
  const groupParticipants = event.groups.slice(0, 100).map((group) => {
    const institution = keyOf(group.institution);
    return {
      label: group.label,
      ...(institution ? { institution } : {}),
      role: group.role,
      provenance: group.provenance,
    };
  });
  return { ...draft, events: [{ ...drafted, groupParticipants }, ...(draft.events?.slice(1) ?? [])] };
}
