-- A curator's correction of an article's date outlives the article's text being written again.
ALTER TABLE "Article" ADD COLUMN "publishedDateCurated" BOOLEAN NOT NULL DEFAULT false;

-- Articles whose date was corrected before the column existed keep the correction too.
UPDATE "Article" a SET "publishedDateCurated" = true
WHERE EXISTS (
  SELECT 1 FROM "CurationLogEntry" c
  WHERE c.action = 'CORRECT_PUBLISHED_DATE' AND c.target = encode(convert_to('Article:' || a.id, 'UTF8'), 'base64')
);
