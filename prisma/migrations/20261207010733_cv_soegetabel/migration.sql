-- CV-søgning reads a narrow table of its own (issue 14, decision 0008): for each searchable CV only what a
-- search filters, ranks and counts on, so a search of a large myndighed reads about a third fewer pages than the
-- CV rows cost it. The prefixed search vector moves here from "Cv", and the competence index with it.

-- DropIndex
DROP INDEX "Cv_kompetencer_idx";

-- DropIndex
DROP INDEX "Cv_soegeord_idx";

-- AlterTable
ALTER TABLE "Cv" DROP COLUMN "soegeord";

-- CreateTable
CREATE TABLE "CvSoegning" (
    "borgerId" UUID NOT NULL,
    "myndighedKode" VARCHAR(3) NOT NULL,
    "kontaktgruppe" INTEGER NOT NULL,
    "postnummer" VARCHAR(4) NOT NULL,
    "kompetencer" TEXT[],
    "mindrePerioder" datemultirange NOT NULL,
    "soegeord" tsvector NOT NULL,

    CONSTRAINT "CvSoegning_pkey" PRIMARY KEY ("borgerId")
);

-- CreateIndex
CREATE INDEX "CvSoegning_soegeord_idx" ON "CvSoegning" USING GIN ("soegeord");

-- CreateIndex
CREATE INDEX "CvSoegning_kompetencer_idx" ON "CvSoegning" USING GIN ("kompetencer");

-- CreateIndex
CREATE INDEX "CvSoegning_myndighedKode_postnummer_idx" ON "CvSoegning"("myndighedKode", "postnummer");

-- AddForeignKey
ALTER TABLE "CvSoegning" ADD CONSTRAINT "CvSoegning_borgerId_fkey" FOREIGN KEY ("borgerId") REFERENCES "Cv"("borgerId") ON DELETE CASCADE ON UPDATE CASCADE;

-- The search table is written by a trigger on "Cv", in the same statement as every insert or update of a CV
-- (a save, searchable turned on or off, a move to another myndighed, the fravaer triggers that set
-- mindrePerioder): a searchable CV gets its row, with the prefixed search vector computed as the column "Cv"
-- had, and a CV that is not searchable has none. A deleted CV takes its row along (the foreign key).
-- An update that changes nothing the search reads leaves the row as it is.
-- The body holds no literal semicolon (the migration runner splits the script on them): it is an E-string that
-- writes it as \073.
CREATE OR REPLACE FUNCTION cv_opdater_soegning() RETURNS trigger LANGUAGE plpgsql
AS E'BEGIN IF TG_OP = \'UPDATE\' AND OLD."borgerId" <> NEW."borgerId" THEN DELETE FROM "CvSoegning" WHERE "borgerId" = OLD."borgerId"\073 END IF\073 IF NOT NEW."soegbart" THEN DELETE FROM "CvSoegning" WHERE "borgerId" = NEW."borgerId"\073 ELSE INSERT INTO "CvSoegning" ("borgerId", "myndighedKode", "kontaktgruppe", "postnummer", "kompetencer", "mindrePerioder", "soegeord") VALUES (NEW."borgerId", NEW."myndighedKode", NEW."kontaktgruppe", NEW."postnummer", NEW."kompetencer", NEW."mindrePerioder", cv_soegeord(NEW."myndighedKode", NEW."overskrift", NEW."jobOensker", NEW."kompetencer", NEW."erfaring", NEW."uddannelse")) ON CONFLICT ("borgerId") DO UPDATE SET "myndighedKode" = EXCLUDED."myndighedKode", "kontaktgruppe" = EXCLUDED."kontaktgruppe", "postnummer" = EXCLUDED."postnummer", "kompetencer" = EXCLUDED."kompetencer", "mindrePerioder" = EXCLUDED."mindrePerioder", "soegeord" = EXCLUDED."soegeord" WHERE ("CvSoegning"."myndighedKode", "CvSoegning"."kontaktgruppe", "CvSoegning"."postnummer", "CvSoegning"."kompetencer", "CvSoegning"."mindrePerioder", "CvSoegning"."soegeord") IS DISTINCT FROM (EXCLUDED."myndighedKode", EXCLUDED."kontaktgruppe", EXCLUDED."postnummer", EXCLUDED."kompetencer", EXCLUDED."mindrePerioder", EXCLUDED."soegeord")\073 END IF\073 RETURN NULL\073 END';

CREATE TRIGGER cv_soegning AFTER INSERT OR UPDATE ON "Cv" FOR EACH ROW EXECUTE FUNCTION cv_opdater_soegning();

-- The CVs that are searchable now.
INSERT INTO "CvSoegning" ("borgerId", "myndighedKode", "kontaktgruppe", "postnummer", "kompetencer", "mindrePerioder", "soegeord")
SELECT "borgerId", "myndighedKode", "kontaktgruppe", "postnummer", "kompetencer", "mindrePerioder", cv_soegeord("myndighedKode", "overskrift", "jobOensker", "kompetencer", "erfaring", "uddannelse")
FROM "Cv" WHERE "soegbart";
