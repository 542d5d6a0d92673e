-- CreateEnum
CREATE TYPE "MyndighedType" AS ENUM ('jobcenter', 'akasse', 'system');

-- CreateEnum
CREATE TYPE "Rolle" AS ENUM ('sagsbehandler', 'virksomhedskonsulent');

-- CreateTable
CREATE TABLE "Myndighed" (
    "id" UUID NOT NULL,
    "type" "MyndighedType" NOT NULL,
    "kode" TEXT NOT NULL,
    "navn" TEXT NOT NULL,

    CONSTRAINT "Myndighed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Jobcenter" (
    "nummer" VARCHAR(5) NOT NULL,
    "navn" TEXT NOT NULL,
    "myndighedId" UUID NOT NULL,

    CONSTRAINT "Jobcenter_pkey" PRIMARY KEY ("nummer")
);

-- CreateTable
CREATE TABLE "Akasse" (
    "kode" TEXT NOT NULL,
    "navn" TEXT NOT NULL,
    "myndighedId" UUID NOT NULL,

    CONSTRAINT "Akasse_pkey" PRIMARY KEY ("kode")
);

-- CreateTable
CREATE TABLE "Bruger" (
    "id" UUID NOT NULL,
    "brugernavn" TEXT NOT NULL,
    "navn" TEXT NOT NULL,
    "rolle" "Rolle" NOT NULL,
    "jobcenterNummer" VARCHAR(5) NOT NULL,
    "adgangskodeHash" TEXT NOT NULL,
    "aktiv" BOOLEAN NOT NULL DEFAULT true,
    "demo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Bruger_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "brugerId" UUID NOT NULL,
    "csrfToken" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginForsoeg" (
    "id" BIGSERIAL NOT NULL,
    "brugernavn" TEXT NOT NULL,
    "tidspunkt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LoginForsoeg_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SystemKlient" (
    "id" UUID NOT NULL,
    "navn" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "myndighedId" UUID NOT NULL,
    "jobcenterNummer" VARCHAR(5),
    "akasseKode" TEXT,
    "tilladelser" TEXT[],
    "aktiv" BOOLEAN NOT NULL DEFAULT true,
    "demo" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "SystemKlient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Adgangslog" (
    "id" BIGSERIAL NOT NULL,
    "tidspunkt" TIMESTAMPTZ(3) NOT NULL,
    "aktoerType" TEXT NOT NULL,
    "aktoerId" TEXT NOT NULL,
    "myndighedType" "MyndighedType" NOT NULL,
    "myndighedKode" TEXT NOT NULL,
    "entitet" TEXT NOT NULL,
    "entitetId" TEXT,
    "handling" TEXT NOT NULL,
    "formaal" TEXT NOT NULL,
    "borgerId" UUID,
    "soegekriterier" JSONB,

    CONSTRAINT "Adgangslog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Virksomhed" (
    "cvrNummer" VARCHAR(8) NOT NULL,
    "navn" TEXT NOT NULL,

    CONSTRAINT "Virksomhed_pkey" PRIMARY KEY ("cvrNummer")
);

-- CreateTable
CREATE TABLE "Produktionsenhed" (
    "pNummer" VARCHAR(10) NOT NULL,
    "cvrNummer" VARCHAR(8) NOT NULL,
    "navn" TEXT NOT NULL,
    "vejOgNummer" TEXT NOT NULL,
    "postnummer" VARCHAR(4) NOT NULL,
    "by" TEXT NOT NULL,
    "jobagProfil" BOOLEAN NOT NULL,

    CONSTRAINT "Produktionsenhed_pkey" PRIMARY KEY ("pNummer")
);

-- CreateTable
CREATE TABLE "JobagBruger" (
    "id" UUID NOT NULL,
    "pNummer" VARCHAR(10) NOT NULL,
    "navn" TEXT NOT NULL,
    "aktiv" BOOLEAN NOT NULL,
    "senesteLogin" TIMESTAMPTZ(3),

    CONSTRAINT "JobagBruger_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Konfliktvarsel" (
    "id" UUID NOT NULL,
    "cvrNummer" VARCHAR(8) NOT NULL,
    "pNummer" VARCHAR(10),
    "fraDato" DATE NOT NULL,
    "tilDato" DATE,
    "tekst" TEXT NOT NULL,
    "oprettetAfMyndighed" TEXT NOT NULL,
    "oprettetAf" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Konfliktvarsel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Myndighed_type_kode_key" ON "Myndighed"("type", "kode");

-- CreateIndex
CREATE INDEX "Jobcenter_myndighedId_idx" ON "Jobcenter"("myndighedId");

-- CreateIndex
CREATE UNIQUE INDEX "Bruger_brugernavn_key" ON "Bruger"("brugernavn");

-- CreateIndex
CREATE INDEX "Session_brugerId_idx" ON "Session"("brugerId");

-- CreateIndex
CREATE INDEX "Session_lastSeenAt_idx" ON "Session"("lastSeenAt");

-- CreateIndex
CREATE INDEX "LoginForsoeg_brugernavn_tidspunkt_idx" ON "LoginForsoeg"("brugernavn", "tidspunkt");

-- CreateIndex
CREATE UNIQUE INDEX "SystemKlient_tokenHash_key" ON "SystemKlient"("tokenHash");

-- CreateIndex
CREATE INDEX "Adgangslog_entitet_entitetId_tidspunkt_idx" ON "Adgangslog"("entitet", "entitetId", "tidspunkt");

-- CreateIndex
CREATE INDEX "Adgangslog_borgerId_tidspunkt_idx" ON "Adgangslog"("borgerId", "tidspunkt");

-- CreateIndex
CREATE INDEX "Adgangslog_tidspunkt_idx" ON "Adgangslog"("tidspunkt");

-- CreateIndex
CREATE INDEX "Virksomhed_navn_idx" ON "Virksomhed"("navn");

-- CreateIndex
CREATE INDEX "Produktionsenhed_cvrNummer_idx" ON "Produktionsenhed"("cvrNummer");

-- CreateIndex
CREATE INDEX "JobagBruger_pNummer_idx" ON "JobagBruger"("pNummer");

-- CreateIndex
CREATE INDEX "Konfliktvarsel_cvrNummer_idx" ON "Konfliktvarsel"("cvrNummer");

-- AddForeignKey
ALTER TABLE "Jobcenter" ADD CONSTRAINT "Jobcenter_myndighedId_fkey" FOREIGN KEY ("myndighedId") REFERENCES "Myndighed"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Akasse" ADD CONSTRAINT "Akasse_myndighedId_fkey" FOREIGN KEY ("myndighedId") REFERENCES "Myndighed"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bruger" ADD CONSTRAINT "Bruger_jobcenterNummer_fkey" FOREIGN KEY ("jobcenterNummer") REFERENCES "Jobcenter"("nummer") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_brugerId_fkey" FOREIGN KEY ("brugerId") REFERENCES "Bruger"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SystemKlient" ADD CONSTRAINT "SystemKlient_myndighedId_fkey" FOREIGN KEY ("myndighedId") REFERENCES "Myndighed"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Produktionsenhed" ADD CONSTRAINT "Produktionsenhed_cvrNummer_fkey" FOREIGN KEY ("cvrNummer") REFERENCES "Virksomhed"("cvrNummer") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobagBruger" ADD CONSTRAINT "JobagBruger_pNummer_fkey" FOREIGN KEY ("pNummer") REFERENCES "Produktionsenhed"("pNummer") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Konfliktvarsel" ADD CONSTRAINT "Konfliktvarsel_cvrNummer_fkey" FOREIGN KEY ("cvrNummer") REFERENCES "Virksomhed"("cvrNummer") ON DELETE RESTRICT ON UPDATE CASCADE;
