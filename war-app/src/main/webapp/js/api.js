// Calls to the Vigil server the app is served from. Errors come back as RFC 9457 problems.
export const issuer = location.origin;

export class Problem extends Error {
    constructor(status, body) {
        super(body?.detail || body?.title || `HTTP ${status}`);
        this.status = status;
        this.title = body?.title || '';
        this.detail = body?.detail || '';
        // the type's last path segment (the server writes urn:vigil:problem:... or a plain word)
        this.kind = String(body?.type || '').split(/[:/]/).pop();
    }
}

export class NetworkError extends Error {
}

export async function call(method, path, body, headers = {}) {
    const init = { method, headers: { Accept: 'application/json, application/problem+json', ...headers }, cache: 'no-store' };
    if (body !== undefined) {
        init.headers['Content-Type'] = 'application/json';
        init.body = JSON.stringify(body);
    }
    const text = await (await send(path, init)).text();
    return text ? safeParse(text) : null;
}

/** A GET of a picture or another binary answer: its bytes, or the problem the server sent instead. */
export async function callForBytes(path, accept, headers = {}) {
    const response = await send(path, { method: 'GET', headers: { Accept: accept + ', application/problem+json', ...headers }, cache: 'no-store' });
    return { type: response.headers.get('Content-Type') || accept, bytes: new Uint8Array(await response.arrayBuffer()) };
}

async function send(path, init) {
    let response;
    try {
        response = await fetch(issuer + path, init);
    } catch (e) {
        throw new NetworkError(e.message);
    }
    if (!response.ok) {
        const text = await response.text();
        throw new Problem(response.status, text ? safeParse(text) : null);
    }
    return response;
}

function safeParse(text) {
    try {
        return JSON.parse(text);
    } catch (e) {
        return { detail: text.slice(0, 200) };
    }
}
