import type { PrismaClient } from '../generated/prisma/client.js';
import { seedDemoBrugere } from './brugere.js';
import { seedDemoMyndigheder } from './myndigheder.js';
import { seedDemoSystemKlienter } from './systemklienter.js';
import { seedDemoVirksomheder } from './virksomheder.js';

/** api.md's demo fixtures; idempotent. Never called in production mode (the API's start refuses it). */
export async function seedDemo(prisma: PrismaClient): Promise<void> {
  await seedDemoMyndigheder(prisma);
  await seedDemoBrugere(prisma);
  await seedDemoSystemKlienter(prisma);
  await seedDemoVirksomheder(prisma);
}
