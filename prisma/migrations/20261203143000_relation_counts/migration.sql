-- Per-pair article counts of the relations a graph walk weighs besides co-mention, kept by the
-- writer like CoMention (src/graph/relationCounts.ts): HOLDS_POSITION (a person and an
-- institution), TOOK_PART (a person and an event), each pair stored from both ends, and
-- REPORTED_IN on the diagonal (the articles reporting an event or naming a product)
CREATE TABLE "RelationCount" (
    "entityKey" TEXT NOT NULL,
    "relation" TEXT NOT NULL,
    "otherKey" TEXT NOT NULL,
    "articles" INTEGER NOT NULL,

    CONSTRAINT "RelationCount_pkey" PRIMARY KEY ("entityKey", "relation", "otherKey")
);

-- A node's heaviest partners first: a walk takes the top of each node's range, not all of it
CREATE INDEX "RelationCount_entityKey_relation_articles_otherKey_idx" ON "RelationCount"("entityKey", "relation", "articles" DESC, "otherKey");

-- What each article was last counted with ("relation|fromKey|toKey"), so a rewrite subtracts it
CREATE TABLE "RelationCountLedger" (
    "articleId" TEXT NOT NULL,
    "items" TEXT[] NOT NULL,

    CONSTRAINT "RelationCountLedger_pkey" PRIMARY KEY ("articleId")
);

-- Backfill: the relation facts of every article already in the store
INSERT INTO "RelationCountLedger" ("articleId", "items")
SELECT "articleId", array_agg("item" ORDER BY "item") FROM (
    SELECT r."articleId", 'HOLDS_POSITION|Person:' || p."personId" || '|Institution:' || p."institutionId" AS "item"
        FROM "PositionReport" r JOIN "Position" p ON p."id" = r."positionId" WHERE p."institutionId" IS NOT NULL
    UNION SELECT "articleId", 'TOOK_PART|Person:' || "personId" || '|Event:' || "eventId" FROM "EventParticipant"
    UNION SELECT "articleId", 'REPORTED_IN|Event:' || "eventId" || '|Event:' || "eventId" FROM "EventReport"
    UNION SELECT "articleId", 'REPORTED_IN|Product:' || "productId" || '|Product:' || "productId" FROM "ProductMention"
) facts
GROUP BY "articleId";

-- Backfill: every pair counted from both ends, the diagonal once
INSERT INTO "RelationCount" ("entityKey", "relation", "otherKey", "articles")
SELECT e."entityKey", e."relation", e."otherKey", count(*)::int
FROM "RelationCountLedger" l CROSS JOIN unnest(l."items") AS i("item") CROSS JOIN LATERAL (
    SELECT split_part(i."item", '|', 2) AS "entityKey", split_part(i."item", '|', 1) AS "relation", split_part(i."item", '|', 3) AS "otherKey"
    UNION SELECT split_part(i."item", '|', 3), split_part(i."item", '|', 1), split_part(i."item", '|', 2)
) e
GROUP BY e."entityKey", e."relation", e."otherKey";
