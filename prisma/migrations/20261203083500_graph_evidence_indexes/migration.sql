-- The newest articles behind a graph edge, read backwards on an index that ends in the article
-- id (src/schema/graphAdjacency.ts, edgeEvidence): a pair reported thousands of times costs ten entries
CREATE INDEX "PositionReport_positionId_articleId_idx" ON "PositionReport"("positionId", "articleId");
CREATE INDEX "EventParticipant_eventId_personId_articleId_idx" ON "EventParticipant"("eventId", "personId", "articleId");
DROP INDEX "EventReport_eventId_idx";
CREATE INDEX "EventReport_eventId_articleId_idx" ON "EventReport"("eventId", "articleId");
DROP INDEX "ProductMention_productId_idx";
CREATE INDEX "ProductMention_productId_articleId_idx" ON "ProductMention"("productId", "articleId");
