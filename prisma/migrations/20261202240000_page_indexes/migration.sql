-- Institution.positions pages in id order: the index hands out an institution's positions in
-- that order, so a page reads its own rows and not every position of the institution
DROP INDEX "Position_institutionId_idx";
CREATE INDEX "Position_institutionId_id_idx" ON "Position"("institutionId", "id");
