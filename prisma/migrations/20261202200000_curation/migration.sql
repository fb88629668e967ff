-- CreateEnum
CREATE TYPE "FactDecisionStatus" AS ENUM ('REJECTED', 'CONFIRMED');

-- CreateEnum
CREATE TYPE "CurationAction" AS ENUM ('MERGE', 'SPLIT', 'ADD_ALIAS', 'REMOVE_ALIAS', 'RENAME', 'SET_PARENT', 'REJECT_FACT', 'CONFIRM_FACT');

-- CreateTable
CREATE TABLE "EntityRedirect" (
    "mergedId" TEXT NOT NULL,
    "typename" TEXT NOT NULL,
    "personId" TEXT,
    "institutionId" TEXT,
    "placeId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EntityRedirect_pkey" PRIMARY KEY ("mergedId")
);

-- CreateTable
CREATE TABLE "BlockedAlias" (
    "entityId" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BlockedAlias_pkey" PRIMARY KEY ("entityId","normalized")
);

-- CreateTable
CREATE TABLE "FactDecision" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "objectId" TEXT NOT NULL DEFAULT '',
    "detail" TEXT NOT NULL DEFAULT '',
    "status" "FactDecisionStatus" NOT NULL,
    "fact" JSONB NOT NULL,
    "factRowId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FactDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CurationLogEntry" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" "CurationAction" NOT NULL,
    "target" TEXT NOT NULL,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,

    CONSTRAINT "CurationLogEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EntityRedirect_personId_idx" ON "EntityRedirect"("personId");

-- CreateIndex
CREATE INDEX "EntityRedirect_institutionId_idx" ON "EntityRedirect"("institutionId");

-- CreateIndex
CREATE INDEX "EntityRedirect_placeId_idx" ON "EntityRedirect"("placeId");

-- CreateIndex
CREATE INDEX "FactDecision_factRowId_idx" ON "FactDecision"("factRowId");

-- CreateIndex
CREATE INDEX "FactDecision_articleId_status_idx" ON "FactDecision"("articleId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "FactDecision_kind_articleId_subjectId_objectId_detail_key" ON "FactDecision"("kind", "articleId", "subjectId", "objectId", "detail");

-- CreateIndex
CREATE INDEX "CurationLogEntry_at_id_idx" ON "CurationLogEntry"("at", "id");

-- AddForeignKey
ALTER TABLE "EntityRedirect" ADD CONSTRAINT "EntityRedirect_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityRedirect" ADD CONSTRAINT "EntityRedirect_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityRedirect" ADD CONSTRAINT "EntityRedirect_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE CASCADE ON UPDATE CASCADE;
