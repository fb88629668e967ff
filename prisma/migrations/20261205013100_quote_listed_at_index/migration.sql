-- CreateIndex
CREATE INDEX "Quote_listedAt_id_idx" ON "Quote"("listedAt", "id");

