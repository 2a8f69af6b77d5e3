"""HTTP calls to the API with the standard library; error answers become VigilProblemError."""
import json
import urllib.error
import urllib.parse
import urllib.request

from .errors import VigilProblemError

TIMEOUT_SECONDS = 30


def base_of(issuer):
    """The issuer's base URL without a trailing slash."""
    return str(issuer).rstrip("/")


class Bearer:
    """An access token as the call's credentials."""

    def __init__(self, token):
        self.token = token

    def authorization(self, method, url):
        return "Bearer " + self.token


def send(issuer, credentials, path, method="GET", query=None, json_body=None, body=None,
         content_type=None, accept="application/json"):
    """One call; returns (status, headers, bytes). Any error status raises VigilProblemError."""
    url = base_of(issuer) + path
    if query:
        url += "?" + urllib.parse.urlencode({k: v for k, v in query.items() if v is not None})
    headers = {"Accept": accept}
    if credentials is not None:
        headers["Authorization"] = credentials.authorization(method, url)
    data = None
    if json_body is not None:
        data = json.dumps(json_body).encode("utf-8")
        headers["Content-Type"] = "application/json"
    elif body is not None:
        data = body
        headers["Content-Type"] = content_type or "application/octet-stream"
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as e:
        raise VigilProblemError(_problem_of(e.code, e.headers, e.read())) from None


def send_json(issuer, credentials, path, **call):
    status, _, data = send(issuer, credentials, path, **call)
    return None if status == 204 or not data else json.loads(data)


def _problem_of(status, headers, data):
    if "json" in (headers.get("Content-Type") or ""):
        try:
            body = json.loads(data)
            if body.get("resourceType") == "OperationOutcome":
                issue = (body.get("issue") or [{}])[0]
                return {"type": "fhir:" + issue.get("code", "exception"), "title": issue.get("code", "FHIR error"),
                        "status": status, "detail": issue.get("diagnostics")}
            body.setdefault("status", status)
            body.setdefault("title", f"HTTP {status}")
            return body
        except ValueError:
            pass
    return {"type": "about:blank", "title": f"HTTP {status}", "status": status,
            "detail": data[:200].decode("utf-8", "replace")}
