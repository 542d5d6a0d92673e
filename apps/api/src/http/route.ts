import type { Rolle, SystemTilladelse } from '@jobcenter/domain/auth/auth.contract';
import type { ProblemCode } from '@jobcenter/domain/problem/problem.contract';
import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { Aktoer, BrugerAktoer } from '../auth/aktoer.js';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Who may call a route. The route wrapper checks it before anything else (401, then 403). */
export type RuteAdgang =
  | { type: 'offentlig' }
  /** /api: a logged-in user; changes need X-CSRF-Token; `roller` limits the roles. */
  | { type: 'bruger'; roller?: readonly Rolle[] }
  /** /v1: a system token with `tilladelse`, or (when `brugerSession`) a logged-in user. */
  | { type: 'system'; tilladelse: SystemTilladelse; brugerSession?: boolean };

export interface HandlerResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface HandlerContext<TParams, TQuery, TBody, TAktoer> {
  req: Request;
  res: Response;
  aktoer: TAktoer;
  params: TParams;
  query: TQuery;
  /** The validated body; undefined when the route validates it late (see `lateBody`). */
  body: TBody;
  /** Validates the body now: for routes that must check access and preconditions first (api.md's order). */
  parseBody(): TBody;
}

type AktoerFor<A extends RuteAdgang> = A extends { type: 'bruger' }
  ? BrugerAktoer
  : A extends { type: 'system' }
    ? Aktoer
    : Aktoer | null;

export interface RouteDef<
  A extends RuteAdgang = RuteAdgang,
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
> {
  method: HttpMethod;
  /** Express path, e.g. `/api/virksomheder/:cvr`. */
  path: string;
  summary: string;
  tag: string;
  adgang: A;
  params?: P;
  query?: Q;
  body?: B;
  /**
   * Checks access to the resource in the path (404/403) before the body is validated, as api.md orders the
   * checks: a caller who may not see the citizen learns nothing from a validation error.
   */
  tjekAdgang?: (ctx: { aktoer: AktoerFor<A>; params: z.output<P> }) => Promise<void>;
  /**
   * Validate the body only when the handler calls `parseBody()`, after it has checked access (404/403)
   * and preconditions (428/412), as api.md orders the checks for changes to existing records.
   */
  lateBody?: boolean;
  /** Honours an Idempotency-Key header (P4): creations that a client may retry. */
  idempotent?: boolean;
  responses: Record<number, { description: string; schema?: z.ZodType }>;
  /** The problem codes this route can answer with besides the generic ones. */
  problems?: readonly ProblemCode[];
  /** Returns the response, or undefined when it wrote the response itself. */
  handle(
    ctx: HandlerContext<z.output<P>, z.output<Q>, z.output<B>, AktoerFor<A>>,
  ): Promise<HandlerResult | undefined>;
}

// The generics give each handler its typed params, query, body and actor; the registry stores them erased.
export type AnyRoute = RouteDef<RuteAdgang, z.ZodType, z.ZodType, z.ZodType>;

export function defineRoute<
  A extends RuteAdgang,
  P extends z.ZodType = z.ZodType<Record<string, never>>,
  Q extends z.ZodType = z.ZodType<Record<string, never>>,
  B extends z.ZodType = z.ZodType<undefined>,
>(route: RouteDef<A, P, Q, B>): AnyRoute {
  return route as unknown as AnyRoute;
}
