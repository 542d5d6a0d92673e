import net from 'node:net';

/**
 * A connection dropped at one point of one transaction. The transaction is the one whose connection first
 * carries `efter` (a value the request sends, such as its Idempotency-Key). On that connection the fault
 * strikes at the first statement whose SQL is `sql` (or whose message contains `tekst`): `foer` drops the
 * connection before PostgreSQL sees the statement (the transaction rolls back), `efter` lets PostgreSQL run it
 * and drops the connection before the app reads the answer (a COMMIT done that the app never hears of).
 */
export interface Fejl {
  efter: string;
  sql?: string;
  tekst?: string;
  hvornaar: 'foer' | 'efter';
}

const bytes = (text: string) => Buffer.from(text, 'utf8');

/**
 * The frontend messages of PostgreSQL's protocol: a type byte and a length, after an untyped startup message.
 * Enough of them is read to know each statement's SQL, also when pg sends only a prepared statement's name.
 */
class Beskeder {
  private buffer = Buffer.alloc(0);
  private startet = false;
  constructor(private readonly navne: Map<string, string>) {}

  /** The SQL of each statement the chunk completes (Query, Parse, or Bind of a named statement). */
  push(chunk: Buffer): string[] {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    const sql: string[] = [];
    for (;;) {
      const offset = this.startet ? 1 : 0;
      if (this.buffer.length < offset + 4) break;
      const length = this.buffer.readInt32BE(offset);
      if (this.buffer.length < offset + length) break;
      const type = this.startet ? String.fromCharCode(this.buffer[0] as number) : '';
      const body = this.buffer.subarray(offset + 4, offset + length);
      this.buffer = this.buffer.subarray(offset + length);
      if (!this.startet) {
        // An SSLRequest or GSSENCRequest is followed by another startup message.
        const code = body.readInt32BE(0);
        this.startet = code !== 80877103 && code !== 80877104;
        continue;
      }
      const cstrings = (from: number, n: number) => {
        const out: string[] = [];
        let at = from;
        for (let i = 0; i < n; i++) {
          const end = body.indexOf(0, at);
          out.push(body.subarray(at, end).toString('utf8'));
          at = end + 1;
        }
        return out;
      };
      if (type === 'Q') sql.push(...cstrings(0, 1));
      if (type === 'P') {
        const [name = '', text = ''] = cstrings(0, 2);
        if (name) this.navne.set(name, text);
        sql.push(text);
      }
      if (type === 'B') {
        const [, statement = ''] = cstrings(0, 2);
        const text = this.navne.get(statement);
        if (statement && text !== undefined) sql.push(text);
      }
    }
    return sql;
  }
}

/** A TCP proxy to PostgreSQL that a test can cut and restore, to take the database away from the app. */
export async function startTcpProxy(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  // Prepared statements' names are the app's, shared by all its connections.
  const navne = new Map<string, string>();
  let server: net.Server | null = null;
  let port = 0;
  let fejl: (Fejl & { ramt: () => void; forbindelse?: net.Socket }) | null = null;

  const listen = () =>
    new Promise<void>((resolve) => {
      const created = net.createServer((client) => {
        const upstream = net.connect(target.port, target.host);
        sockets.add(client);
        sockets.add(upstream);
        const beskeder = new Beskeder(navne);
        let afbrydVedSvar = false;
        const close = () => {
          client.destroy();
          upstream.destroy();
          sockets.delete(client);
          sockets.delete(upstream);
        };
        client.on('data', (chunk: Buffer) => {
          const statements = beskeder.push(chunk);
          const armed = fejl;
          if (armed && !armed.forbindelse && chunk.includes(bytes(armed.efter))) armed.forbindelse = client;
          if (armed?.forbindelse === client) {
            const rammer =
              (armed.sql !== undefined && statements.some((s) => s.trim() === armed.sql)) ||
              (armed.tekst !== undefined && chunk.includes(bytes(armed.tekst)));
            if (rammer) {
              fejl = null;
              armed.ramt();
              if (armed.hvornaar === 'foer') return close();
              afbrydVedSvar = true;
            }
          }
          upstream.write(chunk);
        });
        upstream.on('data', (chunk: Buffer) => {
          if (afbrydVedSvar) return close();
          client.write(chunk);
        });
        client.on('error', close).on('close', close);
        upstream.on('error', close).on('close', close);
      });
      server = created;
      created.listen(port, '127.0.0.1', () => {
        port = (created.address() as net.AddressInfo).port;
        resolve();
      });
    });

  await listen();
  return {
    get port() {
      return port;
    },
    /** Arms one fault; the promise resolves when it has struck. */
    fejlVed(naeste: Fejl): Promise<void> {
      return new Promise((ramt) => {
        fejl = { ...naeste, ramt };
      });
    },
    /** Disarms a fault that never struck. */
    afvaebn() {
      fejl = null;
    },
    /** Refuses new connections and drops the open ones: the database is "away". */
    async cut() {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      server = null;
    },
    /** Listens on the same port again. */
    restore: listen,
    close() {
      return this.cut();
    },
  };
}
