-- CreateTable
CREATE TABLE "Indsats" (
    "id" UUID NOT NULL,
    "borgerId" UUID NOT NULL,
    "jobcenterNummer" VARCHAR(5) NOT NULL,
    "type" TEXT NOT NULL,
    "startdato" DATE NOT NULL,
    "slutdato" DATE,
    "ophoerDato" DATE,
    "ophoersaarsag" INTEGER,
    "ophoertAf" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "oprettetAf" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Indsats_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JoblogPost" (
    "id" UUID NOT NULL,
    "borgerId" UUID NOT NULL,
    "stillingsbetegnelse" TEXT NOT NULL,
    "virksomhed" TEXT NOT NULL,
    "submissionDate" DATE NOT NULL,
    "submissionDeadlineDate" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "JoblogPost_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Indsats_borgerId_idx" ON "Indsats"("borgerId");

-- CreateIndex
CREATE INDEX "JoblogPost_borgerId_submissionDate_idx" ON "JoblogPost"("borgerId", "submissionDate");

-- AddForeignKey
ALTER TABLE "Indsats" ADD CONSTRAINT "Indsats_borgerId_fkey" FOREIGN KEY ("borgerId") REFERENCES "Borger"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JoblogPost" ADD CONSTRAINT "JoblogPost_borgerId_fkey" FOREIGN KEY ("borgerId") REFERENCES "Borger"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
