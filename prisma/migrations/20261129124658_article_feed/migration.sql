-- CreateTable
CREATE TABLE "ArticleEvent" (
    "sequence" BIGSERIAL NOT NULL,
    "articleId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleEvent_pkey" PRIMARY KEY ("sequence")
);

-- CreateIndex
CREATE INDEX "ArticleEvent_articleId_idx" ON "ArticleEvent"("articleId");

-- AddForeignKey
ALTER TABLE "ArticleEvent" ADD CONSTRAINT "ArticleEvent_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

