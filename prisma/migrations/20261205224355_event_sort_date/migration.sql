-- The events list orders by date, newest first, the undated last. A nullable leading column gives
-- the keyset condition no range to start from, so a page read the index from its start. sortDate
-- is the date, or 0001-01-01 for an undated event, computed by PostgreSQL (prisma/schema.prisma
-- declares it with a database default only so that the client never writes it).

-- AlterTable
ALTER TABLE "Event" ADD COLUMN "sortDate" DATE NOT NULL GENERATED ALWAYS AS (COALESCE("date", '0001-01-01'::date)) STORED;

-- CreateIndex
CREATE INDEX "Event_sortDate_id_idx" ON "Event"("sortDate", "id");
