-- R17 on the CV: the periods of the undeleted M-flagged fravær of the citizen, so a search tests each hit with
-- `"mindrePerioder" @> <day>` instead of looking through the fravær table for every hit (decision 0008).
-- Triggers keep it: every change of a fravær recomputes the periods of its citizen, and a new CV starts with them.
-- The M-flagged codes are those of the domain codelist (fravaer.codelists.ts), and a test holds the two equal.
-- Bodies hold no literal semicolon (the migration runner splits the script on them): the trigger function
-- bodies are E-strings that write it as \073.

-- AlterTable
ALTER TABLE "Cv" ADD COLUMN     "mindrePerioder" datemultirange NOT NULL DEFAULT '{}'::datemultirange;

CREATE OR REPLACE FUNCTION fravaer_mindre_koder() RETURNS int[] LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT ARRAY[43, 44, 45, 46, 77] $$;

CREATE OR REPLACE FUNCTION cv_mindre_perioder(borger uuid) RETURNS datemultirange LANGUAGE sql STABLE
AS $$ SELECT coalesce(range_agg(daterange(f."startdato", f."slutdato", '[]')), '{}'::datemultirange) FROM "Fravaer" f WHERE f."borgerId" = borger AND NOT f."slettet" AND f."fravaersaarsag" = ANY(fravaer_mindre_koder()) $$;

CREATE OR REPLACE FUNCTION fravaer_opdater_cv_mindre() RETURNS trigger LANGUAGE plpgsql
AS E'BEGIN UPDATE "Cv" SET "mindrePerioder" = cv_mindre_perioder(COALESCE(NEW."borgerId", OLD."borgerId")) WHERE "borgerId" = COALESCE(NEW."borgerId", OLD."borgerId")\073 IF TG_OP = \'UPDATE\' AND NEW."borgerId" <> OLD."borgerId" THEN UPDATE "Cv" SET "mindrePerioder" = cv_mindre_perioder(OLD."borgerId") WHERE "borgerId" = OLD."borgerId"\073 END IF\073 RETURN NULL\073 END';

CREATE OR REPLACE FUNCTION cv_saet_mindre() RETURNS trigger LANGUAGE plpgsql
AS E'BEGIN NEW."mindrePerioder" := cv_mindre_perioder(NEW."borgerId")\073 RETURN NEW\073 END';

CREATE TRIGGER fravaer_cv_mindre AFTER INSERT OR UPDATE OR DELETE ON "Fravaer" FOR EACH ROW EXECUTE FUNCTION fravaer_opdater_cv_mindre();

CREATE TRIGGER cv_mindre BEFORE INSERT ON "Cv" FOR EACH ROW EXECUTE FUNCTION cv_saet_mindre();

UPDATE "Cv" SET "mindrePerioder" = cv_mindre_perioder("borgerId");
