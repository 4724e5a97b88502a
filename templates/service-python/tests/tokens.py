"""Test helpers: an RSA key pair like a Clerk instance's and tokens shaped like Clerk JWT template tokens."""

from __future__ import annotations

import time
from typing import Any, Dict, Optional

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


class KeyPair:
    def __init__(self) -> None:
        self.private_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.public_key = self.private_key.public_key()
        self.public_pem = self.public_key.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ).decode()

    def mint(
        self,
        claims: Optional[Dict[str, Any]] = None,
        exp: Optional[int] = 60,
        nbf: Optional[int] = -5,
        iat: Optional[int] = -5,
        kid: str = "ins_test",
    ) -> str:
        """An RS256 token with header `cat` and no `sid`; exp/nbf/iat are seconds from now, None leaves one out."""
        now = int(time.time())
        payload: Dict[str, Any] = {
            "iss": "https://clerk.example.com",
            "sub": "user_test_123",
            "azp": "http://localhost:3000",
            "jti": "jwt_test",
        }
        payload.update(claims or {})
        payload = {k: v for k, v in payload.items() if v is not None}
        for name, offset in (("exp", exp), ("nbf", nbf), ("iat", iat)):
            if offset is not None:
                payload[name] = now + offset
        headers = {"kid": kid, "cat": "cl_B7d4PD222AAA"}
        token = jwt.encode(payload, self.private_key, algorithm="RS256", headers=headers)
        return token if isinstance(token, str) else token.decode()
