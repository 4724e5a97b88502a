"""Verification of the Clerk tokens this service receives.

The web app calls this service with a Clerk JWT template token (``getToken({ template })``): an RS256 JWT
signed by the Clerk instance, with ``sub`` (the user id), ``exp``, ``nbf``, ``iat`` and usually ``azp``.
It is checked here with PyJWT against the instance's public key (``CLERK_JWT_KEY``, no network call) or
else its JWKS (``CLERK_JWKS_URL``, fetched and cached).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Dict, Mapping, Optional, Tuple

import jwt
from cryptography.hazmat.primitives import serialization

# Clerk's own SDKs allow 5 seconds of clock skew between Clerk and this server.
CLOCK_SKEW_SECONDS = 5


class ConfigError(Exception):
    """The service cannot verify tokens with this configuration."""


class Unauthenticated(Exception):
    """The request carries no valid token. The message is for the log, never for the caller."""

    def __init__(self, reason: str, token_present: bool = True) -> None:
        super().__init__(reason)
        self.token_present = token_present


@dataclass(frozen=True)
class AuthSettings:
    jwt_key: Optional[str] = None
    """PEM public key of the Clerk instance (Dashboard, API keys, JWT public key)."""
    jwks_url: Optional[str] = None
    """Used when there is no jwt_key: https://<your Frontend API host>/.well-known/jwks.json"""
    authorized_parties: Tuple[str, ...] = ()
    """When non-empty, a token's azp claim must be one of these (a token without azp is refused)."""

    @classmethod
    def from_env(cls, env: Mapping[str, str] = os.environ) -> "AuthSettings":
        jwt_key = normalize_pem(env.get("CLERK_JWT_KEY", ""))
        jwks_url = env.get("CLERK_JWKS_URL", "").strip() or None
        if not jwt_key and not jwks_url:
            raise ConfigError(
                "Set CLERK_JWT_KEY (Clerk Dashboard > API keys > JWT public key, PEM) "
                "or CLERK_JWKS_URL (https://<your Frontend API host>/.well-known/jwks.json) to verify tokens."
            )
        parties = tuple(p.strip() for p in env.get("CLERK_AUTHORIZED_PARTIES", "").split(",") if p.strip())
        return cls(jwt_key=jwt_key, jwks_url=jwks_url, authorized_parties=parties)


def normalize_pem(value: str) -> Optional[str]:
    """Accepts the PEM with real newlines, with \\n escapes (one-line .env values) or as the bare base64 body."""
    pem = value.replace("\\n", "\n").strip()
    if not pem:
        return None
    if not pem.startswith("-----BEGIN"):
        pem = "-----BEGIN PUBLIC KEY-----\n" + pem + "\n-----END PUBLIC KEY-----"
    return pem


class TokenVerifier:
    def __init__(self, settings: AuthSettings) -> None:
        self._settings = settings
        self._key: Any = None
        self._jwks: Optional[jwt.PyJWKClient] = None
        if settings.jwt_key:
            try:
                self._key = serialization.load_pem_public_key(settings.jwt_key.encode())
            except ValueError as error:
                raise ConfigError(f"CLERK_JWT_KEY is not a PEM public key: {error}") from error
        elif settings.jwks_url:
            self._jwks = jwt.PyJWKClient(settings.jwks_url, cache_keys=True)
        else:
            raise ConfigError("Set CLERK_JWT_KEY or CLERK_JWKS_URL.")

    def verify(self, token: str) -> Dict[str, Any]:
        """The token's claims if it is valid now, else raises Unauthenticated."""
        try:
            key = self._key if self._key is not None else self._jwks.get_signing_key_from_jwt(token).key
            claims = jwt.decode(
                token,
                key,
                algorithms=["RS256"],
                options={"require": ["exp", "sub"], "verify_aud": False},
                leeway=CLOCK_SKEW_SECONDS,
            )
        except (jwt.PyJWTError, ValueError) as error:
            # PyJWKClientError (JWKS unreachable, unknown kid) is a PyJWTError too.
            raise Unauthenticated(f"{type(error).__name__}: {error}") from error
        parties = self._settings.authorized_parties
        if parties and claims.get("azp") not in parties:
            raise Unauthenticated(f"azp {claims.get('azp')!r} is not one of CLERK_AUTHORIZED_PARTIES")
        if not isinstance(claims.get("sub"), str) or not claims["sub"]:
            raise Unauthenticated("the token has no sub claim")
        return claims
