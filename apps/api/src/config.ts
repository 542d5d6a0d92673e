import path from 'node:path';
import { z } from 'zod';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');

const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL skal være en postgresql://-adresse')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  PGLITE_DIR: z
    .string()
    .min(1)
    .default(path.join(repoRoot, '.data', 'pglite')),
  STATIC_DIR: z
    .string()
    .min(1)
    .default(path.join(repoRoot, 'apps', 'web', 'dist')),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Hops of reverse proxies in front of the BFF, for req.secure and the client address. */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  SEED_DEMO: z.enum(['true', 'false']).optional(),
  /** Letters leave by e-mail to a gateway when set (smtp:// or smtps://); else they are kept in the database. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'SMTP_URL skal være en smtp://- eller smtps://-adresse')
    .optional(),
  SMTP_TIL: z.email('SMTP_TIL skal være en e-mailadresse').default('digitalpost@gateway.invalid'),
  SMTP_FRA: z.email('SMTP_FRA skal være en e-mailadresse').default('breve@jobcenter.invalid'),
});

export type Config = {
  nodeEnv: 'development' | 'test' | 'production';
  production: boolean;
  port: number;
  host: string;
  database: { kind: 'postgres'; url: string; poolSize: number } | { kind: 'pglite'; dataDir: string };
  staticDir: string;
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
  trustProxy: number;
  /** The demo fixtures are seeded at start outside production mode, and never in it. */
  seedDemo: boolean;
  /** The letters' channel: SMTP to a gateway, or the embedded mailbox in the database. */
  breve: { kind: 'smtp'; url: string; til: string; fra: string } | { kind: 'indlejret' };
};

export class ConfigError extends Error {}

/** Reads the environment once, at start; a missing or bad setting stops the process with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Ugyldig konfiguration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (production && !e.DATABASE_URL) {
    throw new ConfigError(
      'Ugyldig konfiguration:\n  DATABASE_URL: skal sættes i produktion (PGlite er kun til udvikling)',
    );
  }
  if (production && e.SEED_DEMO === 'true') {
    throw new ConfigError('Ugyldig konfiguration:\n  SEED_DEMO: demodata må aldrig indlæses i produktion');
  }
  return {
    nodeEnv: e.NODE_ENV,
    production,
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE }
      : { kind: 'pglite', dataDir: e.PGLITE_DIR },
    staticDir: path.resolve(e.STATIC_DIR),
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    seedDemo: !production && e.SEED_DEMO !== 'false',
    breve: e.SMTP_URL
      ? { kind: 'smtp', url: e.SMTP_URL, til: e.SMTP_TIL, fra: e.SMTP_FRA }
      : { kind: 'indlejret' },
  };
}
