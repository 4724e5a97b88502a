from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Iterator

import pytest
from fastapi.testclient import TestClient
from jwt.algorithms import RSAAlgorithm

from service import SERVICE_NAME
from service.auth import AuthSettings, ConfigError
from service.main import create_app

from .tokens import KeyPair

WEB_ORIGIN = "http://localhost:3000"
UNAUTHENTICATED = {"error": "unauthenticated"}

instance = KeyPair()
other_instance = KeyPair()


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(AuthSettings(jwt_key=instance.public_pem, authorized_parties=(WEB_ORIGIN,))))


def get_data(client: TestClient, token: str):
    return client.get("/api/data", headers={"Authorization": f"Bearer {token}"})


def test_health_is_public(client: TestClient) -> None:
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_valid_template_token_gets_the_user_id(client: TestClient) -> None:
    response = get_data(client, instance.mint({"sub": "user_abc"}))
    assert response.status_code == 200
    assert response.json() == {"service": SERVICE_NAME, "userId": "user_abc"}


def test_no_token(client: TestClient) -> None:
    response = client.get("/api/data")
    assert response.status_code == 401
    assert response.json() == UNAUTHENTICATED
    assert response.headers["www-authenticate"] == "Bearer"
    basic = client.get("/api/data", headers={"Authorization": "Basic dXNlcjpwYXNz"})
    assert basic.status_code == 401
    assert basic.json() == UNAUTHENTICATED


@pytest.mark.parametrize(
    "token",
    [
        pytest.param("not-a-jwt", id="malformed"),
        pytest.param(instance.mint(exp=-60, nbf=-120, iat=-120), id="expired"),
        pytest.param(instance.mint(exp=600, nbf=300, iat=300), id="not yet valid"),
        pytest.param(instance.mint(exp=None), id="no exp"),
        pytest.param(instance.mint({"sub": None}), id="no sub"),
        pytest.param(other_instance.mint(), id="wrong key"),
        pytest.param(instance.mint({"azp": "https://evil.example"}), id="wrong azp"),
        pytest.param(instance.mint({"azp": None}), id="no azp"),
    ],
)
def test_invalid_tokens_are_refused(client: TestClient, token: str) -> None:
    response = get_data(client, token)
    assert response.status_code == 401
    assert response.json() == UNAUTHENTICATED
    assert response.headers["www-authenticate"] == 'Bearer error="invalid_token"'


def test_tampered_payload_is_refused(client: TestClient) -> None:
    header, _, signature = instance.mint().split(".")
    forged = other_instance.mint({"sub": "user_admin"}).split(".")[1]
    assert get_data(client, f"{header}.{forged}.{signature}").status_code == 401


def test_hs256_token_signed_with_the_public_key_is_refused(client: TestClient) -> None:
    """The classic algorithm-confusion attack: an HMAC token keyed with the (public) PEM."""

    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    signing_input = b64(b'{"alg":"HS256","typ":"JWT"}') + "." + b64(json.dumps({"sub": "user_x", "exp": 9999999999}).encode())
    signature = hmac.new(instance.public_pem.encode(), signing_input.encode(), hashlib.sha256).digest()
    assert get_data(client, f"{signing_input}.{b64(signature)}").status_code == 401


def test_without_authorized_parties_azp_is_not_checked() -> None:
    client = TestClient(create_app(AuthSettings(jwt_key=instance.public_pem)))
    response = get_data(client, instance.mint({"azp": None, "sub": "user_no_azp"}))
    assert response.status_code == 200
    assert response.json() == {"service": SERVICE_NAME, "userId": "user_no_azp"}


@pytest.fixture()
def jwks_url() -> Iterator[str]:
    """A local JWKS endpoint like https://<Frontend API host>/.well-known/jwks.json."""
    jwk = json.loads(RSAAlgorithm.to_jwk(instance.public_key))
    jwk.update({"kid": "ins_test", "alg": "RS256", "use": "sig"})
    body = json.dumps({"keys": [jwk]}).encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/.well-known/jwks.json"
    server.shutdown()
    server.server_close()


def test_verifies_against_the_jwks_url(jwks_url: str) -> None:
    client = TestClient(create_app(AuthSettings(jwks_url=jwks_url, authorized_parties=(WEB_ORIGIN,))))
    assert get_data(client, instance.mint({"sub": "user_jwks"})).json() == {"service": SERVICE_NAME, "userId": "user_jwks"}
    assert get_data(client, other_instance.mint()).status_code == 401
    assert get_data(client, instance.mint(kid="ins_unknown")).status_code == 401


def test_settings_from_env() -> None:
    one_line = instance.public_pem.strip().replace("\n", "\\n")
    settings = AuthSettings.from_env(
        {"CLERK_JWT_KEY": one_line, "CLERK_AUTHORIZED_PARTIES": " http://localhost:3000, https://app.example.com ,"}
    )
    assert settings.jwt_key == instance.public_pem.strip()
    assert settings.authorized_parties == ("http://localhost:3000", "https://app.example.com")


def test_bare_key_body_from_env() -> None:
    body = "".join(line for line in instance.public_pem.splitlines() if not line.startswith("-----"))
    client = TestClient(create_app(AuthSettings.from_env({"CLERK_JWT_KEY": body})))
    assert get_data(client, instance.mint()).status_code == 200


def test_refuses_to_start_without_a_key() -> None:
    with pytest.raises(ConfigError, match="CLERK_JWT_KEY"):
        AuthSettings.from_env({})
    with pytest.raises(ConfigError, match="PEM"):
        create_app(AuthSettings(jwt_key="-----BEGIN PUBLIC KEY-----\nnope\n-----END PUBLIC KEY-----"))
