-- CreateTable
CREATE TABLE "IdempotensNoegle" (
    "ejer" TEXT NOT NULL,
    "noegle" TEXT NOT NULL,
    "forespoergsel" TEXT NOT NULL,
    "status" INTEGER,
    "svar" JSONB,
    "headers" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "IdempotensNoegle_pkey" PRIMARY KEY ("ejer","noegle")
);

-- CreateIndex
CREATE INDEX "IdempotensNoegle_createdAt_idx" ON "IdempotensNoegle"("createdAt");
