-- The search vector once more, with each lexeme prefixed by the CV myndighedKode (three characters), positions
-- and weights kept (lexeme 101tømr at 5B). One GIN index on it finds the words of one myndighed directly. The composite
-- (myndighedKode, soegevektor) index it replaces intersected every search with the posting list of all the
-- myndighed CVs, which at a million CVs was most of a search time (decision 0008). Bodies are dollar-quoted
-- and hold no semicolons: the migration runner splits the script on them.
CREATE OR REPLACE FUNCTION cv_soegeord(kode text, overskrift text, job_oensker text[], kompetencer text[], erfaring jsonb, uddannelse jsonb)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT regexp_replace(cv_soegevektor(overskrift, job_oensker, kompetencer, erfaring, uddannelse)::text, '''((?:[^'']|'''')*)''', '''' || kode || '\1''', 'g')::tsvector $$;

-- A search query in the same form: each lexeme of the stemmed query prefixed by the searching myndighed.
CREATE OR REPLACE FUNCTION cv_soegeord_query(kode text, q tsquery)
RETURNS tsquery LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT regexp_replace(q::text, '''((?:[^'']|'''')*)''', '''' || kode || '\1''', 'g')::tsquery $$;

-- DropIndex
DROP INDEX "Cv_myndighedKode_soegevektor_idx";

-- AlterTable
ALTER TABLE "Cv" ADD COLUMN "soegeord" tsvector GENERATED ALWAYS AS (cv_soegeord("myndighedKode", "overskrift", "jobOensker", "kompetencer", "erfaring", "uddannelse")) STORED;

-- CreateIndex
CREATE INDEX "Cv_soegeord_idx" ON "Cv" USING GIN ("soegeord");
