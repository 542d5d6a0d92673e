-- AlterTable
ALTER TABLE "Jobcenter" ADD COLUMN     "maalgruppeValgAfMoedeform" INTEGER[] DEFAULT ARRAY[1, 2, 3, 4, 5, 6, 7]::INTEGER[];

-- CreateTable
CREATE TABLE "Borger" (
    "id" UUID NOT NULL,
    "cpr" VARCHAR(10) NOT NULL,
    "fornavn" TEXT NOT NULL,
    "efternavn" TEXT NOT NULL,
    "kontaktgruppe" INTEGER NOT NULL,
    "ledighedsdato" DATE NOT NULL,
    "jobcenterNummer" VARCHAR(5) NOT NULL,
    "akasseKode" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Borger_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BorgerHistorik" (
    "id" BIGSERIAL NOT NULL,
    "borgerId" UUID NOT NULL,
    "tidspunkt" TIMESTAMPTZ(3) NOT NULL,
    "type" TEXT NOT NULL,
    "beskrivelse" TEXT NOT NULL,
    "myndighedType" "MyndighedType" NOT NULL,
    "myndighedKode" TEXT NOT NULL,
    "myndighedNavn" TEXT NOT NULL,
    "aktoer" TEXT NOT NULL,

    CONSTRAINT "BorgerHistorik_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Kontaktperson" (
    "id" UUID NOT NULL,
    "borgerId" UUID NOT NULL,
    "myndighedId" UUID NOT NULL,
    "navn" TEXT NOT NULL,
    "rolle" TEXT,
    "telefon" TEXT,
    "email" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Kontaktperson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indkaldelse" (
    "id" UUID NOT NULL,
    "borgerId" UUID NOT NULL,
    "jobcenterNummer" VARCHAR(5) NOT NULL,
    "samtaletype" INTEGER NOT NULL,
    "start" TIMESTAMPTZ(3) NOT NULL,
    "slut" TIMESTAMPTZ(3) NOT NULL,
    "moedeform" INTEGER NOT NULL,
    "adresse" TEXT,
    "lokationsuddybning" TEXT,
    "digitaltMoedelink" TEXT,
    "personligtFremmoedePaakraevet" BOOLEAN NOT NULL DEFAULT false,
    "begrundelse" TEXT,
    "aflyst" BOOLEAN NOT NULL DEFAULT false,
    "aflysningsaarsag" TEXT,
    "aflystTidspunkt" TIMESTAMPTZ(3),
    "selvbooket" BOOLEAN NOT NULL DEFAULT false,
    "moedetilbudId" UUID,
    "valgMoedeform" INTEGER,
    "valgRegistreretAf" TEXT,
    "valgRegistreretTidspunkt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "oprettetAf" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Indkaldelse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Moedetilbud" (
    "id" UUID NOT NULL,
    "jobcenterNummer" VARCHAR(5) NOT NULL,
    "start" TIMESTAMPTZ(3) NOT NULL,
    "slut" TIMESTAMPTZ(3) NOT NULL,
    "moedeformer" INTEGER[],
    "adresse" TEXT,
    "lokationsuddybning" TEXT,
    "digitaltMoedelink" TEXT,
    "oprettetAf" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Moedetilbud_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Borger_cpr_key" ON "Borger"("cpr");

-- CreateIndex
CREATE INDEX "Borger_jobcenterNummer_idx" ON "Borger"("jobcenterNummer");

-- CreateIndex
CREATE INDEX "Borger_efternavn_fornavn_idx" ON "Borger"("efternavn", "fornavn");

-- CreateIndex
CREATE INDEX "BorgerHistorik_borgerId_tidspunkt_idx" ON "BorgerHistorik"("borgerId", "tidspunkt");

-- CreateIndex
CREATE INDEX "Kontaktperson_borgerId_idx" ON "Kontaktperson"("borgerId");

-- CreateIndex
CREATE UNIQUE INDEX "Indkaldelse_moedetilbudId_key" ON "Indkaldelse"("moedetilbudId");

-- CreateIndex
CREATE INDEX "Indkaldelse_borgerId_start_idx" ON "Indkaldelse"("borgerId", "start");

-- CreateIndex
CREATE INDEX "Indkaldelse_jobcenterNummer_start_idx" ON "Indkaldelse"("jobcenterNummer", "start");

-- CreateIndex
CREATE INDEX "Moedetilbud_jobcenterNummer_start_idx" ON "Moedetilbud"("jobcenterNummer", "start");

-- AddForeignKey
ALTER TABLE "Borger" ADD CONSTRAINT "Borger_jobcenterNummer_fkey" FOREIGN KEY ("jobcenterNummer") REFERENCES "Jobcenter"("nummer") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Borger" ADD CONSTRAINT "Borger_akasseKode_fkey" FOREIGN KEY ("akasseKode") REFERENCES "Akasse"("kode") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BorgerHistorik" ADD CONSTRAINT "BorgerHistorik_borgerId_fkey" FOREIGN KEY ("borgerId") REFERENCES "Borger"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kontaktperson" ADD CONSTRAINT "Kontaktperson_borgerId_fkey" FOREIGN KEY ("borgerId") REFERENCES "Borger"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kontaktperson" ADD CONSTRAINT "Kontaktperson_myndighedId_fkey" FOREIGN KEY ("myndighedId") REFERENCES "Myndighed"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indkaldelse" ADD CONSTRAINT "Indkaldelse_borgerId_fkey" FOREIGN KEY ("borgerId") REFERENCES "Borger"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indkaldelse" ADD CONSTRAINT "Indkaldelse_jobcenterNummer_fkey" FOREIGN KEY ("jobcenterNummer") REFERENCES "Jobcenter"("nummer") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indkaldelse" ADD CONSTRAINT "Indkaldelse_moedetilbudId_fkey" FOREIGN KEY ("moedetilbudId") REFERENCES "Moedetilbud"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Moedetilbud" ADD CONSTRAINT "Moedetilbud_jobcenterNummer_fkey" FOREIGN KEY ("jobcenterNummer") REFERENCES "Jobcenter"("nummer") ON DELETE RESTRICT ON UPDATE CASCADE;
