-- CreateTable
CREATE TABLE "EventGroupParticipant" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "normalizedLabel" TEXT NOT NULL,
    "institutionId" TEXT,
    "role" "EventRole" NOT NULL,
    "articleId" TEXT NOT NULL,
    "field" "SpanField" NOT NULL,
    "spanStart" INTEGER NOT NULL,
    "spanEnd" INTEGER NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "extractor" TEXT NOT NULL,

    CONSTRAINT "EventGroupParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EventGroupParticipant_institutionId_eventId_idx" ON "EventGroupParticipant"("institutionId", "eventId");

-- CreateIndex
CREATE INDEX "EventGroupParticipant_articleId_idx" ON "EventGroupParticipant"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "EventGroupParticipant_eventId_normalizedLabel_role_articleI_key" ON "EventGroupParticipant"("eventId", "normalizedLabel", "role", "articleId");

-- AddForeignKey
ALTER TABLE "EventGroupParticipant" ADD CONSTRAINT "EventGroupParticipant_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventGroupParticipant" ADD CONSTRAINT "EventGroupParticipant_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventGroupParticipant" ADD CONSTRAINT "EventGroupParticipant_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

