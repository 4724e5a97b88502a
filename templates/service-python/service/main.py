"""The HTTP app. Run it with ``python -m service`` (reads PORT), or ``uvicorn --factory service.main:create_app``."""

from __future__ import annotations

import logging
from typing import Any, Dict, Optional

from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from . import SERVICE_NAME
from .auth import AuthSettings, TokenVerifier, Unauthenticated

logger = logging.getLogger(SERVICE_NAME)

# auto_error=False: a missing or non-Bearer header reaches our handler, which answers 401 JSON (not 403).
_bearer = HTTPBearer(auto_error=False)


def create_app(settings: Optional[AuthSettings] = None) -> FastAPI:
    """Builds the app; without settings they come from the environment (and a bad one fails here, at start)."""
    verifier = TokenVerifier(settings if settings is not None else AuthSettings.from_env())
    app = FastAPI(title=SERVICE_NAME)

    @app.exception_handler(Unauthenticated)
    async def unauthenticated(request: Request, error: Unauthenticated) -> JSONResponse:
        logger.warning("401 %s %s: %s", request.method, request.url.path, error)
        return JSONResponse(
            {"error": "unauthenticated"},
            status_code=401,
            headers={"WWW-Authenticate": 'Bearer error="invalid_token"' if error.token_present else "Bearer"},
        )

    # A plain `def`: FastAPI runs it in a worker thread, so a JWKS fetch never blocks the event loop.
    def current_claims(credentials: Optional[HTTPAuthorizationCredentials] = Depends(_bearer)) -> Dict[str, Any]:
        token = credentials.credentials.strip() if credentials else ""
        if not token:
            raise Unauthenticated("no bearer token", token_present=False)
        return verifier.verify(token)

    @app.get("/health")
    def health() -> Dict[str, str]:
        return {"status": "ok"}

    @app.get("/api/data")
    def data(claims: Dict[str, Any] = Depends(current_claims)) -> Dict[str, Any]:
        return {"service": SERVICE_NAME, "userId": claims["sub"]}

    return app
