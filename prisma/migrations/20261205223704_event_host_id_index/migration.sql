-- CreateIndex
CREATE INDEX "Event_hostId_id_idx" ON "Event"("hostId", "id");

