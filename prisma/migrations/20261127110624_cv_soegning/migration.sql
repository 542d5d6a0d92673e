-- Extensions for the search: trigram similarity (typo tolerance) and btree_gin (myndighed + text in one GIN index)
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- The search vector, with Danish stemming: the headline weighs most, then job wishes and competences, then
-- experience and education. Declared IMMUTABLE for the generated column (array_to_string is only STABLE in
-- general, but not for text arrays). One SQL statement and no semicolons in comments or bodies: the
-- migration runner splits the script on them.
CREATE OR REPLACE FUNCTION cv_soegevektor(overskrift text, job_oensker text[], kompetencer text[], erfaring jsonb, uddannelse jsonb)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS 'SELECT setweight(to_tsvector(''danish''::regconfig, coalesce(overskrift, '''')), ''A'') || setweight(to_tsvector(''danish''::regconfig, coalesce(array_to_string(job_oensker, '' ''), '''') || '' '' || coalesce(array_to_string(kompetencer, '' ''), '''')), ''B'') || setweight(to_tsvector(''danish''::regconfig, coalesce((SELECT string_agg(coalesce(e->>''titel'', '''') || '' '' || coalesce(e->>''sted'', ''''), '' '') FROM jsonb_array_elements(coalesce(erfaring, ''[]'') || coalesce(uddannelse, ''[]'')) AS e), '''')), ''C'')';

-- CreateTable
CREATE TABLE "Cv" (
    "borgerId" UUID NOT NULL,
    "myndighedKode" VARCHAR(3) NOT NULL,
    "kontaktgruppe" INTEGER NOT NULL,
    "overskrift" TEXT NOT NULL,
    "jobOensker" TEXT[],
    "kompetencer" TEXT[],
    "erfaring" JSONB NOT NULL,
    "uddannelse" JSONB NOT NULL,
    "postnummer" VARCHAR(4) NOT NULL,
    "soegbart" BOOLEAN NOT NULL,
    "soegevektor" tsvector GENERATED ALWAYS AS (cv_soegevektor("overskrift", "jobOensker", "kompetencer", "erfaring", "uddannelse")) STORED,
    "opdateret" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Cv_pkey" PRIMARY KEY ("borgerId")
);

-- CreateTable
CREATE TABLE "CvOrd" (
    "ord" TEXT NOT NULL,

    CONSTRAINT "CvOrd_pkey" PRIMARY KEY ("ord")
);

-- CreateIndex
CREATE INDEX "Cv_myndighedKode_soegevektor_idx" ON "Cv" USING GIN ("myndighedKode" varchar_ops, "soegevektor" tsvector_ops);

-- CreateIndex
CREATE INDEX "Cv_kompetencer_idx" ON "Cv" USING GIN ("kompetencer");

-- CreateIndex
CREATE INDEX "Cv_myndighedKode_postnummer_idx" ON "Cv"("myndighedKode", "postnummer");

-- CreateIndex
CREATE INDEX "CvOrd_ord_idx" ON "CvOrd" USING GIN ("ord" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "Cv" ADD CONSTRAINT "Cv_borgerId_fkey" FOREIGN KEY ("borgerId") REFERENCES "Borger"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

