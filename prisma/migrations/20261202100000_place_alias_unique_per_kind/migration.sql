-- A written form names at most one place of each kind, as it already does one person and one
-- institution: the unique index is what lets a writer that lost a race to create a place notice
-- it (a unique violation, then a retry that finds the place) instead of adding a second copy.
-- PlaceAlias therefore carries its place's kind, and the foreign key on (placeId, kind) keeps the two
-- equal, also when a place's kind is corrected later (ON UPDATE CASCADE).

-- DropForeignKey
ALTER TABLE "PlaceAlias" DROP CONSTRAINT "PlaceAlias_placeId_fkey";

-- AlterTable: filled from the places before it becomes NOT NULL
ALTER TABLE "PlaceAlias" ADD COLUMN "kind" "PlaceKind";
UPDATE "PlaceAlias" AS a SET "kind" = p."kind" FROM "Place" AS p WHERE p."id" = a."placeId";

-- De-duplicate: concurrent writers could give one form to two places of one kind. The writer
-- resolved such a form to the oldest of those places (ids are UUIDv7, so they sort by creation),
-- so that place keeps it and nothing resolves differently afterwards, and the younger places keep
-- their name and every form no older place of their kind has. No node and no fact is deleted.
DELETE FROM "PlaceAlias" AS a
USING "PlaceAlias" AS older
WHERE older."kind" = a."kind"
  AND older."normalized" = a."normalized"
  AND older."placeId" COLLATE "C" < a."placeId" COLLATE "C";

ALTER TABLE "PlaceAlias" ALTER COLUMN "kind" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Place_id_kind_key" ON "Place"("id", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "PlaceAlias_kind_normalized_key" ON "PlaceAlias"("kind", "normalized");

-- AddForeignKey
ALTER TABLE "PlaceAlias" ADD CONSTRAINT "PlaceAlias_placeId_kind_fkey" FOREIGN KEY ("placeId", "kind") REFERENCES "Place"("id", "kind") ON DELETE CASCADE ON UPDATE CASCADE;
