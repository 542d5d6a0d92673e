import { type ProblemCode, problemCodes } from '@jobcenter/domain/problem/problem.contract';

export interface FieldError {
  path: string;
  message: string;
}

/** The one error type the API throws on purpose; the problem middleware turns it into problem+json. */
export class AppError extends Error {
  readonly code: ProblemCode;
  readonly status: number;
  readonly detail: string;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string>;

  constructor(
    code: ProblemCode,
    options: { detail?: string; errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    const { status, title } = problemCodes[code];
    super(options.detail ?? title);
    this.name = 'AppError';
    this.code = code;
    this.status = status;
    this.detail = options.detail ?? title;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
  }
}
