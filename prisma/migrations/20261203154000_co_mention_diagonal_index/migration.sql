-- Each entity's own row of CoMention (entityKey = otherKey) holds how many articles name it: the
-- facets of all articles read the top of each kind of node from this index, not every mention
CREATE INDEX "CoMention_diagonal_articles_entityKey_idx" ON "CoMention"("articles" DESC, "entityKey") WHERE "entityKey" = "otherKey";
