import { loginBodySchema, sessionSvarSchema } from '@jobcenter/domain/auth/auth.contract';
import { defineRoute } from '../http/route.js';
import { toBrugerDto } from './aktoer.js';
import type { AuthService } from './auth.service.js';
import { clearSessionCookie, readSessionToken, setSessionCookie } from './session-cookie.js';

export function authRoutes(auth: AuthService) {
  return [
    defineRoute({
      method: 'post',
      path: '/api/auth/login',
      summary: 'Log ind med brugernavn og adgangskode; giver en ny session og et CSRF-token',
      tag: 'Login',
      adgang: { type: 'offentlig' },
      body: loginBodySchema,
      responses: { 200: { description: 'Logget ind', schema: sessionSvarSchema } },
      problems: ['LOGIN_FEJLET', 'FOR_MANGE_FORESPOERGSLER'],
      handle: async ({ req, res, body }) => {
        try {
          const { token, aktoer } = await auth.login(
            body.brugernavn,
            body.adgangskode,
            readSessionToken(req),
          );
          setSessionCookie(req, res, token);
          req.log.info({ event: 'auth.login.ok', brugernavn: aktoer.brugernavn }, 'login');
          return { status: 200, body: { bruger: toBrugerDto(aktoer), csrfToken: aktoer.session.csrfToken } };
        } catch (error) {
          req.log.warn({ event: 'auth.login.failed', brugernavn: body.brugernavn }, 'login refused');
          throw error;
        }
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/auth/me',
      summary: 'Den indloggede bruger og CSRF-tokenet',
      tag: 'Login',
      adgang: { type: 'bruger' },
      responses: { 200: { description: 'Logget ind', schema: sessionSvarSchema } },
      handle: async ({ aktoer }) => ({
        status: 200,
        body: { bruger: toBrugerDto(aktoer), csrfToken: aktoer.session.csrfToken },
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/auth/logout',
      summary: 'Log ud; sessionen slettes på serveren',
      tag: 'Login',
      adgang: { type: 'bruger' },
      responses: { 204: { description: 'Logget ud' } },
      handle: async ({ req, res, aktoer }) => {
        await auth.logout(aktoer.session.id);
        clearSessionCookie(req, res);
        req.log.info({ event: 'auth.logout', brugernavn: aktoer.brugernavn }, 'logout');
        return { status: 204 };
      },
    }),
  ];
}
