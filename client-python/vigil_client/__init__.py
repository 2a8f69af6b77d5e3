"""Vigil's API from Python: OIDC/CIBA, documents, push and FHIR reads.

Standard library plus Debian's python3-jwt, python3-cryptography and python3-websocket.
"""
from .api import VigilApi
from .device import VigilDevice
from .errors import VigilOAuthError, VigilProblemError
from .oidc import CibaRequest, Tokens, VigilOidcClient
from .push import PushConnectionRefused, VigilPushConnection

__all__ = ["VigilApi", "VigilDevice", "VigilOAuthError", "VigilProblemError", "VigilOidcClient", "Tokens",
           "CibaRequest", "VigilPushConnection", "PushConnectionRefused"]
