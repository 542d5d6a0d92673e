import type { Kanal } from './brev-indhold.js';

/** One letter on its way out. `noegle` is the letter's id: a channel passes it on, so a resend is recognised. */
export interface Forsendelse {
  noegle: string;
  kanal: Kanal;
  modtager: { borgerId: string; mobilnummer: string | null };
  emne: string;
  tekst: string;
  /** The letter as PDF for Digital Post; null for an SMS. */
  pdf: Buffer | null;
}

/**
 * The port every delivery adapter implements (e-mail over SMTP, the embedded mailbox; an SMS or Digital Post
 * provider is one more). `send` resolves when the provider has accepted the letter; a resend with the same
 * `noegle` must not reach the citizen twice.
 */
export interface BrevKanal {
  navn: string;
  send(forsendelse: Forsendelse): Promise<void>;
  close?(): Promise<void>;
}
