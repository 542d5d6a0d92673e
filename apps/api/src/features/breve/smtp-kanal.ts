import nodemailer from 'nodemailer';
import type { BrevKanal } from './brev-kanal.js';

/**
 * E-mail over SMTP (SMTP_URL) to the gateway that forwards to Digital Post or SMS (SMTP_TIL). The letter's id
 * is the Message-ID, so the gateway recognises a letter sent again after a crash between sending and marking it
 * sent. No CPR number travels in the mail: the gateway finds the citizen by the letter's id.
 */
export function smtpKanal(options: { url: string; til: string; fra: string }): BrevKanal {
  // Pooled: the worker sends one letter after another, and a new connection per letter cost most of the time.
  const transport = nodemailer.createTransport({ url: options.url, pool: true });
  return {
    navn: 'smtp',
    async send(f) {
      await transport.sendMail({
        from: options.fra,
        to: options.til,
        subject: f.emne,
        text: f.tekst,
        messageId: `<${f.noegle}@breve.jobcenter>`,
        headers: { 'X-Brev-Id': f.noegle, 'X-Brev-Kanal': f.kanal },
        attachments: f.pdf ? [{ filename: 'brev.pdf', content: f.pdf, contentType: 'application/pdf' }] : [],
      });
    },
    async close() {
      transport.close();
    },
  };
}
