import { FEED_LOCK } from "../graph/changeFeed.ts";
import { lockArticlesForCounting, refreshGraphCounts } from "../graph/coMentions.ts";
import { normalizeName } from "../ingest/normalize.ts";
import type { Prisma, PrismaClient } from "../store/index.ts";
import { claimForm } from "./aliases.ts";
import { type Actor, CurationError, globalIdOf, inTransaction, type NodeRef } from "./common.ts";
import { moveDecisions } from "./decisions.ts";
import { recordCuration } from "./log.ts";
import { lockForms, requireNode, snapshotNode } from "./nodes.ts";

/** At most this many articles move in one split. */
export const MAX_SPLIT_ARTICLES = 100;

/**
 * Two people with one name: what the given articles report of `person` (mentions, positions
 * with their reports, quotes, event participation, fact decisions) moves to a new person. The
 * new person takes `name` as its name and alias when given (it must name no one else), else the
 * same name without an alias (a written form names one node; find it by its ID). One transaction.
 */
export async function splitPerson(
  prisma: PrismaClient,
  actor: Actor,
  person: NodeRef,
  articleIds: readonly string[],
  name?: string | null,
): Promise<{ originalId: string; createdId: string }> {
  const articles = [...new Set(articleIds)];
  if (articles.length === 0) throw new CurationError("articles must name at least one article");
  if (articles.length > MAX_SPLIT_ARTICLES) {
    throw new CurationError(`articles takes at most ${MAX_SPLIT_ARTICLES} articles`);
  }
  if (name !== null && name !== undefined && !normalizeName(name)) {
    throw new CurationError("name must have a letter or digit in it");
  }
  return inTransaction(prisma, async (tx) => {
    await requireNode(tx, person, "id", ["Person"]);
    const old = person.id;
    await lockForms(tx, "Person", [old], name ? [{ scope: "", normalized: normalizeName(name) }] : []);
    // locked before their facts move, so a count of them running elsewhere finishes first (or waits)
    await lockArticlesForCounting(tx, articles);
    const reporting = await tx.$queryRaw<{ id: string }[]>`
      SELECT a.id FROM "Article" a WHERE a.id = ANY(${articles}::text[]) AND (
        EXISTS (SELECT 1 FROM "PersonMention" m WHERE m."articleId" = a.id AND m."personId" = ${old})
        OR EXISTS (SELECT 1 FROM "Quote" q WHERE q."articleId" = a.id AND q."speakerId" = ${old})
        OR EXISTS (SELECT 1 FROM "PositionReport" r JOIN "Position" p ON p.id = r."positionId"
                   WHERE r."articleId" = a.id AND p."personId" = ${old}))`;
    const found = new Set(reporting.map((r) => r.id));
    const strays = articles.filter((id) => !found.has(id));
    if (strays.length > 0) {
      throw new CurationError(
        `these articles do not report ${globalIdOf("Person", old)}: ${strays.map((id) => globalIdOf("Article", id)).join(", ")}`,
      );
    }
    const before = await snapshotNode(tx, "Person", old);
    const newName = name?.trim() || before.name;
    const created = await tx.person.create({
      data: { name: newName, normalizedName: normalizeName(newName) },
      select: { id: true },
    });
    if (name) await claimForm(tx, "Person", created.id, name, { scope: "", normalized: normalizeName(name) });

    await tx.personMention.updateMany({
      where: { personId: old, articleId: { in: articles } },
      data: { personId: created.id },
    });
    const positions = await tx.position.findMany({
      where: { personId: old, reports: { some: { articleId: { in: articles } } } },
      select: { id: true, role: true, normalizedRole: true, institutionId: true, title: true },
    });
    for (const position of positions) {
      const copy = await tx.position.create({
        data: {
          personId: created.id,
          role: position.role,
          normalizedRole: position.normalizedRole,
          institutionId: position.institutionId,
          title: position.title,
        },
        select: { id: true },
      });
      await tx.positionReport.updateMany({
        where: { positionId: position.id, articleId: { in: articles } },
        data: { positionId: copy.id },
      });
      await tx.quote.updateMany({
        where: { positionId: position.id, articleId: { in: articles } },
        data: { positionId: copy.id },
      });
    }
    if (positions.length > 0) {
      // a position only the moved articles reported belongs to the new person alone now
      await tx.position.deleteMany({ where: { id: { in: positions.map((p) => p.id) }, reports: { none: {} } } });
    }
    await tx.quote.updateMany({
      where: { speakerId: old, articleId: { in: articles } },
      data: { speakerId: created.id },
    });
    await tx.eventParticipant.updateMany({
      where: { personId: old, articleId: { in: articles } },
      data: { personId: created.id },
    });
    await moveDecisions(tx, old, created.id, articles);
    await refreshGraphCounts(tx, articles);

    const after = {
      person: await snapshotNode(tx, "Person", old),
      created: await snapshotNode(tx, "Person", created.id),
      articles: articles.map((id) => globalIdOf("Article", id)),
    };
    await recordCuration(tx, {
      actor,
      action: "SPLIT",
      target: before.id,
      before: before as Prisma.InputJsonValue,
      after: after as unknown as Prisma.InputJsonValue,
    });
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${FEED_LOCK})`;
    await tx.changeEvent.create({ data: { kind: "PERSON_ADDED", personId: created.id } });
    return { originalId: old, createdId: created.id };
  });
}
