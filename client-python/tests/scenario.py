"""The library's scenario against a running Vigil, driven by the it module (PythonClientIT).

Enrolls a device and listens on its push connection, gets tokens with private_key_jwt (client
credentials, CIBA approved and denied through the push messages), reads the patient's FHIR
Observations, uploads a PDF, has the device sign it, verifies it, and records how refusals come
out. Prints one line: RESULT {json}. Environment: see ClientLibraryScene.
"""
import json
import os
import sys
import time
import uuid

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from vigil_client import (VigilApi, VigilDevice, VigilOAuthError, VigilOidcClient,  # noqa: E402
                          VigilProblemError, VigilPushConnection)

env = os.environ
result = {"timings": {}}
last_mark = [time.monotonic()]


def mark(step):
    result["timings"][step] = int((time.monotonic() - last_mark[0]) * 1000)
    last_mark[0] = time.monotonic()


def refusal(call):
    try:
        call()
        return {"refused": False}
    except VigilOAuthError as e:
        return {"kind": "oauth", "error": e.error, "description": e.description, "status": e.status}
    except VigilProblemError as e:
        return {"kind": "problem", "type": e.type, "title": e.title, "status": e.status, "detail": e.detail}


device = VigilDevice.enroll(env["ISSUER"], env["ENROLLMENT_CODE"], "Python library")
result["authenticatorId"] = device.authenticator_id
mark("enroll")
pushed = set()


def decide(message):
    """The person's decisions: approve the CIBA request whose binding says so, deny the other, sign what is asked."""
    pushed.add(message["kind"])
    request = message["payload"]
    if message["kind"] != "approval-request":
        return
    if request["kind"] == "signature":
        device.sign_documents(request)
    elif request["bindingMessage"].startswith("PY approve"):
        device.decide(request, True)
    elif request["bindingMessage"].startswith("PY deny"):
        device.decide(request, False)


push = VigilPushConnection.open(device, decide)

client = VigilOidcClient(env["ISSUER"], env["CLIENT_ID"], private_key=json.loads(env["CLIENT_KEY"]))
result["clientToken"] = bool(client.client_credentials().access_token)
impostor = VigilOidcClient(env["ISSUER"], env["CLIENT_ID"], private_key=json.loads(env["UNREGISTERED_KEY"]))
result["badAssertion"] = refusal(impostor.client_credentials)
mark("clientCredentials")

tokens = client.poll_ciba(client.start_ciba(env["EMAIL"], "PY approve 4711"))
result["cibaSubject"] = tokens.subject
mark("cibaApproved")
denied = client.start_ciba(env["EMAIL"], "PY deny 4712")
result["cibaDenied"] = refusal(lambda: client.poll_ciba(denied))
mark("cibaDenied")

api = VigilApi(env["ISSUER"], tokens.access_token)
observations = api.fhir.observations(env["PATIENT_ID"])
result["observationCodes"] = [c["code"] for o in observations for c in o.get("code", {}).get("coding", [])]
result["unknownPatient"] = refusal(lambda: api.fhir.observations(str(uuid.uuid4())))
mark("fhir")

with open(env["PDF"], "rb") as f:
    pdf = f.read()
document = api.documents.upload(pdf, "Signed from Python")
result["unsignedVerification"] = refusal(lambda: api.documents.verify(pdf))
result["unknownDocument"] = refusal(lambda: api.documents.describe(str(uuid.uuid4())))
result["badLevel"] = refusal(lambda: api.documents.request_signature([document["id"]], level="XL"))
state = signing = api.documents.request_signature([document["id"]], level="B")
for _ in range(60):
    if state["status"] != "PENDING":
        break
    time.sleep(0.5)
    state = api.documents.signing_request(signing["id"])
result["signingStatus"] = state["status"]
mark("signing")
result["verification"] = api.documents.verify(api.documents.download(document["id"]))["signatures"]
mark("verification")
result["pushedKinds"] = sorted(pushed)

push.close()
print("RESULT " + json.dumps(result), flush=True)
