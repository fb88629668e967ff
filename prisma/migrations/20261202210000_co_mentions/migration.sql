-- CreateTable
CREATE TABLE "CoMention" (
    "entityKey" TEXT NOT NULL,
    "otherKey" TEXT NOT NULL,
    "articles" INTEGER NOT NULL,

    CONSTRAINT "CoMention_pkey" PRIMARY KEY ("entityKey","otherKey")
);

-- CreateTable
CREATE TABLE "CoMentionLedger" (
    "articleId" TEXT NOT NULL,
    "entities" TEXT[],

    CONSTRAINT "CoMentionLedger_pkey" PRIMARY KEY ("articleId")
);

-- Backfill: the entities of every article already in the store
INSERT INTO "CoMentionLedger" ("articleId", "entities")
SELECT "articleId", array_agg("entity" ORDER BY "entity") FROM (
    SELECT "articleId", 'Person:' || "personId" AS "entity" FROM "PersonMention"
    UNION ALL SELECT "articleId", 'Institution:' || "institutionId" FROM "InstitutionMention"
    UNION ALL SELECT "articleId", 'Place:' || "placeId" FROM "PlaceMention"
    UNION ALL SELECT "articleId", 'Topic:' || "topicId" FROM "ArticleTopic"
) named
GROUP BY "articleId";

-- Backfill: every ordered pair of entities named together, with the diagonal
INSERT INTO "CoMention" ("entityKey", "otherKey", "articles")
SELECT x, y, count(*)::int FROM (
    SELECT l."articleId", e1 AS x, e2 AS y
    FROM "CoMentionLedger" l, unnest(l."entities") AS e1, unnest(l."entities") AS e2
) pairs
GROUP BY x, y;
