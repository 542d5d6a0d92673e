import { defineConfig } from 'prisma/config';

// process.env, not env('DATABASE_URL'): env() throws when unset, which breaks `prisma generate`.
export default defineConfig({
  schema: 'schema.prisma',
  migrations: { path: 'migrations' },
  datasource: { url: process.env.DATABASE_URL },
});
