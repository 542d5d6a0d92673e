import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to the embedded database under .data/ with demo data, outside production', () => {
    const config = loadConfig({});
    expect(config.database.kind).toBe('pglite');
    expect(config.database.kind === 'pglite' && config.database.dataDir).toMatch(/\.data\/pglite$/);
    expect(config.port).toBe(3000);
    expect(config.seedDemo).toBe(true);
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/test' });
    expect(config.database).toEqual({
      kind: 'postgres',
      url: 'postgresql://postgres@127.0.0.1:5432/test',
      poolSize: 10,
    });
  });

  it('stops with a clear message naming each bad setting', () => {
    expect(() => loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT/);
      expect((error as Error).message).toMatch(/DATABASE_URL skal være en postgresql:\/\/-adresse/);
    }
  });

  it('refuses production without DATABASE_URL, and never seeds demo data in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DATABASE_URL/);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x', SEED_DEMO: 'true' }),
    ).toThrow(/SEED_DEMO/);
    expect(loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x' }).seedDemo).toBe(false);
  });

  it('keeps letters in the database without SMTP_URL and sends them to the gateway with it', () => {
    expect(loadConfig({}).breve).toEqual({ kind: 'indlejret' });
    expect(
      loadConfig({ SMTP_URL: 'smtp://relay:25', SMTP_TIL: 'post@gateway.dk', SMTP_FRA: 'breve@kommune.dk' })
        .breve,
    ).toEqual({ kind: 'smtp', url: 'smtp://relay:25', til: 'post@gateway.dk', fra: 'breve@kommune.dk' });
    expect(() => loadConfig({ SMTP_URL: 'http://relay' })).toThrow(
      /SMTP_URL skal være en smtp:\/\/- eller smtps:\/\/-adresse/,
    );
  });
});
