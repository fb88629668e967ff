-- API key names become unique, so `apikey list` and logs name one key each.
-- Keys that already share a name keep working: the oldest keeps the name, each later one gets
-- its id appended ("newsroom-0193…"), which cannot collide because ids are unique.
WITH "ranked" AS (
  SELECT "id", row_number() OVER (PARTITION BY "name" ORDER BY "createdAt", "id") AS "position"
  FROM "ApiKey"
)
UPDATE "ApiKey" AS "key"
SET "name" = "key"."name" || '-' || "key"."id"
FROM "ranked"
WHERE "ranked"."id" = "key"."id" AND "ranked"."position" > 1;

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_name_key" ON "ApiKey"("name");
