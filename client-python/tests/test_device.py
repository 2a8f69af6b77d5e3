"""The device's proofs, checked with the public key as the server checks them (no server needed)."""
import json
import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

import jwt  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import ec  # noqa: E402

from vigil_client import VigilDevice  # noqa: E402

ISSUER = "https://vigil.example"


class DeviceTest(unittest.TestCase):

    def setUp(self):
        self.key = ec.generate_private_key(ec.SECP256R1())
        self.device = VigilDevice(ISSUER + "/", "6f1c", self.key)

    def test_an_assertion_names_the_request_without_its_query_and_is_single_use(self):
        url = ISSUER + "/api/v1/authenticators/requests?x=1"
        first, second = self.device.assertion("get", url), self.device.assertion("get", url)
        header = jwt.get_unverified_header(first)
        claims = jwt.decode(first, self.key.public_key(), algorithms=["ES256"], audience=ISSUER)
        self.assertEqual(("vigil-device+jwt", "6f1c"), (header["typ"], header["kid"]))
        self.assertEqual(("GET", ISSUER + "/api/v1/authenticators/requests"), (claims["htm"], claims["htu"]))
        self.assertLessEqual(claims["exp"] - claims["iat"], 120)
        self.assertGreaterEqual(len(claims["jti"]), 16)
        self.assertNotEqual(claims["jti"], jwt.decode(second, options={"verify_signature": False})["jti"])

    def test_an_approval_signs_exactly_what_was_shown(self):
        request = {"id": "r1", "bindingMessage": "Login to Demo app, code 4711", "nonce": "n1"}
        approval = self.device._approval(request, "deny")
        claims = jwt.decode(approval, self.key.public_key(), algorithms=["ES256"])
        self.assertEqual(("r1", "Login to Demo app, code 4711", "n1", "deny"),
                         (claims["req"], claims["bm"], claims["nonce"], claims["decision"]))
        self.assertEqual("vigil-approval+jwt", jwt.get_unverified_header(approval)["typ"])

    def test_a_restored_device_signs_with_the_same_key(self):
        restored = VigilDevice.restore(json.loads(json.dumps(self.device.state())))
        jwt.decode(restored.assertion("POST", ISSUER + "/x"), self.key.public_key(), algorithms=["ES256"], audience=ISSUER)


if __name__ == "__main__":
    unittest.main()
