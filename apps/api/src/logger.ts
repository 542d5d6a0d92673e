import pino, { type Logger } from 'pino';

// A CPR number (valid day and month, optional dash): scrubbed from every log line as a last line of
// defence; CPR numbers should never reach a log in the first place.
const CPR_IN_TEXT = /\b(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])\d{2}-?\d{4}\b/g;

export function scrubCpr(line: string): string {
  return line.replace(CPR_IN_TEXT, '[CPR]');
}

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'jobcenter-api' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: [
          'req.headers.cookie',
          'req.headers.authorization',
          'req.headers["x-csrf-token"]',
          'req.headers["x-civilregistrationidentifier"]',
          'res.headers["set-cookie"]',
          '*.cpr',
          '*.adgangskode',
        ],
        censor: '[REDACTED]',
      },
      hooks: { streamWrite: scrubCpr },
    },
    destination,
  );
}
