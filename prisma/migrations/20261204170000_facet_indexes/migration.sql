-- The facets of a filter read the matching and the left-out articles with their source and date
-- from this index alone (an index-only scan), not from the article rows with their text
CREATE INDEX "Article_id_sourceId_publishedAt_idx" ON "Article"("id") INCLUDE ("sourceId", "publishedAt");

-- Each entity's own row of CoMention (entityKey = otherKey) holds how many articles name it. The
-- facets read the top of one kind of node (Person, Institution, Place, Topic) at a time: led by
-- the kind, a kind with few nodes (topics) ends its range instead of walking every other kind's
DROP INDEX "CoMention_diagonal_articles_entityKey_idx";
CREATE INDEX "CoMention_diagonal_kind_articles_entityKey_idx" ON "CoMention"(split_part("entityKey", ':', 1), "articles" DESC, "entityKey") WHERE "entityKey" = "otherKey";
