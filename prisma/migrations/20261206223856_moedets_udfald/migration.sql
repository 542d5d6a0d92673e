-- AlterTable
ALTER TABLE "Indkaldelse" ADD COLUMN     "udfald" TEXT,
ADD COLUMN     "udfaldKommentar" TEXT,
ADD COLUMN     "udfaldRegistreretAf" TEXT,
ADD COLUMN     "udfaldTidspunkt" TIMESTAMPTZ(3);

-- The outcomes of api.md, held by the database too.
ALTER TABLE "Indkaldelse" ADD CONSTRAINT "Indkaldelse_udfald_check" CHECK ("udfald" IS NULL OR "udfald" IN ('afholdt', 'udeblevet'));
