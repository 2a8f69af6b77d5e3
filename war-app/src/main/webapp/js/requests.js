// What the app knows of the person's pending requests: kept by id (push delivers at least once),
// oldest first, dropped once answered or expired. No DOM here.
export class Requests {
    constructor() {
        this.byId = new Map();
    }

    add(request) {
        if (!request?.id || this.byId.has(request.id)) {
            return false;
        }
        this.byId.set(request.id, request);
        return true;
    }

    remove(id) {
        this.byId.delete(id);
    }

    /** Pending and unexpired, oldest first. */
    list(nowMs = Date.now()) {
        return [...this.byId.values()]
            .filter((r) => !r.expiresAt || Date.parse(r.expiresAt) > nowMs)
            .sort((a, b) => String(a.createdAt).localeCompare(String(b.createdAt)));
    }
}

/** A login's binding message ends with the matching code its page shows ("Log in to X - code 4711"). */
export function matchingCode(request) {
    if (String(request.kind).toLowerCase() !== 'login') {
        return null;
    }
    const match = /code\s+(\S+)\s*$/.exec(request.bindingMessage || '');
    return match ? match[1] : null;
}
