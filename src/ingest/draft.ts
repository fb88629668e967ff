import { z } from "zod";

/**
 * The one input of the write path: an article and everything extracted from it, with
 * provenance. Entities reference each other by `key`, local to one draft; `src/graph`
 * resolves keys to nodes that may already exist.
 */

export const INSTITUTION_TYPES = [
  "RUTAN",
  "LAPAS",
  "BAPAS",
  "LPKA",
  "KANWIL",
  "DITJEN",
  "MINISTRY",
  "LOCAL_GOVERNMENT",
  "POLICE",
  "MILITARY",
  "COURT",
  "PROSECUTOR",
  "SCHOOL",
  "HEALTH",
  "COMPANY",
  "COMMUNITY",
  "OTHER",
] as const;
export const PLACE_KINDS = [
  "COUNTRY",
  "PROVINCE",
  "FORMER_RESIDENCY",
  "REGENCY",
  "CITY",
  "DISTRICT",
  "VILLAGE",
  "OTHER",
] as const;
export const EVENT_ROLES = ["LEAD", "HOST", "ACCOMPANYING", "PARTICIPANT", "SPEAKER"] as const;
export const PRODUCT_CATEGORIES = [
  "HANDICRAFT",
  "PROCESSED_FOOD",
  "AGRICULTURE",
  "FASHION",
  "CREATIVE",
  "OTHER",
] as const;

/** Which text of the article a span points into. */
export const SPAN_FIELDS = ["title", "body"] as const;

const nonBlank = z.string().trim().min(1, "must not be blank");
const key = z.string().trim().min(1).max(200);
const confidence = z.number().min(0).max(1);

/** Where a fact was read: a character span [start, end) of the article's title or body. */
export const provenanceSchema = z
  .object({
    field: z.enum(SPAN_FIELDS).default("body"),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    confidence: confidence.default(1),
  })
  .refine((p) => p.end > p.start, { message: "span end must be after its start" });

/** The time of an ISO timestamp at midnight, whatever its offset: "…T00:00", ":00", ".000", then the offset. */
const MIDNIGHT = /^\d{4}-\d{2}-\d{2}T00:00(?::00(?:\.0+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)$/;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD");

export const articleDraftSchema = z
  .object({
    /** Which extractor produced the facts; "curated" marks hand-checked facts that re-extraction keeps. */
    extractorVersion: nonBlank.max(100),
    article: z.object({
      title: nonBlank.max(1000),
      body: nonBlank.max(2_000_000),
      lede: z.string().trim().max(5000).optional(),
      /**
       * Kept in the WHATWG form (new URL(url).href: "https://example.org" gains its "/", the host
       * is lowercased): the API's URL arguments arrive in that form, so a lookup by url finds the
       * article however the input spelled it, and two spellings of one address are one article.
       */
      url: z
        .url({ protocol: /^https?$/ })
        .transform((url) => new URL(url).href)
        .optional(),
      slug: z
        .string()
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens")
        .max(200)
        .optional(),
      language: z.string().min(2).max(10).default("id"),
      publishedAt: z.iso.datetime({ offset: true }).optional(),
      /**
       * How much of publishedAt the text says: "DAY" when it gives a date without a time (the
       * time in publishedAt is then midnight by convention, not a fact); "MINUTE" otherwise.
       */
      publishedPrecision: z.enum(["DAY", "MINUTE"]).optional(),
      source: z.object({ name: nonBlank.max(200), domain: z.string().max(200).optional() }).optional(),
      authors: z
        .array(z.object({ name: nonBlank.max(200) }))
        .max(50)
        .default([]),
      /** key of the place named in the dateline */
      dateline: key.optional(),
    }),
    places: z
      .array(
        z.object({
          key,
          name: nonBlank.max(300),
          kind: z.enum(PLACE_KINDS),
          /** official Kemendagri code where known, e.g. "33.16" for Kabupaten Blora */
          code: z.string().max(20).optional(),
          parent: key.optional(),
          aliases: z.array(nonBlank.max(300)).max(50).default([]),
          mentions: z.array(provenanceSchema).max(1000).default([]),
        }),
      )
      .max(500)
      .default([]),
    institutions: z
      .array(
        z.object({
          key,
          name: nonBlank.max(300),
          shortName: z.string().trim().max(100).optional(),
          type: z.enum(INSTITUTION_TYPES),
          parent: key.optional(),
          place: key.optional(),
          aliases: z.array(nonBlank.max(300)).max(50).default([]),
          mentions: z.array(provenanceSchema).max(1000).default([]),
        }),
      )
      .max(500)
      .default([]),
    people: z
      .array(
        z.object({
          key,
          name: nonBlank.max(200),
          aliases: z.array(nonBlank.max(200)).max(50).default([]),
          mentions: z.array(provenanceSchema).max(1000).default([]),
        }),
      )
      .max(500)
      .default([]),
    positions: z
      .array(
        z.object({
          person: key,
          institution: key.optional(),
          /** the role in canonical form, e.g. "Kepala Rutan", "Kepala Kantor Wilayah" */
          role: nonBlank.max(200),
          /** the title as the article wrote it */
          title: nonBlank.max(500),
          provenance: provenanceSchema,
        }),
      )
      .max(1000)
      .default([]),
    events: z
      .array(
        z.object({
          key,
          name: nonBlank.max(500),
          /** e.g. INSPECTION, VISIT, LAUNCH, CEREMONY, MEETING */
          kind: nonBlank.max(50),
          date: isoDate.optional(),
          place: key.optional(),
          host: key.optional(),
          topics: z.array(nonBlank.max(100)).max(50).default([]),
          participants: z
            .array(z.object({ person: key, role: z.enum(EVENT_ROLES), provenance: provenanceSchema }))
            .max(500)
            .default([]),
          /** Groups and institutions taking part, as the article names them ("para Kepala UPT se-Eks Karesidenan Pati"). */
          groupParticipants: z
            .array(
              z.object({
                /** the group as written */
                label: nonBlank.max(300),
                /** the institution the group is, or is the staff of ("jajaran Polres Blora") */
                institution: key.optional(),
                role: z.enum(EVENT_ROLES),
                provenance: provenanceSchema,
              }),
            )
            .max(100)
            .default([]),
          provenance: provenanceSchema,
        }),
      )
      .max(100)
      .default([]),
    products: z
      .array(
        z.object({
          key,
          name: nonBlank.max(300),
          category: z.enum(PRODUCT_CATEGORIES),
          producer: key.optional(),
          /** key of the event where the product was shown */
          shownAt: key.optional(),
          mentions: z.array(provenanceSchema).max(1000).default([]),
        }),
      )
      .max(500)
      .default([]),
    quotes: z
      .array(z.object({ text: nonBlank.max(20_000), speaker: key, provenance: provenanceSchema }))
      .max(1000)
      .default([]),
    /** Quotes by someone the article names only by a label ("Er (40)", "salah seorang warga"). */
    labelledQuotes: z
      .array(z.object({ text: nonBlank.max(20_000), speakerLabel: nonBlank.max(200), provenance: provenanceSchema }))
      .max(1000)
      .default([]),
    topics: z
      .array(z.object({ name: nonBlank.max(100), confidence: confidence.default(1) }))
      .max(100)
      .default([]),
  })
  .superRefine((draft, ctx) => {
    const keysOf = (section: string, items: { key: string }[]) => {
      const keys = new Set<string>();
      items.forEach((item, index) => {
        if (keys.has(item.key)) {
          ctx.addIssue({ code: "custom", path: [section, index, "key"], message: `duplicate key "${item.key}"` });
        }
        keys.add(item.key);
      });
      return keys;
    };
    const places = keysOf("places", draft.places);
    const institutions = keysOf("institutions", draft.institutions);
    const people = keysOf("people", draft.people);
    const events = keysOf("events", draft.events);
    keysOf("products", draft.products);

    const requireKey = (keys: Set<string>, value: string | undefined, path: (string | number)[], what: string) => {
      if (value !== undefined && !keys.has(value)) {
        ctx.addIssue({ code: "custom", path, message: `unknown ${what} key "${value}"` });
      }
    };
    const fieldLength = { title: draft.article.title.length, body: draft.article.body.length };
    const requireSpan = (p: z.infer<typeof provenanceSchema>, path: (string | number)[]) => {
      if (p.end > fieldLength[p.field]) {
        ctx.addIssue({
          code: "custom",
          path,
          message: `span ${p.start}-${p.end} lies outside the article ${p.field} (${fieldLength[p.field]} characters)`,
        });
      }
    };

    requireKey(places, draft.article.dateline, ["article", "dateline"], "place");
    const { publishedAt, publishedPrecision } = draft.article;
    if (publishedPrecision !== undefined && publishedAt === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["article", "publishedPrecision"],
        message: "a precision needs the publishedAt it qualifies",
      });
    }
    if (publishedPrecision === "DAY" && publishedAt !== undefined && !MIDNIGHT.test(publishedAt)) {
      ctx.addIssue({
        code: "custom",
        path: ["article", "publishedAt"],
        message: "with DAY precision the time must be midnight in the given offset (the text gives no time)",
      });
    }
    draft.places.forEach((p, i) => {
      requireKey(places, p.parent, ["places", i, "parent"], "place");
      if (p.parent === p.key)
        ctx.addIssue({ code: "custom", path: ["places", i, "parent"], message: "a place cannot be its own parent" });
      p.mentions.forEach((m, j) => {
        requireSpan(m, ["places", i, "mentions", j]);
      });
    });
    draft.institutions.forEach((inst, i) => {
      requireKey(institutions, inst.parent, ["institutions", i, "parent"], "institution");
      if (inst.parent === inst.key)
        ctx.addIssue({
          code: "custom",
          path: ["institutions", i, "parent"],
          message: "an institution cannot be its own parent",
        });
      requireKey(places, inst.place, ["institutions", i, "place"], "place");
      inst.mentions.forEach((m, j) => {
        requireSpan(m, ["institutions", i, "mentions", j]);
      });
    });
    for (const [i, p] of draft.people.entries()) {
      for (const [j, m] of p.mentions.entries()) requireSpan(m, ["people", i, "mentions", j]);
    }
    draft.positions.forEach((p, i) => {
      requireKey(people, p.person, ["positions", i, "person"], "person");
      requireKey(institutions, p.institution, ["positions", i, "institution"], "institution");
      requireSpan(p.provenance, ["positions", i, "provenance"]);
    });
    draft.events.forEach((e, i) => {
      requireKey(places, e.place, ["events", i, "place"], "place");
      requireKey(institutions, e.host, ["events", i, "host"], "institution");
      requireSpan(e.provenance, ["events", i, "provenance"]);
      e.participants.forEach((p, j) => {
        requireKey(people, p.person, ["events", i, "participants", j, "person"], "person");
        requireSpan(p.provenance, ["events", i, "participants", j, "provenance"]);
      });
      e.groupParticipants.forEach((g, j) => {
        requireKey(institutions, g.institution, ["events", i, "groupParticipants", j, "institution"], "institution");
        requireSpan(g.provenance, ["events", i, "groupParticipants", j, "provenance"]);
      });
    });
    draft.products.forEach((p, i) => {
      requireKey(institutions, p.producer, ["products", i, "producer"], "institution");
      requireKey(events, p.shownAt, ["products", i, "shownAt"], "event");
      p.mentions.forEach((m, j) => {
        requireSpan(m, ["products", i, "mentions", j]);
      });
    });
    draft.quotes.forEach((q, i) => {
      requireKey(people, q.speaker, ["quotes", i, "speaker"], "person");
      requireSpan(q.provenance, ["quotes", i, "provenance"]);
    });
    draft.labelledQuotes.forEach((q, i) => {
      requireSpan(q.provenance, ["labelledQuotes", i, "provenance"]);
    });
  });

/** A draft as written by an extractor or by hand (defaults may be left out). */
export type ArticleDraftInput = z.input<typeof articleDraftSchema>;
/** A validated draft with defaults filled in. */
export type ArticleDraft = z.output<typeof articleDraftSchema>;
export type Provenance = z.output<typeof provenanceSchema>;
export type InstitutionType = (typeof INSTITUTION_TYPES)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];

/**
 * The calendar day an article was published, as its own time zone has it: the date written in
 * publishedAt before the offset (a WIB evening is still that day, though UTC has the next).
 */
export function publishedDateOf(article: Pick<ArticleDraft["article"], "publishedAt">): string | undefined {
  return article.publishedAt?.slice(0, 10);
}

/** How much of publishedAt the text gives; a timestamp given without saying is taken as written, to the minute. */
export function publishedPrecisionOf(
  article: Pick<ArticleDraft["article"], "publishedAt" | "publishedPrecision">,
): "DAY" | "MINUTE" | undefined {
  return article.publishedAt === undefined ? undefined : (article.publishedPrecision ?? "MINUTE");
}

export class DraftValidationError extends Error {
  constructor(readonly issues: { path: string; message: string }[]) {
    super(`invalid article draft: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; ")}`);
    this.name = "DraftValidationError";
  }
}

/** Validates a draft, throwing a DraftValidationError that names every problem and its path. */
export function parseArticleDraft(value: unknown): ArticleDraft {
  const result = articleDraftSchema.safeParse(value);
  if (!result.success) {
    throw new DraftValidationError(
      result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
    );
  }
  return result.data;
}
