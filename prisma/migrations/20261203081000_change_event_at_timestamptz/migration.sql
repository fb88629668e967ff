-- ChangeEvent.at is an instant. As a timestamp without time zone its default (now()) was written
-- in the session's TimeZone and read back as UTC, hours off for a database whose TimeZone is not
-- UTC. Existing values were written by UTC sessions (the server's default): read them as UTC.
ALTER TABLE "ChangeEvent" ALTER COLUMN "at" SET DATA TYPE TIMESTAMPTZ(3) USING "at" AT TIME ZONE 'UTC';
