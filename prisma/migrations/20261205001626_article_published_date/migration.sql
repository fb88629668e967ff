-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MINUTE');

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "publishedDate" DATE,
ADD COLUMN     "publishedPrecision" "DatePrecision";


-- Articles stored before: publishedAt holds the instant in UTC. Their day is read in WIB (UTC+7,
-- no daylight saving), the zone the extractor assumes when the text names none. A WIB midnight
-- is how the extractor wrote a date given without a time, so it is taken to be day precision.
UPDATE "Article"
SET "publishedDate" = ("publishedAt" + interval '7 hours')::date,
    "publishedPrecision" = CASE WHEN ("publishedAt" + interval '7 hours')::time = time '00:00' THEN 'DAY' ELSE 'MINUTE' END::"DatePrecision"
WHERE "publishedAt" IS NOT NULL;
