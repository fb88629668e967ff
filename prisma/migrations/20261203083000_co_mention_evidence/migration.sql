-- The newest articles that name both ends of a co-mention pair (people, institutions and places,
-- not topics, not the diagonal), newest first, at most 10, with their listedAt alongside so the
-- writer can merge a new article in without reading the articles (src/graph/coMentions.ts)
ALTER TABLE "CoMention" ADD COLUMN "evidence" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    ADD COLUMN "evidenceAt" TIMESTAMP(3)[] NOT NULL DEFAULT ARRAY[]::TIMESTAMP(3)[];

-- A node's heaviest partners first: a walk takes the top of each node's range, not all of it
CREATE INDEX "CoMention_entityKey_articles_idx" ON "CoMention"("entityKey", "articles" DESC, "otherKey");

-- Backfill: the evidence of every pair already counted
UPDATE "CoMention" c SET "evidence" = r."ids", "evidenceAt" = r."ats"
FROM (
    SELECT x, y, array_agg("articleId" ORDER BY n) AS "ids", array_agg("listedAt" ORDER BY n) AS "ats"
    FROM (
        SELECT a."entity" AS x, b."entity" AS y, a."articleId", a."listedAt",
            row_number() OVER (PARTITION BY a."entity", b."entity" ORDER BY a."listedAt" DESC, a."articleId" DESC) AS n
        FROM (
            SELECT "articleId", "listedAt", 'Person:' || "personId" AS "entity" FROM "PersonMention"
            UNION ALL SELECT "articleId", "listedAt", 'Institution:' || "institutionId" FROM "InstitutionMention"
            UNION ALL SELECT "articleId", "listedAt", 'Place:' || "placeId" FROM "PlaceMention"
        ) a
        JOIN (
            SELECT "articleId", 'Person:' || "personId" AS "entity" FROM "PersonMention"
            UNION ALL SELECT "articleId", 'Institution:' || "institutionId" FROM "InstitutionMention"
            UNION ALL SELECT "articleId", 'Place:' || "placeId" FROM "PlaceMention"
        ) b ON b."articleId" = a."articleId" AND b."entity" <> a."entity"
    ) ranked
    WHERE n <= 10
    GROUP BY x, y
) r
WHERE c."entityKey" = r.x AND c."otherKey" = r.y;
