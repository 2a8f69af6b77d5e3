"""The REST API with an access token: documents and patient data (FHIR R4)."""
import urllib.parse

from .http import Bearer, base_of, send, send_json


class VigilApi:
    """Calls on behalf of the token's holder; refusals raise VigilProblemError."""

    def __init__(self, issuer, access_token):
        self.issuer = base_of(issuer)
        self._credentials = Bearer(access_token)
        self.documents = Documents(self)
        self.fhir = Fhir(self)

    def get(self, path, **call):
        return send_json(self.issuer, self._credentials, path, **call)

    def post(self, path, **call):
        return send_json(self.issuer, self._credentials, path, method="POST", **call)

    def raw(self, path, **call):
        return send(self.issuer, self._credentials, path, **call)


class Documents:
    """The person's documents (PDF or XML): upload, ask for a signature on their authenticator, verify."""

    def __init__(self, api):
        self._api = api

    def upload(self, content, title):
        """The document as stored: id, title, mediaType, sha256, ..."""
        return self._api.post("/api/v1/documents", query={"title": title}, body=content, content_type="application/octet-stream")

    def list(self):
        return self._api.get("/api/v1/documents")

    def describe(self, document_id):
        return self._api.get(f"/api/v1/documents/{document_id}")

    def download(self, document_id):
        """The current content (signed, once signed)."""
        _, _, data = self._api.raw(f"/api/v1/documents/{document_id}/content", accept="application/pdf, application/xml")
        return data

    def request_signature(self, document_ids, level="B", expires_in_seconds=None):
        """Asks the person's authenticator to sign; the signing request (id, status PENDING, ...)."""
        body = {"level": level, "documents": list(document_ids)}
        if expires_in_seconds:
            body["expiresInSeconds"] = expires_in_seconds
        return self._api.post("/api/v1/signing-requests", json_body=body)

    def signing_request(self, request_id):
        """The signing request's state: PENDING, COMPLETED, DENIED or EXPIRED."""
        return self._api.get(f"/api/v1/signing-requests/{urllib.parse.quote(request_id)}")

    def verify(self, content):
        """The signatures of any PDF or XML against Vigil's trust anchors (indication, subIndication, level each)."""
        return self._api.post("/api/v1/validation", body=content, content_type="application/octet-stream")


class Fhir:
    """Patient data as FHIR R4 resources (read access is audited on the server)."""

    def __init__(self, api):
        self._api = api

    def patient(self, patient_id):
        return self._api.get(f"/fhir/Patient/{urllib.parse.quote(patient_id)}", accept="application/fhir+json")

    def observations(self, patient_id, code=None, count=None):
        """Every Observation of the patient (following the Bundle's next links), optionally of one LOINC code."""
        query = {"patient": patient_id, "code": code, "_count": None if count is None else str(count)}
        bundle = self._api.get("/fhir/Observation", query=query, accept="application/fhir+json")
        found = [entry["resource"] for entry in bundle.get("entry", [])]
        while True:
            following = next((link["url"] for link in bundle.get("link", []) if link["relation"] == "next"), None)
            if not following:
                return found
            target = urllib.parse.urlsplit(following)
            bundle = self._api.get(target.path + ("?" + target.query if target.query else ""), accept="application/fhir+json")
            found.extend(entry["resource"] for entry in bundle.get("entry", []))
