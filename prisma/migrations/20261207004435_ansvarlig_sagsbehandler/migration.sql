-- AlterTable
ALTER TABLE "Borger" ADD COLUMN     "ansvarligId" UUID;

-- AlterTable
ALTER TABLE "Indkaldelse" ADD COLUMN     "ansvarligId" UUID;

-- CreateIndex
CREATE INDEX "Adgangslog_aktoerId_tidspunkt_idx" ON "Adgangslog"("aktoerId", "tidspunkt");

-- CreateIndex
CREATE INDEX "Borger_ansvarligId_idx" ON "Borger"("ansvarligId");

-- CreateIndex
CREATE INDEX "Indkaldelse_ansvarligId_start_idx" ON "Indkaldelse"("ansvarligId", "start");

-- AddForeignKey
ALTER TABLE "Borger" ADD CONSTRAINT "Borger_ansvarligId_fkey" FOREIGN KEY ("ansvarligId") REFERENCES "Bruger"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indkaldelse" ADD CONSTRAINT "Indkaldelse_ansvarligId_fkey" FOREIGN KEY ("ansvarligId") REFERENCES "Bruger"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Backfill (ADR 0018). A meeting is the responsibility of the caseworker who created it, when that user is a
-- sagsbehandler of the meeting's jobcentre. Self-bookings and case systems leave it empty.
UPDATE "Indkaldelse" i
SET "ansvarligId" = b."id"
FROM "Bruger" b
WHERE b."brugernavn" = i."oprettetAf"
  AND b."rolle" = 'sagsbehandler'
  AND b."jobcenterNummer" = i."jobcenterNummer";

-- A citizen is the responsibility of the caseworker who summoned the citizen last, when that caseworker
-- belongs to the citizen's present jobcentre. Otherwise none.
UPDATE "Borger" bo
SET "ansvarligId" = seneste."ansvarligId"
FROM (
  SELECT DISTINCT ON (i."borgerId") i."borgerId", i."ansvarligId", b."jobcenterNummer"
  FROM "Indkaldelse" i
  JOIN "Bruger" b ON b."id" = i."ansvarligId"
  ORDER BY i."borgerId", i."createdAt" DESC, i."id" DESC
) seneste
WHERE seneste."borgerId" = bo."id"
  AND seneste."jobcenterNummer" = bo."jobcenterNummer";
