-- CreateTable
CREATE TABLE "Jobordre" (
    "id" UUID NOT NULL,
    "titel" TEXT NOT NULL,
    "beskrivelse" TEXT NOT NULL,
    "cvrNummer" VARCHAR(8) NOT NULL,
    "pNummer" VARCHAR(10),
    "antalStillinger" INTEGER NOT NULL,
    "ansoegningsfrist" DATE,
    "ansvarligtJobcenter" VARCHAR(5) NOT NULL,
    "status" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 1,
    "oprettetAf" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Jobordre_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Formidling" (
    "id" UUID NOT NULL,
    "jobordreId" UUID NOT NULL,
    "borgerId" UUID NOT NULL,
    "formidlingsstatus" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Formidling_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FormidlingHistorik" (
    "id" BIGSERIAL NOT NULL,
    "formidlingId" UUID NOT NULL,
    "formidlingsstatus" INTEGER NOT NULL,
    "tidspunkt" TIMESTAMPTZ(3) NOT NULL,
    "aktoer" TEXT NOT NULL,
    "myndighedKode" TEXT NOT NULL,
    "myndighedNavn" TEXT NOT NULL,

    CONSTRAINT "FormidlingHistorik_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Jobordre_cvrNummer_idx" ON "Jobordre"("cvrNummer");

-- CreateIndex
CREATE INDEX "Jobordre_status_idx" ON "Jobordre"("status");

-- CreateIndex
CREATE INDEX "Formidling_borgerId_idx" ON "Formidling"("borgerId");

-- CreateIndex
CREATE UNIQUE INDEX "Formidling_jobordreId_borgerId_key" ON "Formidling"("jobordreId", "borgerId");

-- CreateIndex
CREATE INDEX "FormidlingHistorik_formidlingId_idx" ON "FormidlingHistorik"("formidlingId");

-- AddForeignKey
ALTER TABLE "Jobordre" ADD CONSTRAINT "Jobordre_cvrNummer_fkey" FOREIGN KEY ("cvrNummer") REFERENCES "Virksomhed"("cvrNummer") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Jobordre" ADD CONSTRAINT "Jobordre_ansvarligtJobcenter_fkey" FOREIGN KEY ("ansvarligtJobcenter") REFERENCES "Jobcenter"("nummer") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Formidling" ADD CONSTRAINT "Formidling_jobordreId_fkey" FOREIGN KEY ("jobordreId") REFERENCES "Jobordre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Formidling" ADD CONSTRAINT "Formidling_borgerId_fkey" FOREIGN KEY ("borgerId") REFERENCES "Borger"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FormidlingHistorik" ADD CONSTRAINT "FormidlingHistorik_formidlingId_fkey" FOREIGN KEY ("formidlingId") REFERENCES "Formidling"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
