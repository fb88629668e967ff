-- An institution whose people take part in an event as a group (EventGroupParticipant) is counted
-- as a TOOK_PART pair with the event from now on (src/graph/relationCounts.ts). Backfill for the
-- articles already counted (those with a ledger row): their pairs first, then their ledger rows,
-- so a later rewrite of the article takes away what was added here

INSERT INTO "RelationCount" ("entityKey", "relation", "otherKey", "articles")
SELECT e."entityKey", 'TOOK_PART', e."otherKey", count(*)::int
FROM (
    SELECT DISTINCT g."articleId", 'Institution:' || g."institutionId" AS "institutionKey", 'Event:' || g."eventId" AS "eventKey"
    FROM "EventGroupParticipant" g JOIN "RelationCountLedger" l ON l."articleId" = g."articleId"
    WHERE g."institutionId" IS NOT NULL
) f CROSS JOIN LATERAL (VALUES (f."institutionKey", f."eventKey"), (f."eventKey", f."institutionKey")) AS e("entityKey", "otherKey")
GROUP BY e."entityKey", e."otherKey"
ON CONFLICT ("entityKey", "relation", "otherKey") DO UPDATE SET "articles" = "RelationCount"."articles" + excluded."articles";

UPDATE "RelationCountLedger" l SET "items" = (
    SELECT array_agg(t."item" ORDER BY t."item") FROM (
        SELECT unnest(l."items")
        UNION SELECT 'TOOK_PART|Institution:' || g."institutionId" || '|Event:' || g."eventId"
        FROM "EventGroupParticipant" g WHERE g."articleId" = l."articleId" AND g."institutionId" IS NOT NULL
    ) AS t("item")
)
WHERE EXISTS (
    SELECT 1 FROM "EventGroupParticipant" g WHERE g."articleId" = l."articleId" AND g."institutionId" IS NOT NULL
);
