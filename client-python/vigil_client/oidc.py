"""An OAuth client of Vigil's OpenID provider: client credentials and CIBA (poll mode).

Clients authenticate with private_key_jwt (RFC 7523; the assertion is signed by PyJWT) or with a
client secret (client_secret_basic). Refusals raise VigilOAuthError with the OAuth error code.
"""
import base64
import json
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

import jwt
from jwt.algorithms import ECAlgorithm, RSAAlgorithm

from .errors import VigilOAuthError
from .http import TIMEOUT_SECONDS, base_of

CIBA_GRANT = "urn:openid:params:grant-type:ciba"
ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
ASSERTION_LIFETIME_SECONDS = 60


class Tokens:
    """What the token endpoint issued."""

    def __init__(self, body):
        self.access_token = body["access_token"]
        self.expires_in = body.get("expires_in")
        self.id_token = body.get("id_token")
        self.refresh_token = body.get("refresh_token")
        self.subject = _unverified_subject(self.id_token) if self.id_token else None


class CibaRequest:
    """A started CIBA request, to be polled."""

    def __init__(self, body):
        self.auth_req_id = body["auth_req_id"]
        self.expires_in = body["expires_in"]
        self.interval = body.get("interval", 5)


class VigilOidcClient:
    """One OAuth client of one Vigil server, its endpoints read from discovery."""

    def __init__(self, issuer, client_id, private_key=None, client_secret=None):
        """private_key: the client's private JWK (a dict with kid); client_secret for client_secret_basic."""
        self.issuer = base_of(issuer)
        self.client_id = client_id
        self._secret = client_secret
        self._key = None
        self._kid = None
        self._alg = None
        if private_key is not None:
            self._kid = private_key.get("kid")
            if private_key["kty"] == "EC":
                self._alg = "ES384" if private_key.get("crv") == "P-384" else "ES256"
                self._key = ECAlgorithm.from_jwk(json.dumps(private_key))
            else:
                self._alg = "RS256"
                self._key = RSAAlgorithm.from_jwk(json.dumps(private_key))
        self.metadata = _get_json(self.issuer + "/.well-known/openid-configuration")

    def client_credentials(self, scope=None):
        """An access token for the client itself."""
        form = {"grant_type": "client_credentials"}
        if scope:
            form["scope"] = scope
        return Tokens(self._post(self.metadata["token_endpoint"], form))

    def start_ciba(self, login_hint, binding_message, scope="openid", acr_values=None):
        """Asks the person named by login_hint (an e-mail address) on their authenticator."""
        form = {"scope": scope, "login_hint": login_hint, "binding_message": binding_message}
        if acr_values:
            form["acr_values"] = acr_values
        return CibaRequest(self._post(self.metadata["backchannel_authentication_endpoint"], form))

    def poll_ciba(self, request, timeout_seconds=None):
        """Polls until the person decides: the tokens, or VigilOAuthError (access_denied, expired_token)."""
        interval = request.interval
        deadline = time.monotonic() + (timeout_seconds or request.expires_in)
        while True:
            try:
                return Tokens(self._post(self.metadata["token_endpoint"], {"grant_type": CIBA_GRANT,
                                                                           "auth_req_id": request.auth_req_id}))
            except VigilOAuthError as e:
                if e.error == "slow_down":
                    interval += 5
                elif e.error != "authorization_pending":
                    raise
            if time.monotonic() + interval > deadline:
                raise VigilOAuthError("expired_token", "no decision before the request expired")
            time.sleep(interval)

    def _post(self, endpoint, form):
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"}
        form = dict(form)
        if self._key is not None:
            form["client_assertion_type"] = ASSERTION_TYPE
            form["client_assertion"] = self._assertion()
        elif self._secret is not None:
            pair = urllib.parse.quote(self.client_id, safe="") + ":" + urllib.parse.quote(self._secret, safe="")
            headers["Authorization"] = "Basic " + base64.b64encode(pair.encode()).decode()
        else:
            form["client_id"] = self.client_id
        request = urllib.request.Request(endpoint, data=urllib.parse.urlencode(form).encode(), method="POST", headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
                return json.loads(response.read())
        except urllib.error.HTTPError as e:
            data = e.read()
            try:
                body = json.loads(data)
            except ValueError:
                body = {}
            raise VigilOAuthError(body.get("error", "server_error"), body.get("error_description"), e.code) from None

    def _assertion(self):
        now = int(time.time())
        # the issuer names the authorization server at every endpoint the assertion goes to (token, CIBA)
        claims = {"iss": self.client_id, "sub": self.client_id, "aud": self.metadata["issuer"],
                  "iat": now, "exp": now + ASSERTION_LIFETIME_SECONDS, "jti": str(uuid.uuid4())}
        return jwt.encode(claims, self._key, algorithm=self._alg, headers={"kid": self._kid} if self._kid else None)


def _get_json(url):
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": "application/json"}),
                                timeout=TIMEOUT_SECONDS) as response:
        return json.loads(response.read())


def _unverified_subject(id_token):
    # the token came straight from the token endpoint over the client's own connection
    return jwt.decode(id_token, options={"verify_signature": False}).get("sub")
