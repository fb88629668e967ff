import { FEED_LOCK } from "../graph/changeFeed.ts";
import { lockArticlesForCounting, refreshGraphCounts } from "../graph/coMentions.ts";
import { Prisma, type PrismaClient } from "../store/index.ts";
import {
  type Actor,
  type CuratedTypename,
  CurationError,
  globalIdOf,
  ident,
  inTransaction,
  KIND_TABLES,
  type NodeRef,
  type Tx,
} from "./common.ts";
import { moveDecisions } from "./decisions.ts";
import { recordCuration } from "./log.ts";
import { lockForms, requireNode, snapshotNode } from "./nodes.ts";
import { refuseCycle } from "./parent.ts";

/**
 * Merges `merge` into `keep` (two nodes for one person, institution or place), in one
 * transaction: aliases, mentions, positions and their reports, quotes, event participation
 * (of people, and of institutions as groups), hosted events, products, children, decisions and blocked aliases move to the kept node; where
 * a unique key would collide (both named in one article, the same person–role–institution), the
 * two become one. The merged id then redirects to the kept node, and an ENTITY_MERGED change is
 * added to the feed.
 */
export async function mergeEntities(
  prisma: PrismaClient,
  actor: Actor,
  keep: NodeRef,
  merge: NodeRef,
): Promise<{ typename: CuratedTypename; keptId: string }> {
  if (keep.typename !== merge.typename) {
    throw new CurationError(`keep and merge must be of one type: a ${keep.typename} and a ${merge.typename}`);
  }
  if (keep.id === merge.id) throw new CurationError("keep and merge are the same node");
  return inTransaction(prisma, async (tx) => {
    const kind = await requireNode(tx, keep, "keep");
    await requireNode(tx, merge, "merge");
    const typename = kind.typename;
    await lockForms(tx, typename, [keep.id, merge.id]);
    const before = {
      keep: await snapshotNode(tx, typename, keep.id),
      merge: await snapshotNode(tx, typename, merge.id),
    };
    const k = keep.id;
    const m = merge.id;
    // the articles whose co-mention and relation counts name the merged node, recounted once it
    // is gone (its positions, participations and products are reported only where it is named)
    const named = await tx.$queryRaw<{ articleId: string }[]>(
      Prisma.sql`SELECT "articleId" FROM ${ident(kind.mentionTable)} WHERE ${ident(kind.column)} = ${m}`,
    );
    // locked before their facts move, so a count of them running elsewhere finishes first (or waits)
    const recount = await lockArticlesForCounting(
      tx,
      named.map((r) => r.articleId),
    );
    if (typename === "Person") await mergePeople(tx, k, m);
    else if (typename === "Institution") await mergeInstitutions(tx, k, m);
    else await mergePlaces(tx, k, m);

    await moveDecisions(tx, m, k);
    await tx.$executeRaw`DELETE FROM "BlockedAlias" b WHERE b."entityId" = ${m}
      AND EXISTS (SELECT 1 FROM "BlockedAlias" o WHERE o."entityId" = ${k} AND o.normalized = b.normalized)`;
    await tx.$executeRaw`UPDATE "BlockedAlias" SET "entityId" = ${k} WHERE "entityId" = ${m}`;
    const column = ident(kind.column);
    // ids merged into the merged node earlier now redirect to the kept one; then the merged id itself
    await tx.$executeRaw`UPDATE "EntityRedirect" SET ${column} = ${k} WHERE ${column} = ${m}`;
    await tx.$executeRaw(
      Prisma.sql`INSERT INTO "EntityRedirect" ("mergedId", typename, ${column}) VALUES (${m}, ${typename}, ${k})`,
    );
    await tx.$executeRaw(Prisma.sql`DELETE FROM ${ident(kind.table)} WHERE id = ${m}`);
    await refreshGraphCounts(tx, recount);

    const after = { kept: await snapshotNode(tx, typename, k) };
    await recordCuration(tx, {
      actor,
      action: "MERGE",
      target: globalIdOf(typename, k),
      before: before as unknown as Prisma.InputJsonValue,
      after: after as unknown as Prisma.InputJsonValue,
    });
    // last: the feed's commit-order lock is held to the commit (as writers hold it, changeFeed.ts)
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${FEED_LOCK})`;
    await tx.changeEvent.create({
      data: {
        kind: "ENTITY_MERGED",
        ...(typename === "Person" ? { personId: k } : {}),
        ...(typename === "Institution" ? { institutionId: k } : {}),
        // the feed has no place column: both ids are named here for every kind
        changedFields: [`kept:${globalIdOf(typename, k)}`, `merged:${globalIdOf(typename, m)}`],
      },
    });
    return { typename, keptId: k };
  });
}

/** Pairs of kept and merged ids as a subquery (kept, merged): one statement for all of them. */
function pairsSql(pairs: readonly { kept: string; merged: string }[]): Prisma.Sql {
  return Prisma.sql`SELECT p->>'kept' AS kept, p->>'merged' AS merged FROM json_array_elements(${JSON.stringify(pairs)}::json) p`;
}

/** Moves mentions of `m` to `k`; where one article names both, the kept node's mention stays. */
async function moveMentions(tx: Tx, typename: CuratedTypename, k: string, m: string) {
  const { mentionTable, column } = KIND_TABLES[typename];
  const table = ident(mentionTable);
  const col = ident(column);
  await tx.$executeRaw(Prisma.sql`DELETE FROM ${table} x WHERE x.${col} = ${m}
    AND EXISTS (SELECT 1 FROM ${table} o WHERE o.${col} = ${k} AND o."articleId" = x."articleId")`);
  await tx.$executeRaw(Prisma.sql`UPDATE ${table} SET ${col} = ${k} WHERE ${col} = ${m}`);
}

/**
 * Positions of `m` (by person or by institution) that the kept node already has become one:
 * their reports, quotes and feed entries move to the kept position, which keeps one report per
 * article. The others move over.
 */
async function mergePositions(tx: Tx, by: "personId" | "institutionId", k: string, m: string) {
  const same =
    by === "personId"
      ? Prisma.sql`kp."personId" = ${k} AND mp."personId" = ${m} AND kp."normalizedRole" = mp."normalizedRole"
          AND kp."institutionId" IS NOT DISTINCT FROM mp."institutionId"`
      : Prisma.sql`kp."institutionId" = ${k} AND mp."institutionId" = ${m} AND kp."normalizedRole" = mp."normalizedRole"
          AND kp."personId" = mp."personId"`;
  const pairs = await tx.$queryRaw<{ kept: string; merged: string }[]>(
    Prisma.sql`SELECT kp.id AS kept, mp.id AS merged FROM "Position" kp JOIN "Position" mp ON ${same}`,
  );
  if (pairs.length > 0) {
    const pairSql = pairsSql(pairs);
    for (const table of ["PositionReport", "Quote", "ChangeEvent"]) {
      await tx.$executeRaw(Prisma.sql`UPDATE ${ident(table)} t SET "positionId" = pair.kept FROM (${pairSql}) pair
        WHERE t."positionId" = pair.merged`);
    }
    await tx.$executeRaw`DELETE FROM "Position" WHERE id = ANY(${pairs.map((p) => p.merged)}::text[])`;
    // one report per article and position, as the writer writes them
    await tx.$executeRaw`DELETE FROM "PositionReport" r USING "PositionReport" o
      WHERE r."positionId" = ANY(${pairs.map((p) => p.kept)}::text[])
        AND o."positionId" = r."positionId" AND o."articleId" = r."articleId" AND o.id < r.id`;
  }
  await tx.$executeRaw(Prisma.sql`UPDATE "Position" SET ${ident(by)} = ${k} WHERE ${ident(by)} = ${m}`);
}

async function mergePeople(tx: Tx, k: string, m: string) {
  await tx.$executeRaw`UPDATE "PersonAlias" SET "personId" = ${k} WHERE "personId" = ${m}`;
  await moveMentions(tx, "Person", k, m);
  await mergePositions(tx, "personId", k, m);
  await tx.$executeRaw`UPDATE "Quote" SET "speakerId" = ${k} WHERE "speakerId" = ${m}`;
  await tx.$executeRaw`DELETE FROM "EventParticipant" x WHERE x."personId" = ${m}
    AND EXISTS (SELECT 1 FROM "EventParticipant" o WHERE o."personId" = ${k} AND o."eventId" = x."eventId"
      AND o.role = x.role AND o."articleId" = x."articleId")`;
  await tx.$executeRaw`UPDATE "EventParticipant" SET "personId" = ${k} WHERE "personId" = ${m}`;
  await tx.$executeRaw`UPDATE "ChangeEvent" SET "personId" = ${k} WHERE "personId" = ${m}`;
}

async function mergeInstitutions(tx: Tx, k: string, m: string) {
  await tx.$executeRaw`UPDATE "InstitutionAlias" SET "institutionId" = ${k} WHERE "institutionId" = ${m}`;
  await moveMentions(tx, "Institution", k, m);
  await mergePositions(tx, "institutionId", k, m);
  await tx.$executeRaw`UPDATE "Event" SET "hostId" = ${k} WHERE "hostId" = ${m}`;
  // a group's participation is keyed by its label, not its institution: nothing to collide with
  await tx.$executeRaw`UPDATE "EventGroupParticipant" SET "institutionId" = ${k} WHERE "institutionId" = ${m}`;
  // products of the same name made by both become the kept node's product
  const pairs = await tx.$queryRaw<{ kept: string; merged: string }[]>`
    SELECT kp.id AS kept, mp.id AS merged FROM "Product" kp JOIN "Product" mp
      ON kp."producerId" = ${k} AND mp."producerId" = ${m} AND kp."normalizedName" = mp."normalizedName"`;
  if (pairs.length > 0) {
    const pair = pairsSql(pairs);
    await tx.$executeRaw(Prisma.sql`DELETE FROM "ProductMention" x USING (${pair}) pair WHERE x."productId" = pair.merged
      AND EXISTS (SELECT 1 FROM "ProductMention" o WHERE o."productId" = pair.kept AND o."articleId" = x."articleId")`);
    await tx.$executeRaw(Prisma.sql`UPDATE "ProductMention" x SET "productId" = pair.kept FROM (${pair}) pair
      WHERE x."productId" = pair.merged`);
    // decisions on the merged products' mentions now name the kept products
    await tx.$executeRaw(Prisma.sql`DELETE FROM "FactDecision" d USING (${pair}) pair WHERE d."subjectId" = pair.merged
      AND EXISTS (SELECT 1 FROM "FactDecision" o WHERE o.kind = d.kind AND o."articleId" = d."articleId"
        AND o."subjectId" = pair.kept AND o."objectId" = d."objectId" AND o.detail = d.detail)`);
    await tx.$executeRaw(Prisma.sql`UPDATE "FactDecision" d SET "subjectId" = pair.kept FROM (${pair}) pair
      WHERE d."subjectId" = pair.merged`);
    await tx.$executeRaw`DELETE FROM "Product" WHERE id = ANY(${pairs.map((p) => p.merged)}::text[])`;
  }
  await tx.$executeRaw`UPDATE "Product" SET "producerId" = ${k} WHERE "producerId" = ${m}`;
  await tx.$executeRaw`UPDATE "ChangeEvent" SET "institutionId" = ${k} WHERE "institutionId" = ${m}`;
  await tx.$executeRaw`UPDATE "Institution" SET "parentId" = ${k} WHERE "parentId" = ${m} AND id <> ${k}`;
  // what the kept node lacks and the merged one knows: parent, place, short name
  await tx.$executeRaw`UPDATE "Institution" k SET
      "parentId" = CASE WHEN k."parentId" IS NULL OR k."parentId" = ${m} THEN nullif(mn."parentId", ${k}) ELSE k."parentId" END,
      "placeId" = coalesce(k."placeId", mn."placeId"),
      "shortName" = coalesce(k."shortName", mn."shortName")
    FROM "Institution" mn WHERE k.id = ${k} AND mn.id = ${m}`;
  await refuseCycle(tx, "Institution", k);
}

async function mergePlaces(tx: Tx, k: string, m: string) {
  // a form names one place of each kind: the merged place's forms take the kept place's kind
  await tx.$executeRaw`DELETE FROM "PlaceAlias" x WHERE x."placeId" = ${m}
    AND EXISTS (SELECT 1 FROM "PlaceAlias" o JOIN "Place" kp ON kp.id = ${k}
      WHERE o.normalized = x.normalized AND o."placeId" <> ${m} AND (o."placeId" = ${k} OR o.kind = kp.kind))`;
  await tx.$executeRaw`UPDATE "PlaceAlias" a SET "placeId" = kp.id, kind = kp.kind FROM "Place" kp
    WHERE kp.id = ${k} AND a."placeId" = ${m}`;
  await moveMentions(tx, "Place", k, m);
  await tx.$executeRaw`UPDATE "Institution" SET "placeId" = ${k} WHERE "placeId" = ${m}`;
  await tx.$executeRaw`UPDATE "Event" SET "placeId" = ${k} WHERE "placeId" = ${m}`;
  await tx.$executeRaw`UPDATE "Article" SET "datelinePlaceId" = ${k} WHERE "datelinePlaceId" = ${m}`;
  await tx.$executeRaw`UPDATE "Place" SET "parentId" = ${k} WHERE "parentId" = ${m} AND id <> ${k}`;
  const [merged] = await tx.$queryRaw<{ code: string | null; parentId: string | null }[]>`
    SELECT code, "parentId" FROM "Place" WHERE id = ${m}`;
  // the code is unique: the merged place gives it up before the kept one takes it
  await tx.$executeRaw`UPDATE "Place" SET code = NULL WHERE id = ${m}`;
  await tx.$executeRaw`UPDATE "Place" SET
      code = coalesce(code, ${merged?.code ?? null}),
      "parentId" = CASE WHEN "parentId" IS NULL OR "parentId" = ${m} THEN nullif(${merged?.parentId ?? null}::text, ${k}) ELSE "parentId" END
    WHERE id = ${k}`;
  await refuseCycle(tx, "Place", k);
}
