-- AlterTable
ALTER TABLE "Borger" ADD COLUMN     "dagpengeretFra" DATE;

-- CreateTable
CREATE TABLE "Fravaer" (
    "id" UUID NOT NULL,
    "borgerId" UUID NOT NULL,
    "jobcenterNummer" VARCHAR(5) NOT NULL,
    "fravaersaarsag" INTEGER NOT NULL,
    "startdato" DATE NOT NULL,
    "slutdato" DATE,
    "kommentar" TEXT,
    "slettet" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Fravaer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FravaerVersion" (
    "id" BIGSERIAL NOT NULL,
    "fravaerId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "aendringstype" INTEGER NOT NULL,
    "tidspunkt" TIMESTAMPTZ(3) NOT NULL,
    "aktoer" TEXT NOT NULL,
    "myndighedKode" TEXT NOT NULL,
    "myndighedNavn" TEXT NOT NULL,
    "fravaersaarsag" INTEGER NOT NULL,
    "startdato" DATE NOT NULL,
    "slutdato" DATE,
    "kommentar" TEXT,
    "berigtigelseskommentar" TEXT,

    CONSTRAINT "FravaerVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FravaersaarsagKontaktgruppe" (
    "fravaersaarsag" INTEGER NOT NULL,
    "kontaktgruppe" INTEGER NOT NULL,
    "tilladt" BOOLEAN NOT NULL,

    CONSTRAINT "FravaersaarsagKontaktgruppe_pkey" PRIMARY KEY ("fravaersaarsag","kontaktgruppe")
);

-- CreateTable
CREATE TABLE "Webservicebesked" (
    "id" UUID NOT NULL,
    "sekvens" BIGINT NOT NULL,
    "modtagerType" "MyndighedType" NOT NULL,
    "modtagerKode" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "aendringstype" INTEGER NOT NULL,
    "cpr" VARCHAR(10) NOT NULL,
    "data" JSONB NOT NULL,
    "oprettet" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Webservicebesked_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BeskedSekvens" (
    "navn" TEXT NOT NULL,
    "naeste" BIGINT NOT NULL,

    CONSTRAINT "BeskedSekvens_pkey" PRIMARY KEY ("navn")
);

-- CreateIndex
CREATE INDEX "Fravaer_borgerId_idx" ON "Fravaer"("borgerId");

-- CreateIndex
CREATE UNIQUE INDEX "FravaerVersion_fravaerId_version_key" ON "FravaerVersion"("fravaerId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Webservicebesked_sekvens_key" ON "Webservicebesked"("sekvens");

-- CreateIndex
CREATE INDEX "Webservicebesked_modtagerType_modtagerKode_sekvens_idx" ON "Webservicebesked"("modtagerType", "modtagerKode", "sekvens");

-- AddForeignKey
ALTER TABLE "Fravaer" ADD CONSTRAINT "Fravaer_borgerId_fkey" FOREIGN KEY ("borgerId") REFERENCES "Borger"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FravaerVersion" ADD CONSTRAINT "FravaerVersion_fravaerId_fkey" FOREIGN KEY ("fravaerId") REFERENCES "Fravaer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The kontaktgruppe matrix (domain.md): 71, 72, 73 (work-sharing and weather) and 75 (kontaktforløb at the
-- a-kasse) only for kontaktgruppe 1 [ASSUMED], every other cell allowed, 79 Sorgorlov allowed for 1 (R8).
-- (No semicolons in comments: the migration runner splits statements on them.)
INSERT INTO "FravaersaarsagKontaktgruppe" ("fravaersaarsag", "kontaktgruppe", "tilladt")
SELECT a.id, k.id, NOT (a.id IN (71, 72, 73, 75) AND k.id <> 1)
FROM unnest(ARRAY[1, 2, 3, 4, 8, 9, 10, 11, 23, 24, 43, 44, 45, 46, 56, 57, 65, 66, 70, 71, 72, 73, 75, 77, 78, 79]) AS a(id)
CROSS JOIN generate_series(1, 7) AS k(id)
ON CONFLICT DO NOTHING;

INSERT INTO "BeskedSekvens" ("navn", "naeste") VALUES ('webservicebesked', 0) ON CONFLICT DO NOTHING;
