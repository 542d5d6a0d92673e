-- The versions of a meeting and the choices of mødeform registered on it (issue 16, GetIndkaldelseshistorik and
-- GetDeltagelsesvalgshistorik). Meetings already saved get their creation as version 1, and their registered choice.

-- CreateTable
CREATE TABLE "IndkaldelseVersion" (
    "id" BIGSERIAL NOT NULL,
    "indkaldelseId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "aendringstype" INTEGER NOT NULL,
    "tidspunkt" TIMESTAMPTZ(3) NOT NULL,
    "aktoerType" TEXT NOT NULL,
    "aktoer" TEXT NOT NULL,
    "myndighedKode" TEXT NOT NULL,
    "myndighedNavn" TEXT NOT NULL,
    "aendringer" TEXT[],

    CONSTRAINT "IndkaldelseVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Moededeltagelsesvalg" (
    "id" BIGSERIAL NOT NULL,
    "indkaldelseId" UUID NOT NULL,
    "moedeform" INTEGER NOT NULL,
    "registreret" TIMESTAMPTZ(3) NOT NULL,
    "aktoer" TEXT NOT NULL,
    "myndighedKode" TEXT NOT NULL,
    "myndighedNavn" TEXT NOT NULL,

    CONSTRAINT "Moededeltagelsesvalg_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "IndkaldelseVersion_indkaldelseId_version_key" ON "IndkaldelseVersion"("indkaldelseId", "version");

-- CreateIndex
CREATE INDEX "Moededeltagelsesvalg_indkaldelseId_registreret_idx" ON "Moededeltagelsesvalg"("indkaldelseId", "registreret");

-- AddForeignKey
ALTER TABLE "IndkaldelseVersion" ADD CONSTRAINT "IndkaldelseVersion_indkaldelseId_fkey" FOREIGN KEY ("indkaldelseId") REFERENCES "Indkaldelse"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Moededeltagelsesvalg" ADD CONSTRAINT "Moededeltagelsesvalg_indkaldelseId_fkey" FOREIGN KEY ("indkaldelseId") REFERENCES "Indkaldelse"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Backfill: the creation of each existing meeting, by whoever created it, for the myndighed of its jobcentre
INSERT INTO "IndkaldelseVersion" ("indkaldelseId", "version", "aendringstype", "tidspunkt", "aktoerType", "aktoer", "myndighedKode", "myndighedNavn", "aendringer")
SELECT i."id", 1, 1, i."createdAt", CASE WHEN i."selvbooket" THEN 'system' ELSE 'bruger' END, i."oprettetAf", m."kode", m."navn", '{}'
FROM "Indkaldelse" i JOIN "Jobcenter" j ON j."nummer" = i."jobcenterNummer" JOIN "Myndighed" m ON m."id" = j."myndighedId";

-- Backfill: the choice registered on existing meetings
INSERT INTO "Moededeltagelsesvalg" ("indkaldelseId", "moedeform", "registreret", "aktoer", "myndighedKode", "myndighedNavn")
SELECT i."id", i."valgMoedeform", i."valgRegistreretTidspunkt", coalesce(i."valgRegistreretAf", ''), m."kode", m."navn"
FROM "Indkaldelse" i JOIN "Jobcenter" j ON j."nummer" = i."jobcenterNummer" JOIN "Myndighed" m ON m."id" = j."myndighedId"
WHERE i."valgMoedeform" IS NOT NULL AND i."valgRegistreretTidspunkt" IS NOT NULL;
