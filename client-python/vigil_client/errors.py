"""The two ways Vigil refuses: an API problem (RFC 9457) and an OAuth 2.0 error."""


class VigilProblemError(Exception):
    """The API answered with application/problem+json: its type, title, status and detail."""

    def __init__(self, problem):
        self.problem = problem
        self.type = problem.get("type", "about:blank")
        self.title = problem.get("title", "")
        self.status = problem.get("status")
        self.detail = problem.get("detail")
        super().__init__(f"{self.title} ({self.status}{': ' + self.detail if self.detail else ''}) [{self.type}]")


class VigilOAuthError(Exception):
    """The authorization server refused a request: the OAuth error code (invalid_client, access_denied, ...)."""

    def __init__(self, error, description=None, status=None):
        self.error = error
        self.description = description
        self.status = status
        super().__init__(f"{error}{': ' + description if description else ''}")
