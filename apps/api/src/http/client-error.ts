import type { Server } from 'node:http';
import { problemCodes } from '@jobcenter/domain/problem/problem.contract';

/**
 * Node's HTTP parser refuses some requests before Express sees them (a URL or headers past 16 kB, a malformed
 * request line, a bad header character) and answers with a bare status line. This answers them as every other
 * refusal is answered: problem+json in Danish, then closes the connection, whose state the parser has lost.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || (error as { code?: string }).code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const forStor = error.code === 'HPE_HEADER_OVERFLOW';
    const status = forStor ? 431 : 400;
    const code = forStor ? 'FORESPOERGSEL_FOR_STOR' : 'VALIDERINGSFEJL';
    const body = JSON.stringify({
      type: `urn:jobcenter:problem:${code}`,
      title: problemCodes[code].title,
      status,
      detail: forStor ? 'Adressen eller headerne er for lange' : 'Forespørgslen kan ikke læses som HTTP',
      code,
    });
    socket.end(
      `HTTP/1.1 ${status} ${forStor ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
        'Content-Type: application/problem+json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n' +
        body,
    );
  });
}
