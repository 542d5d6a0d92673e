import { problemCodes, problemSchema } from '@jobcenter/domain/problem/problem.contract';
import { z } from 'zod';
import type { AnyRoute } from './route.js';

type JsonSchema = Record<string, unknown>;

/** Named schemas (`.meta({ id })`) become components; zod's local `$defs` refs are pointed at them. */
function schemaConverter(components: Record<string, JsonSchema>) {
  return (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
    const {
      $schema: _schema,
      $defs,
      ...rest
    } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema & {
      $defs?: Record<string, JsonSchema>;
    };
    const relink = (value: unknown): JsonSchema =>
      JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', '"#/components/schemas/'));
    // Input and output shapes of one named schema can differ (defaults, transforms): keep both apart.
    const suffix = io === 'input' ? 'Input' : '';
    for (const [name, def] of Object.entries($defs ?? {})) components[`${name}${suffix}`] = relink(def);
    const json = relink(rest);
    return suffix
      ? (JSON.parse(
          JSON.stringify(json).replace(
            /"#\/components\/schemas\/([^"]+)"/g,
            `"#/components/schemas/$1${suffix}"`,
          ),
        ) as JsonSchema)
      : json;
  };
}

function deref(json: JsonSchema, components: Record<string, JsonSchema>): JsonSchema {
  const ref = json.$ref;
  return typeof ref === 'string' ? (components[ref.replace('#/components/schemas/', '')] ?? json) : json;
}

function parameters(
  schema: z.ZodType | undefined,
  where: 'path' | 'query',
  toSchema: ReturnType<typeof schemaConverter>,
  components: Record<string, JsonSchema>,
) {
  if (!schema) return [];
  const json = deref(toSchema(schema, 'input'), components) as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: property,
    ...(typeof property.description === 'string' ? { description: property.description } : {}),
  }));
}

const GENERIC_PROBLEMS = ['VALIDERINGSFEJL', 'INTERN_FEJL', 'DATABASE_UTILGAENGELIG'] as const;
const BODY_PROBLEMS = ['FORESPOERGSEL_FOR_STOR', 'INDHOLD_IKKE_UNDERSTOETTET'] as const;
const IDEMPOTENS_PROBLEMS = ['IDEMPOTENS_I_GANG', 'IDEMPOTENS_NOEGLE_GENBRUGT'] as const;

// The header of every creation a client may retry (P4); the description is what an integrator must know.
const IDEMPOTENCY_KEY = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Send en ny nøgle (8–100 tegn: bogstaver, cifre, - og _) for hver ændring, og den samme ved hvert genforsøg. ' +
    'Et genforsøg med samme nøgle og samme forespørgsel får det gemte svar (med Idempotent-Replayed: true) og ' +
    'ændrer intet; samme nøgle med en anden forespørgsel er 422; en forespørgsel med nøglen, der stadig kører, er ' +
    '409. Nøglen gemmes i samme transaktion som ændringen og huskes i 24 timer.',
  schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{8,100}$' },
};
const AUTH_PROBLEMS: Record<AnyRoute['adgang']['type'], readonly string[]> = {
  offentlig: [],
  bruger: ['IKKE_LOGGET_IND', 'CSRF', 'IKKE_ADGANG'],
  system: ['UGYLDIG_TOKEN', 'IKKE_ADGANG'],
};

/** OpenAPI 3.1 from the same zod contracts the routes validate with: the document cannot drift from them. */
export function buildOpenApi(routes: readonly AnyRoute[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  const components: Record<string, JsonSchema> = {};
  const jsonSchema = schemaConverter(components);
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    const problems = new Set<string>([
      ...GENERIC_PROBLEMS,
      ...(route.body ? BODY_PROBLEMS : []),
      ...(route.idempotent ? IDEMPOTENS_PROBLEMS : []),
      ...(route.problems ?? []),
    ]);
    for (const code of AUTH_PROBLEMS[route.adgang.type]) problems.add(code);
    const responses: Record<string, unknown> = {};
    for (const [status, response] of Object.entries(route.responses)) {
      responses[status] = {
        description: response.description,
        ...(response.schema
          ? { content: { 'application/json': { schema: jsonSchema(response.schema, 'output') } } }
          : {}),
      };
    }
    for (const code of problems) {
      const { status, title } = problemCodes[code as keyof typeof problemCodes];
      const existing = responses[status] as { description: string } | undefined;
      responses[status] = {
        description:
          existing && !('content' in existing)
            ? existing.description
            : `${existing ? `${existing.description} · ` : ''}${code}: ${title}`,
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      };
    }
    paths[path] ??= {};
    (paths[path] as Record<string, unknown>)[route.method] = {
      summary: route.summary,
      tags: [route.tag],
      operationId:
        route.operationId ??
        `${route.method}${route.path.replace(/[^A-Za-z0-9]+(\w)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase())}`,
      parameters: [
        ...parameters(route.params, 'path', jsonSchema, components),
        ...parameters(route.query, 'query', jsonSchema, components),
        ...(route.idempotent ? [IDEMPOTENCY_KEY] : []),
      ],
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
            },
          }
        : {}),
      responses,
      security:
        route.adgang.type === 'bruger'
          ? [{ session: [] }]
          : route.adgang.type === 'system'
            ? [{ bearer: [] }, ...(route.adgang.brugerSession ? [{ session: [] }] : [])]
            : [],
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Jobcenter: sagsbehandlersystem',
      version: '2022-3',
      description:
        'Sagsbehandlernes API (/api, session) og systemtjenesterne (/v1, bearer-token). ' +
        'Systemklienter bør sende en Idempotency-Key på hver POST: et 503 DATABASE_UTILGAENGELIG (med Retry-After) ' +
        'kan komme, efter at ændringen er gemt, hvis forbindelsen går tabt lige efter, og kan ikke skelnes fra et, ' +
        'der kom før. Med nøglen er genforsøget sikkert: det får det gemte svar eller udføres én gang.',
    },
    paths,
    components: {
      schemas: { ...components, Problem: deref(jsonSchema(problemSchema, 'output'), components) },
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'jobcenter_sid' },
        bearer: { type: 'http', scheme: 'bearer' },
      },
    },
  };
}
