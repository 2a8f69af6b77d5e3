"""How refusals become errors (no server needed)."""
import json
import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from vigil_client import http  # noqa: E402


class ProblemTest(unittest.TestCase):

    def test_a_problem_keeps_its_type_title_and_detail(self):
        problem = http._problem_of(404, {"Content-Type": "application/problem+json"}, json.dumps(
            {"type": "urn:vigil:problem:unknown-document", "title": "Unknown document", "status": 404, "detail": "no such"}).encode())
        self.assertEqual(("urn:vigil:problem:unknown-document", "Unknown document", 404, "no such"),
                         (problem["type"], problem["title"], problem["status"], problem["detail"]))

    def test_an_operation_outcome_becomes_a_problem(self):
        problem = http._problem_of(403, {"Content-Type": "application/fhir+json"}, json.dumps(
            {"resourceType": "OperationOutcome", "issue": [{"code": "forbidden", "diagnostics": "not yours"}]}).encode())
        self.assertEqual(("fhir:forbidden", 403, "not yours"), (problem["type"], problem["status"], problem["detail"]))

    def test_anything_else_keeps_its_status(self):
        problem = http._problem_of(502, {"Content-Type": "text/html"}, b"<html>bad gateway</html>")
        self.assertEqual((502, "about:blank"), (problem["status"], problem["type"]))


if __name__ == "__main__":
    unittest.main()
