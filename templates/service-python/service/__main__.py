"""``python -m service [--reload]``: serves the app on PORT (default: this service's port) on all interfaces."""

from __future__ import annotations

import os
import sys

import uvicorn

from . import DEFAULT_PORT, SERVICE_NAME
from .auth import AuthSettings, ConfigError, TokenVerifier

try:  # A .env beside pyproject.toml, if python-dotenv is installed; variables already set win.
    from dotenv import load_dotenv
except ImportError:  # pragma: no cover
    pass
else:
    load_dotenv()


def main() -> None:
    try:  # Fail here with one line, not with a traceback from inside uvicorn.
        TokenVerifier(AuthSettings.from_env())
    except ConfigError as error:
        sys.exit(f"[{SERVICE_NAME}] {error}")
    uvicorn.run(
        "service.main:create_app",
        factory=True,
        host=os.environ.get("HOST", "0.0.0.0"),
        port=int(os.environ.get("PORT") or DEFAULT_PORT),
        reload="--reload" in sys.argv[1:],
    )


if __name__ == "__main__":
    main()
