import type { Clock } from '../../clock.js';
import type { PrismaClient } from '../../db/prisma-types.js';
import type { BrevKanal } from './brev-kanal.js';

/**
 * The default channel when no SMTP_URL is set: each delivered letter is kept in `LeveretBrev`, once per letter
 * (its id is the key), so `npm start` works with nothing else and a resend after a crash changes nothing.
 */
export function indlejretKanal(prisma: PrismaClient, clock: Clock): BrevKanal {
  return {
    navn: 'indlejret',
    async send(f) {
      await prisma.leveretBrev.createMany({
        data: [
          {
            brevId: f.noegle,
            kanal: f.kanal,
            emne: f.emne,
            tekst: f.tekst,
            pdf: f.pdf ? new Uint8Array(f.pdf) : null,
            leveret: clock.now(),
          },
        ],
        skipDuplicates: true,
      });
    },
  };
}
