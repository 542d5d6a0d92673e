// Starts api-bench-server.ts in a child process of its own, so that a load generator in this process never
// shares the servers' event loop (it would measure itself). BENCH_CPU_PROF=dir profiles the child.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface BenchServers {
  /** The product (createApp) on PostgreSQL. */
  product: string;
  /** The bare Express + pg endpoints doing the product's SQL. */
  baseline: string;
  stop(): Promise<void>;
}

export async function startBenchServers(databaseUrl: string, poolSize = 10): Promise<BenchServers> {
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
      '--import',
      'tsx',
      fileURLToPath(new URL('./api-bench-server.ts', import.meta.url)),
    ],
    {
      env: { ...process.env, BENCH_URL: databaseUrl, BENCH_POOL_SIZE: String(poolSize) },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const [first] = (await once(createInterface({ input: child.stdout as NodeJS.ReadableStream }), 'line')) as [
    string,
  ];
  const { product, baseline } = JSON.parse(first) as { product: string; baseline: string };
  return {
    product,
    baseline,
    async stop() {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
