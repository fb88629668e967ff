-- CreateTable
CREATE TABLE "LabelledQuote" (
    "id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "speakerLabel" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "field" "SpanField" NOT NULL,
    "spanStart" INTEGER NOT NULL,
    "spanEnd" INTEGER NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "extractor" TEXT NOT NULL,

    CONSTRAINT "LabelledQuote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LabelledQuote_articleId_field_spanStart_idx" ON "LabelledQuote"("articleId", "field", "spanStart");

-- AddForeignKey
ALTER TABLE "LabelledQuote" ADD CONSTRAINT "LabelledQuote_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

