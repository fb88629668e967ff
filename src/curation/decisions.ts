import { createHash } from "node:crypto";
import type { FactDecisionStatus } from "../generated/prisma/enums.ts";
import { lockArticlesForCounting } from "../graph/coMentions.ts";
import { refreshRelationCounts } from "../graph/relationCounts.ts";
import { Prisma, type PrismaClient } from "../store/index.ts";
import { type Actor, CurationError, globalIdOf, inTransaction, type Tx } from "./common.ts";
import { recordCuration } from "./log.ts";
import { idOrMergedInto } from "./redirects.ts";

/**
 * Decisions on extracted facts. A fact is addressed by the global ID of its row
 * ("PositionReport:…", "Quote:…", "EventParticipant:…", "EventGroupParticipant:…",
 * "LabelledQuote:…", "ProductMention:…"), but the decision
 * is kept by what the fact says (its natural key: the kind, the article, who or what, and of
 * what), since re-extracting an article writes its facts again as new rows. The writer then
 * drops every fact of the article a REJECTED decision names (dropRejectedFacts).
 */
export const FACT_KINDS = {
  PositionReport: "POSITION_REPORT",
  Quote: "QUOTE",
  EventParticipant: "EVENT_PARTICIPATION",
  EventGroupParticipant: "GROUP_PARTICIPATION",
  LabelledQuote: "LABELLED_QUOTE",
  ProductMention: "PRODUCT_MENTION",
} as const;
export type FactTypename = keyof typeof FACT_KINDS;
export type FactKind = (typeof FACT_KINDS)[FactTypename];
const TYPENAME_OF: Record<FactKind, FactTypename> = {
  POSITION_REPORT: "PositionReport",
  QUOTE: "Quote",
  EVENT_PARTICIPATION: "EventParticipant",
  GROUP_PARTICIPATION: "EventGroupParticipant",
  LABELLED_QUOTE: "LabelledQuote",
  PRODUCT_MENTION: "ProductMention",
};

export function isFactTypename(typename: string): typename is FactTypename {
  return Object.hasOwn(FACT_KINDS, typename);
}

/** How a quote's text enters its natural key (texts can be long; the key is indexed). */
export const quoteTextKey = (text: string) => createHash("md5").update(text, "utf8").digest("hex");

interface NaturalKey {
  kind: FactKind;
  articleId: string;
  subjectId: string;
  objectId: string;
  detail: string;
}

interface LoadedFact extends NaturalKey {
  fact: Record<string, unknown>;
}

/** The fact row and its natural key, or undefined when no such row exists (now). */
async function loadFact(tx: Tx, typename: FactTypename, id: string): Promise<LoadedFact | undefined> {
  switch (typename) {
    case "PositionReport": {
      const row = await tx.positionReport.findUnique({
        where: { id },
        include: { position: { select: { personId: true, role: true, normalizedRole: true, institutionId: true } } },
      });
      if (!row) return undefined;
      const { position, ...report } = row;
      return {
        kind: "POSITION_REPORT",
        articleId: row.articleId,
        subjectId: position.personId,
        objectId: position.institutionId ?? "",
        detail: position.normalizedRole,
        fact: { ...report, role: position.role, normalizedRole: position.normalizedRole },
      };
    }
    case "Quote": {
      const row = await tx.quote.findUnique({ where: { id } });
      if (!row) return undefined;
      return {
        kind: "QUOTE",
        articleId: row.articleId,
        subjectId: row.speakerId,
        objectId: "",
        detail: quoteTextKey(row.text),
        fact: row,
      };
    }
    case "EventParticipant": {
      const row = await tx.eventParticipant.findUnique({ where: { id } });
      if (!row) return undefined;
      return {
        kind: "EVENT_PARTICIPATION",
        articleId: row.articleId,
        subjectId: row.personId,
        objectId: row.eventId,
        detail: row.role,
        fact: row,
      };
    }
    case "EventGroupParticipant": {
      // a group is known by its label (an institution, when named, may be merged away later)
      const row = await tx.eventGroupParticipant.findUnique({ where: { id } });
      if (!row) return undefined;
      return {
        kind: "GROUP_PARTICIPATION",
        articleId: row.articleId,
        subjectId: row.normalizedLabel,
        objectId: row.eventId,
        detail: row.role,
        fact: row,
      };
    }
    case "LabelledQuote": {
      // known by who said it, as the article names them, and what they said
      const row = await tx.labelledQuote.findUnique({ where: { id } });
      if (!row) return undefined;
      return {
        kind: "LABELLED_QUOTE",
        articleId: row.articleId,
        subjectId: row.speakerLabel,
        objectId: "",
        detail: quoteTextKey(row.text),
        fact: row,
      };
    }
    case "ProductMention": {
      const row = await tx.productMention.findUnique({ where: { id } });
      if (!row) return undefined;
      return {
        kind: "PRODUCT_MENTION",
        articleId: row.articleId,
        subjectId: row.productId,
        objectId: "",
        detail: "",
        fact: row,
      };
    }
  }
}

const keyWhere = (key: NaturalKey) => ({
  kind_articleId_subjectId_objectId_detail: {
    kind: key.kind,
    articleId: key.articleId,
    subjectId: key.subjectId,
    objectId: key.objectId,
    detail: key.detail,
  },
});

export type FactDecisionRow = Prisma.FactDecisionGetPayload<object>;

async function decide(
  tx: Tx,
  actor: Actor,
  typename: FactTypename,
  factRowId: string,
  loaded: LoadedFact,
  status: FactDecisionStatus,
): Promise<FactDecisionRow> {
  const { fact, ...key } = loaded;
  const previous = await tx.factDecision.findUnique({ where: keyWhere(key) });
  const json = JSON.parse(JSON.stringify(fact)) as Prisma.InputJsonValue;
  const decision = await tx.factDecision.upsert({
    where: keyWhere(key),
    create: { ...key, status, fact: json, factRowId },
    update: { status, fact: json, factRowId, at: new Date() },
  });
  await recordCuration(tx, {
    actor,
    action: status === "REJECTED" ? "REJECT_FACT" : "CONFIRM_FACT",
    target: globalIdOf(typename, factRowId),
    before: { status: previous?.status ?? null, fact: json },
    after: { status, fact: json },
  });
  return decision;
}

/** The decision last taken on a fact row id (a rejected fact's row is gone, its decision is not). */
function decisionOfRow(tx: Tx, factRowId: string) {
  return tx.factDecision.findFirst({ where: { factRowId }, orderBy: { at: "desc" } });
}

function unknownFact(typename: string, id: string): CurationError {
  return new CurationError(`no ${typename} has the ID ${globalIdOf(typename, id)}`);
}

/** Rejects a fact: it is removed, and no later ingest or re-extraction of its article writes it again. */
export async function rejectFact(
  prisma: PrismaClient,
  actor: Actor,
  ref: { typename: string; id: string },
): Promise<FactDecisionRow> {
  const typename = checkedFactTypename(ref.typename);
  return inTransaction(prisma, async (tx) => {
    const loaded = await loadFact(tx, typename, ref.id);
    if (!loaded) {
      const earlier = await decisionOfRow(tx, ref.id);
      if (earlier?.status === "REJECTED") return earlier; // rejected already: nothing changes
      throw unknownFact(typename, ref.id);
    }
    // the article's relation counts are redone below: locked first, as a merge locks its articles
    await lockArticlesForCounting(tx, [loaded.articleId]);
    const decision = await decide(tx, actor, typename, ref.id, loaded, "REJECTED");
    await dropRejectedFacts(tx, loaded.articleId);
    await refreshRelationCounts(tx, [loaded.articleId]);
    return decision;
  });
}

/**
 * Confirms a fact: a hand check that it is right. A fact rejected before is written back (as it
 * was when rejected, under the same ID) and is no longer dropped by later ingests.
 */
export async function confirmFact(
  prisma: PrismaClient,
  actor: Actor,
  ref: { typename: string; id: string },
): Promise<FactDecisionRow> {
  const typename = checkedFactTypename(ref.typename);
  return inTransaction(prisma, async (tx) => {
    const loaded = await loadFact(tx, typename, ref.id);
    if (loaded) return decide(tx, actor, typename, ref.id, loaded, "CONFIRMED");
    const rejected = await decisionOfRow(tx, ref.id);
    if (!rejected || TYPENAME_OF[rejected.kind as FactKind] !== typename) throw unknownFact(typename, ref.id);
    // as in rejectFact: the article whose relation counts are redone is locked before its facts change
    await lockArticlesForCounting(tx, [rejected.articleId]);
    await restoreFact(tx, rejected);
    await refreshRelationCounts(tx, [rejected.articleId]);
    const restored = await loadFact(tx, typename, ref.id);
    if (!restored) throw unknownFact(typename, ref.id);
    return decide(tx, actor, typename, ref.id, restored, "CONFIRMED");
  });
}

function checkedFactTypename(typename: string): FactTypename {
  if (!isFactTypename(typename)) {
    throw new CurationError(
      `id must be the ID of an extracted fact (${Object.keys(FACT_KINDS).join(", ")}), not of a ${typename}`,
    );
  }
  return typename;
}

/** The columns of a fact row as its decision keeps them (JSON: dates as ISO strings). */
interface FactCopy {
  field: "title" | "body";
  spanStart: number;
  spanEnd: number;
  confidence: number;
  extractor: string;
  role: string;
  title: string;
  reportedAt: string;
  text: string;
  positionId: string | null;
  listedAt: string;
  label: string;
  institutionId: string | null;
  spans: Prisma.InputJsonValue;
}

/** Writes a rejected fact back from the decision's copy, onto the nodes the decision names now (after merges). */
async function restoreFact(tx: Tx, decision: FactDecisionRow): Promise<void> {
  const fact = decision.fact as unknown as FactCopy;
  const article = await tx.article.findUnique({ where: { id: decision.articleId }, select: { id: true } });
  if (!article) throw new CurationError("the article of this fact is no longer in the graph; it cannot be restored");
  const span = {
    articleId: decision.articleId,
    field: fact.field,
    spanStart: fact.spanStart,
    spanEnd: fact.spanEnd,
    confidence: fact.confidence,
    extractor: fact.extractor,
  };
  try {
    switch (decision.kind as FactKind) {
      case "POSITION_REPORT": {
        const institutionId = decision.objectId || null;
        const position =
          (await tx.position.findFirst({
            where: { personId: decision.subjectId, normalizedRole: decision.detail, institutionId },
            select: { id: true },
          })) ??
          (await tx.position.create({
            data: {
              personId: decision.subjectId,
              role: fact.role,
              normalizedRole: decision.detail,
              institutionId,
              title: fact.title,
            },
            select: { id: true },
          }));
        await tx.positionReport.create({
          data: {
            ...span,
            id: decision.factRowId,
            positionId: position.id,
            title: fact.title,
            reportedAt: new Date(fact.reportedAt),
          },
        });
        return;
      }
      case "QUOTE": {
        const positionId = fact.positionId
          ? ((await tx.position.findUnique({ where: { id: fact.positionId }, select: { id: true } }))?.id ?? null)
          : null;
        await tx.quote.create({
          data: {
            ...span,
            id: decision.factRowId,
            text: fact.text,
            speakerId: decision.subjectId,
            positionId,
            listedAt: new Date(fact.listedAt),
          },
        });
        return;
      }
      case "EVENT_PARTICIPATION":
        await tx.eventParticipant.create({
          data: {
            ...span,
            id: decision.factRowId,
            eventId: decision.objectId,
            personId: decision.subjectId,
            role: decision.detail as never,
          },
        });
        return;
      case "GROUP_PARTICIPATION": {
        // the institution as it stands now: merged into another, the one it was merged into
        const institutionId = fact.institutionId
          ? ((
              await tx.institution.findFirst({
                where: idOrMergedInto(fact.institutionId),
                select: { id: true },
              })
            )?.id ?? null)
          : null;
        await tx.eventGroupParticipant.create({
          data: {
            ...span,
            id: decision.factRowId,
            eventId: decision.objectId,
            label: fact.label,
            normalizedLabel: decision.subjectId,
            institutionId,
            role: decision.detail as never,
          },
        });
        return;
      }
      case "LABELLED_QUOTE":
        await tx.labelledQuote.create({
          data: { ...span, id: decision.factRowId, text: fact.text, speakerLabel: decision.subjectId },
        });
        return;
      case "PRODUCT_MENTION":
        await tx.productMention.create({
          data: {
            id: decision.factRowId,
            articleId: decision.articleId,
            productId: decision.subjectId,
            spans: fact.spans,
            confidence: fact.confidence,
            extractor: fact.extractor,
          },
        });
        return;
    }
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && ["P2003", "P2002"].includes(error.code)) {
      throw new CurationError("what this fact named is no longer in the graph as it was; it cannot be restored");
    }
    throw error;
  }
}

/**
 * For the graph writer: removes the facts of an article that curation rejected, in the write's
 * transaction after its facts are written (and a position no report is left for). One
 * statement when the article has no rejected fact, which is nearly always.
 */
export async function dropRejectedFacts(tx: Tx, articleId: string): Promise<void> {
  const kinds = await tx.factDecision.findMany({
    where: { articleId, status: "REJECTED" },
    distinct: ["kind"],
    select: { kind: true },
  });
  const has = new Set(kinds.map((k) => k.kind));
  const rejected = Prisma.sql`d."articleId" = ${articleId} AND d.status = 'REJECTED'`;
  if (has.has("POSITION_REPORT")) {
    const emptied = await tx.$queryRaw<{ positionId: string }[]>`
      DELETE FROM "PositionReport" r USING "Position" p, "FactDecision" d
      WHERE r."articleId" = ${articleId} AND p.id = r."positionId" AND ${rejected} AND d.kind = 'POSITION_REPORT'
        AND d."subjectId" = p."personId" AND d."objectId" = coalesce(p."institutionId", '') AND d.detail = p."normalizedRole"
      RETURNING r."positionId"`;
    if (emptied.length > 0) {
      await tx.$executeRaw`DELETE FROM "Position" p WHERE p.id = ANY(${emptied.map((e) => e.positionId)}::text[])
        AND NOT EXISTS (SELECT 1 FROM "PositionReport" r WHERE r."positionId" = p.id)`;
    }
  }
  if (has.has("QUOTE")) {
    await tx.$executeRaw`DELETE FROM "Quote" q USING "FactDecision" d
      WHERE q."articleId" = ${articleId} AND ${rejected} AND d.kind = 'QUOTE'
        AND d."subjectId" = q."speakerId" AND d.detail = md5(q.text)`;
  }
  if (has.has("EVENT_PARTICIPATION")) {
    await tx.$executeRaw`DELETE FROM "EventParticipant" e USING "FactDecision" d
      WHERE e."articleId" = ${articleId} AND ${rejected} AND d.kind = 'EVENT_PARTICIPATION'
        AND d."subjectId" = e."personId" AND d."objectId" = e."eventId" AND d.detail = e.role::text`;
  }
  if (has.has("GROUP_PARTICIPATION")) {
    await tx.$executeRaw`DELETE FROM "EventGroupParticipant" g USING "FactDecision" d
      WHERE g."articleId" = ${articleId} AND ${rejected} AND d.kind = 'GROUP_PARTICIPATION'
        AND d."subjectId" = g."normalizedLabel" AND d."objectId" = g."eventId" AND d.detail = g.role::text`;
  }
  if (has.has("LABELLED_QUOTE")) {
    await tx.$executeRaw`DELETE FROM "LabelledQuote" q USING "FactDecision" d
      WHERE q."articleId" = ${articleId} AND ${rejected} AND d.kind = 'LABELLED_QUOTE'
        AND d."subjectId" = q."speakerLabel" AND d.detail = md5(q.text)`;
  }
  if (has.has("PRODUCT_MENTION")) {
    await tx.$executeRaw`DELETE FROM "ProductMention" m USING "FactDecision" d
      WHERE m."articleId" = ${articleId} AND ${rejected} AND d.kind = 'PRODUCT_MENTION' AND d."subjectId" = m."productId"`;
  }
}

/** Decisions naming `from` (merged away, or split off) now name `to`; where both had one, `to`'s stays. */
export async function moveDecisions(tx: Tx, from: string, to: string, articleIds?: readonly string[]): Promise<void> {
  const inArticles = articleIds ? Prisma.sql` AND d."articleId" = ANY(${articleIds}::text[])` : Prisma.empty;
  for (const column of ["subjectId", "objectId"] as const) {
    const col = Prisma.raw(`"${column}"`);
    const other = Prisma.raw(column === "subjectId" ? `"objectId"` : `"subjectId"`);
    await tx.$executeRaw(Prisma.sql`DELETE FROM "FactDecision" d WHERE d.${col} = ${from}${inArticles}
      AND EXISTS (SELECT 1 FROM "FactDecision" o WHERE o.kind = d.kind AND o."articleId" = d."articleId"
        AND o.${col} = ${to} AND o.${other} = d.${other} AND o.detail = d.detail)`);
    await tx.$executeRaw(Prisma.sql`UPDATE "FactDecision" d SET ${col} = ${to} WHERE d.${col} = ${from}${inArticles}`);
  }
}
