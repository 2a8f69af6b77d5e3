"""A person's authenticator device (docs/authenticator-protocol.md).

An EC P-256 key (python3-cryptography) enrolled with an enrollment code; each later call carries
a fresh single-use device assertion; the device approves or denies requests and signs documents.
"""
import base64
import json
import secrets
import time

import jwt
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from jwt.algorithms import ECAlgorithm

from .http import base_of, send_json

ASSERTION_LIFETIME_SECONDS = 60


class VigilDevice:
    """An enrolled device: its authenticator id and private key (keep state() as a secret)."""

    def __init__(self, issuer, authenticator_id, private_key):
        self.issuer = base_of(issuer)
        self.authenticator_id = authenticator_id
        self._key = private_key

    @classmethod
    def enroll(cls, issuer, enrollment_code, name):
        """Enrolls a new key for the person the enrollment code belongs to."""
        issuer = base_of(issuer)
        key = ec.generate_private_key(ec.SECP256R1())
        public = json.loads(ECAlgorithm.to_jwk(key.public_key()))
        proof = jwt.encode({"aud": issuer + "/api/v1/authenticators", "code": enrollment_code, "iat": int(time.time()),
                            "jti": _jti()}, key, algorithm="ES256",
                           headers={"typ": "vigil-enrollment+jwt",
                                    "jwk": {k: public[k] for k in ("kty", "crv", "x", "y")}})
        enrolled = send_json(issuer, None, "/api/v1/authenticators", method="POST",
                             json_body={"enrollmentCode": enrollment_code, "name": name, "proof": proof})
        return cls(issuer, enrolled["authenticatorId"], key)

    @classmethod
    def restore(cls, state):
        return cls(state["issuer"], state["authenticatorId"], ECAlgorithm.from_jwk(json.dumps(state["privateKey"])))

    def state(self):
        """What to store to use this device again (restore); the private key is a secret."""
        return {"issuer": self.issuer, "authenticatorId": self.authenticator_id,
                "privateKey": json.loads(ECAlgorithm.to_jwk(self._key))}

    def assertion(self, method, url):
        """A single-use device assertion for one request (htu: the URL without its query)."""
        now = int(time.time())
        return jwt.encode({"aud": self.issuer, "htm": method.upper(), "htu": url.split("?", 1)[0], "iat": now,
                           "exp": now + ASSERTION_LIFETIME_SECONDS, "jti": _jti()}, self._key, algorithm="ES256",
                          headers={"typ": "vigil-device+jwt", "kid": self.authenticator_id})

    def authorization(self, method, url):
        return "Device " + self.assertion(method, url)

    def pending_requests(self):
        """The requests waiting for this person's decision, oldest first."""
        return send_json(self.issuer, self, "/api/v1/authenticators/requests")

    def decide(self, request, approve):
        """Approves or denies a request (a login, a CIBA request), signing exactly what was shown."""
        decision = "approve" if approve else "deny"
        send_json(self.issuer, self, f"/api/v1/authenticators/requests/{request['id']}/decision", method="POST",
                  json_body={"decision": decision, "signature": self._approval(request, decision)})

    def sign_documents(self, request):
        """Approves a signing request: signs each document's data to sign (ECDSA P-256 SHA-256, DER) with the approval."""
        path = f"/api/v1/authenticators/signing-requests/{request['id']}"
        details = send_json(self.issuer, self, path)
        signatures = [{"documentId": d["documentId"], "encoding": "DER",
                       "value": base64.b64encode(self._key.sign(base64.b64decode(d["dataToSign"]),
                                                                ec.ECDSA(hashes.SHA256()))).decode()}
                      for d in details["documents"]]
        return send_json(self.issuer, self, path + "/signatures", method="POST",
                         json_body={"approval": self._approval(request, "approve"), "signatures": signatures})

    def _approval(self, request, decision):
        return jwt.encode({"req": request["id"], "bm": request["bindingMessage"], "nonce": request["nonce"],
                           "decision": decision, "iat": int(time.time())}, self._key, algorithm="ES256",
                          headers={"typ": "vigil-approval+jwt", "kid": self.authenticator_id})


def _jti():
    return secrets.token_urlsafe(18)
