/** An RFC 9457 problem the API answered with (application/problem+json). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { field: string; message: string }[];
}

/** The API refused a call: the problem's type, title, status and detail, as the server wrote them. */
export class VigilProblemError extends Error {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(`${problem.title} (${problem.status}${problem.detail ? `: ${problem.detail}` : ''}) [${problem.type}]`);
    this.name = 'VigilProblemError';
    this.problem = problem;
    this.type = problem.type;
    this.title = problem.title;
    this.status = problem.status;
    this.detail = problem.detail;
  }
}

/** The authorization server refused a request: the OAuth 2.0 error code (invalid_client, access_denied, ...). */
export class VigilOAuthError extends Error {
  readonly error: string;
  readonly errorDescription?: string;
  readonly status?: number;

  constructor(error: string, errorDescription?: string, status?: number, options?: { cause?: unknown }) {
    super(`${error}${errorDescription ? `: ${errorDescription}` : ''}`, options);
    this.name = 'VigilOAuthError';
    this.error = error;
    this.errorDescription = errorDescription;
    this.status = status;
  }
}
