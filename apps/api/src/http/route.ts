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

export interface HandlerContext<TParams, TQuery, TBody, TAktoer, TVersion> {
  req: Request;
  res: Response;
  aktoer: TAktoer;
  params: TParams;
  query: TQuery;
  /** The validated body; undefined when the route validates it itself (see `lateBody`). */
  body: TBody;
  /** The version the change is based on (`If-Match`), checked against the current one; see `ifMatch`. */
  version: TVersion;
}

type AktoerFor<A extends RuteAdgang> = A extends { type: 'bruger' }
  ? BrugerAktoer
  : A extends { type: 'system' }
    ? Aktoer
    : Aktoer | null;

/**
 * A change of a versioned record (PATCH, DELETE) needs `If-Match`. The registry checks it in api.md's order:
 * `aktuelVersion` first (it reads the record as the caller may change it, so it answers 404 and 403 like an access
 * check), then the header (missing → 428 VERSION_MANGLER, unreadable → 412), then the two versions (412
 * VERSION_KONFLIKT naming `hvad`), and only then validates the body. The service gets the checked version and
 * still changes the row only at that version (a change in between is also a 412).
 */
export interface IfMatch<A extends RuteAdgang = RuteAdgang, P extends z.ZodType = z.ZodType> {
  /** The record as the 412's detail names it: "fraværet", "mødet". */
  hvad: string;
  aktuelVersion(ctx: { aktoer: AktoerFor<A>; params: z.output<P> }): Promise<number>;
}

/**
 * The `ifMatch` of a user's change of the record in `:id`: `aktuelVersion` reads it as the caller may change it.
 * (A call, so the route's types are inferred before the callback is typed.)
 */
export function withIfMatch<A extends RuteAdgang = { type: 'bruger' }>(
  hvad: string,
  aktuelVersion: (aktoer: AktoerFor<A>, id: string) => Promise<number>,
): IfMatch<A, z.ZodType<{ id: string }>> {
  return { hvad, aktuelVersion: ({ aktoer, params }) => aktuelVersion(aktoer, params.id) };
}

export interface RouteDef<
  A extends RuteAdgang = RuteAdgang,
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  I extends IfMatch<A, P> | undefined = IfMatch<A, P> | undefined,
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
  /** `If-Match` and the current version, checked before the body is validated (see `IfMatch`). */
  ifMatch?: I;
  /** The handler validates the body itself (a rule on the raw body must answer first). */
  lateBody?: boolean;
  /** Honours an Idempotency-Key header (P4): creations that a client may retry. */
  idempotent?: boolean;
  /** The operation's name in OpenAPI where a DFDG service names it (CreateIndkaldelse); else one is derived. */
  operationId?: string;
  responses: Record<number, { description: string; schema?: z.ZodType }>;
  /** The problem codes this route can answer with besides the generic ones. */
  problems?: readonly ProblemCode[];
  /** Returns the response, or undefined when it wrote the response itself. */
  handle(
    ctx: HandlerContext<
      z.output<P>,
      z.output<Q>,
      z.output<B>,
      AktoerFor<A>,
      I extends IfMatch<A, P> ? number : undefined
    >,
  ): Promise<HandlerResult | undefined>;
}

// The generics give each handler its typed params, query, body and actor; the registry stores them erased.
export type AnyRoute = RouteDef<RuteAdgang, z.ZodType, z.ZodType, z.ZodType, IfMatch | undefined>;

export function defineRoute<
  A extends RuteAdgang,
  P extends z.ZodType = z.ZodType<Record<string, never>>,
  Q extends z.ZodType = z.ZodType<Record<string, never>>,
  B extends z.ZodType = z.ZodType<undefined>,
  I extends IfMatch<A, P> | undefined = undefined,
>(route: RouteDef<A, P, Q, B, I>): AnyRoute {
  return route as unknown as AnyRoute;
}
