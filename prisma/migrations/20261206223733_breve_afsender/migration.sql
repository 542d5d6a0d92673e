-- AlterTable
ALTER TABLE "Borger" ADD COLUMN     "mobilnummer" VARCHAR(8);

-- AlterTable
ALTER TABLE "Jobcenter" ADD COLUMN     "adresse" TEXT,
ADD COLUMN     "telefon" TEXT;
