-- Letters and reminders to the citizen, and the mailbox of the embedded channel (issue 17).

-- CreateTable
CREATE TABLE "Brev" (
    "id" UUID NOT NULL,
    "borgerId" UUID NOT NULL,
    "indkaldelseId" UUID,
    "type" TEXT NOT NULL,
    "kanal" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'planlagt',
    "planlagtTil" TIMESTAMPTZ(3) NOT NULL,
    "naesteForsoeg" TIMESTAMPTZ(3) NOT NULL,
    "forsoeg" INTEGER NOT NULL DEFAULT 0,
    "fejl" TEXT,
    "sendtTidspunkt" TIMESTAMPTZ(3),
    "indhold" JSONB NOT NULL,
    "oprettet" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Brev_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LeveretBrev" (
    "brevId" UUID NOT NULL,
    "kanal" TEXT NOT NULL,
    "emne" TEXT NOT NULL,
    "tekst" TEXT NOT NULL,
    "pdf" BYTEA,
    "leveret" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LeveretBrev_pkey" PRIMARY KEY ("brevId")
);

-- CreateIndex
CREATE INDEX "Brev_status_naesteForsoeg_idx" ON "Brev"("status", "naesteForsoeg");

-- CreateIndex
CREATE INDEX "Brev_borgerId_oprettet_idx" ON "Brev"("borgerId", "oprettet");

-- CreateIndex
CREATE INDEX "Brev_indkaldelseId_idx" ON "Brev"("indkaldelseId");

-- AddForeignKey
ALTER TABLE "Brev" ADD CONSTRAINT "Brev_borgerId_fkey" FOREIGN KEY ("borgerId") REFERENCES "Borger"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The states, channels and kinds of api.md, held by the database too.
ALTER TABLE "Brev" ADD CONSTRAINT "Brev_status_check" CHECK ("status" IN ('planlagt', 'sendt', 'fejlet', 'annulleret'));
ALTER TABLE "Brev" ADD CONSTRAINT "Brev_kanal_check" CHECK ("kanal" IN ('digital_post', 'sms'));
ALTER TABLE "Brev" ADD CONSTRAINT "Brev_type_check" CHECK ("type" IN ('INDKALDELSE', 'KVITTERING', 'AENDRING', 'AFLYSNING', 'PAAMINDELSE'));

-- Never two pending reminders for one meeting, whatever the order of concurrent changes.
CREATE UNIQUE INDEX "Brev_en_planlagt_paamindelse" ON "Brev"("indkaldelseId") WHERE "type" = 'PAAMINDELSE' AND "status" = 'planlagt';
