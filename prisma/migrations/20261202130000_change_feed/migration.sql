-- CreateEnum
CREATE TYPE "ChangeKind" AS ENUM ('ARTICLE_ADDED', 'ARTICLE_UPDATED', 'PERSON_ADDED', 'POSITION_REPORTED', 'ENTITY_MERGED');

-- CreateTable
CREATE TABLE "ChangeEvent" (
    "sequence" BIGSERIAL NOT NULL,
    "kind" "ChangeKind" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "articleId" TEXT,
    "personId" TEXT,
    "institutionId" TEXT,
    "positionId" TEXT,
    "changedFields" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "ChangeEvent_pkey" PRIMARY KEY ("sequence")
);

-- CreateIndex
CREATE INDEX "ChangeEvent_kind_sequence_idx" ON "ChangeEvent"("kind", "sequence");

-- CreateIndex
CREATE INDEX "ChangeEvent_articleId_idx" ON "ChangeEvent"("articleId");

-- CreateIndex
CREATE INDEX "ChangeEvent_personId_idx" ON "ChangeEvent"("personId");

-- CreateIndex
CREATE INDEX "ChangeEvent_institutionId_idx" ON "ChangeEvent"("institutionId");

-- CreateIndex
CREATE INDEX "ChangeEvent_positionId_idx" ON "ChangeEvent"("positionId");

-- AddForeignKey
ALTER TABLE "ChangeEvent" ADD CONSTRAINT "ChangeEvent_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeEvent" ADD CONSTRAINT "ChangeEvent_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeEvent" ADD CONSTRAINT "ChangeEvent_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeEvent" ADD CONSTRAINT "ChangeEvent_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE SET NULL ON UPDATE CASCADE;

