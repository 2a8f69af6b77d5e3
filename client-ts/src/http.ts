import { VigilProblemError, type Problem } from './errors.js';

/** How a call proves who makes it: a bearer access token, or a device assertion made for the call. */
export type Credentials =
  | { bearer: string }
  | { device: (method: string, url: URL) => Promise<string> }
  | { anonymous: true };

export interface Call {
  method?: string;
  path: string;
  query?: Record<string, string | undefined>;
  json?: unknown;
  body?: Uint8Array;
  contentType?: string;
  accept?: string;
}

/** The issuer's base URL without a trailing slash. */
export function baseOf(issuer: string | URL): string {
  return issuer.toString().replace(/\/+$/, '');
}

/** One call to the API; a problem+json (or any error status) becomes a {@link VigilProblemError}. */
export async function send(issuer: string, credentials: Credentials, call: Call): Promise<Response> {
  const method = call.method ?? 'GET';
  const url = new URL(baseOf(issuer) + call.path);
  for (const [name, value] of Object.entries(call.query ?? {})) {
    if (value !== undefined) url.searchParams.set(name, value);
  }
  const headers: Record<string, string> = { Accept: call.accept ?? 'application/json' };
  if ('bearer' in credentials) {
    headers.Authorization = `Bearer ${credentials.bearer}`;
  } else if ('device' in credentials) {
    headers.Authorization = `Device ${await credentials.device(method, url)}`;
  }
  let body: BodyInit | undefined;
  if (call.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(call.json);
  } else if (call.body !== undefined) {
    headers['Content-Type'] = call.contentType ?? 'application/octet-stream';
    body = call.body as unknown as BodyInit;
  }
  const response = await fetch(url, { method, headers, body });
  if (!response.ok) {
    throw new VigilProblemError(await problemOf(response));
  }
  return response;
}

export async function sendJson<T>(issuer: string, credentials: Credentials, call: Call): Promise<T> {
  const response = await send(issuer, credentials, call);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

async function problemOf(response: Response): Promise<Problem> {
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const body = JSON.parse(text);
      if (body.resourceType === 'OperationOutcome') {
        const issue = body.issue?.[0] ?? {};
        return { type: `fhir:${issue.code ?? 'exception'}`, title: issue.code ?? 'FHIR error', status: response.status,
          detail: issue.diagnostics ?? issue.details?.text };
      }
      return { type: body.type ?? 'about:blank', title: body.title ?? response.statusText, status: body.status ?? response.status,
        detail: body.detail, errors: body.errors };
    } catch {
      // not JSON after all: fall through
    }
  }
  return { type: 'about:blank', title: response.statusText || `HTTP ${response.status}`, status: response.status, detail: text.slice(0, 200) };
}
