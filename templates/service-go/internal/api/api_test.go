package api

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
)

const (
	serviceName = "test-service"
	webOrigin   = "http://localhost:3000"
)

var (
	keysOnce            sync.Once
	instance, otherKeys *rsa.PrivateKey
)

// keys returns two 2048-bit RSA keys: the Clerk instance's and a stranger's.
func keys(t *testing.T) (*rsa.PrivateKey, *rsa.PrivateKey) {
	t.Helper()
	keysOnce.Do(func() {
		var err error
		if instance, err = rsa.GenerateKey(rand.Reader, 2048); err != nil {
			t.Fatal(err)
		}
		if otherKeys, err = rsa.GenerateKey(rand.Reader, 2048); err != nil {
			t.Fatal(err)
		}
	})
	return instance, otherKeys
}

func publicPEM(t *testing.T, key *rsa.PrivateKey) string {
	t.Helper()
	der, err := x509.MarshalPKIXPublicKey(&key.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	return string(pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: der}))
}

func newServer(t *testing.T, parties []string) *httptest.Server {
	t.Helper()
	key, _ := keys(t)
	verifier := stdVerifier{key: &key.PublicKey, azp: PartyAllowed(parties), leeway: 5 * time.Second, failure: InvalidToken}
	server := httptest.NewServer(NewHandler(serviceName, verifier.auth()))
	t.Cleanup(server.Close)
	return server
}

type reply struct {
	status int
	body   map[string]string
	header http.Header
}

func request(t *testing.T, method, url, token string) reply {
	t.Helper()
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	var body map[string]string
	if len(raw) > 0 {
		if err := json.Unmarshal(raw, &body); err != nil {
			t.Fatalf("%s %s: body is not JSON: %q", method, url, raw)
		}
	}
	if got := res.Header.Get("Content-Type"); len(raw) > 0 && got != "application/json" {
		t.Errorf("%s %s: Content-Type %q", method, url, got)
	}
	return reply{status: res.StatusCode, body: body, header: res.Header}
}

func expect(t *testing.T, got reply, status int, body map[string]string) {
	t.Helper()
	if got.status != status || !reflect.DeepEqual(got.body, body) {
		t.Errorf("got %d %v, want %d %v", got.status, got.body, status, body)
	}
}

var unauthenticated = map[string]string{"error": "unauthenticated"}

func TestHealthIsPublic(t *testing.T) {
	server := newServer(t, []string{webOrigin})
	expect(t, request(t, "GET", server.URL+"/health", ""), 200, map[string]string{"status": "ok"})
}

func TestValidTemplateTokenGetsTheUserID(t *testing.T) {
	key, _ := keys(t)
	server := newServer(t, []string{webOrigin})
	got := request(t, "GET", server.URL+"/api/data", mint(t, key, map[string]any{"sub": "user_abc"}))
	expect(t, got, 200, map[string]string{"service": serviceName, "userId": "user_abc"})
}

func TestNoTokenIsRefused(t *testing.T) {
	server := newServer(t, []string{webOrigin})
	got := request(t, "GET", server.URL+"/api/data", "")
	expect(t, got, 401, unauthenticated)
	if h := got.header.Get("WWW-Authenticate"); h != "Bearer" {
		t.Errorf("WWW-Authenticate %q", h)
	}
}

func TestInvalidTokensAreRefused(t *testing.T) {
	key, other := keys(t)
	now := time.Now().Unix()
	valid := mint(t, key, nil)
	segments := strings.Split(valid, ".")
	forged := strings.Split(mint(t, other, map[string]any{"sub": "user_admin"}), ".")[1]
	cases := map[string]string{
		"malformed":     "not-a-jwt",
		"expired":       mint(t, key, map[string]any{"exp": now - 60, "nbf": now - 120, "iat": now - 120}),
		"not yet valid": mint(t, key, map[string]any{"nbf": now + 300, "iat": now + 300, "exp": now + 600}),
		"no exp":        mint(t, key, map[string]any{"exp": nil}),
		"no sub":        mint(t, key, map[string]any{"sub": nil}),
		"wrong key":     mint(t, other, nil),
		"wrong azp":     mint(t, key, map[string]any{"azp": "https://evil.example"}),
		"no azp":        mint(t, key, map[string]any{"azp": nil}),
		"tampered":      segments[0] + "." + forged + "." + segments[2],
	}
	server := newServer(t, []string{webOrigin})
	for name, token := range cases {
		t.Run(name, func(t *testing.T) {
			expect(t, request(t, "GET", server.URL+"/api/data", token), 401, unauthenticated)
		})
	}
}

func TestWithoutAuthorizedPartiesAzpIsNotChecked(t *testing.T) {
	key, _ := keys(t)
	server := newServer(t, nil)
	got := request(t, "GET", server.URL+"/api/data", mint(t, key, map[string]any{"azp": nil, "sub": "user_no_azp"}))
	expect(t, got, 200, map[string]string{"service": serviceName, "userId": "user_no_azp"})
}

func TestOtherRoutesAndMethods(t *testing.T) {
	key, _ := keys(t)
	server := newServer(t, []string{webOrigin})
	token := mint(t, key, nil)
	expect(t, request(t, "GET", server.URL+"/nope", ""), 404, map[string]string{"error": "not_found"})
	expect(t, request(t, "GET", server.URL+"/api/nope", ""), 401, unauthenticated)
	expect(t, request(t, "GET", server.URL+"/api/nope", token), 404, map[string]string{"error": "not_found"})
	expect(t, request(t, "POST", server.URL+"/api/data", token), 405, map[string]string{"error": "method_not_allowed"})
}

func TestPartyAllowed(t *testing.T) {
	if PartyAllowed(nil) != nil {
		t.Error("no parties: azp must not be checked")
	}
	allowed := PartyAllowed([]string{webOrigin, "https://app.example.com"})
	for azp, want := range map[string]bool{webOrigin: true, "https://app.example.com": true, "": false, "https://evil.example": false} {
		if got := allowed(azp); got != want {
			t.Errorf("azp %q: got %v, want %v", azp, got, want)
		}
	}
}

func TestLoadConfig(t *testing.T) {
	key, _ := keys(t)
	pemKey := publicPEM(t, key)
	env := func(vars map[string]string) func(string) string { return func(k string) string { return vars[k] } }

	oneLine := strings.ReplaceAll(strings.TrimSpace(pemKey), "\n", `\n`)
	cfg, err := LoadConfig(env(map[string]string{
		"CLERK_JWT_KEY":            oneLine,
		"CLERK_AUTHORIZED_PARTIES": " http://localhost:3000, https://app.example.com ,",
	}), 4003)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.JWTKey != strings.TrimSpace(pemKey) || cfg.Port != "4003" {
		t.Errorf("got %+v", cfg)
	}
	if !reflect.DeepEqual(cfg.AuthorizedParties, []string{"http://localhost:3000", "https://app.example.com"}) {
		t.Errorf("parties %q", cfg.AuthorizedParties)
	}

	var body []string
	for _, line := range strings.Split(strings.TrimSpace(pemKey), "\n") {
		if !strings.HasPrefix(line, "-----") {
			body = append(body, line)
		}
	}
	cfg, err = LoadConfig(env(map[string]string{"CLERK_JWT_KEY": strings.Join(body, ""), "PORT": "5000"}), 4003)
	if err != nil {
		t.Fatalf("bare key body: %v", err)
	}
	if _, err := ParseRSAPublicKey(cfg.JWTKey); err != nil || cfg.Port != "5000" {
		t.Errorf("bare key body: %v, port %s", err, cfg.Port)
	}

	if _, err := LoadConfig(env(map[string]string{"CLERK_SECRET_KEY": "sk_test_x"}), 4003); err != nil {
		t.Errorf("secret key only: %v", err)
	}
	if _, err := LoadConfig(env(nil), 4003); err == nil || !strings.Contains(err.Error(), "CLERK_JWT_KEY") {
		t.Errorf("no key: %v", err)
	}
	if _, err := LoadConfig(env(map[string]string{"CLERK_JWT_KEY": "nope"}), 4003); err == nil {
		t.Error("a bad key must be refused at start")
	}
	if _, err := LoadConfig(env(map[string]string{"CLERK_SECRET_KEY": "sk", "PORT": "http"}), 4003); err == nil {
		t.Error("a bad PORT must be refused at start")
	}
}

func TestLoadDotEnv(t *testing.T) {
	path := filepath.Join(t.TempDir(), ".env")
	content := "# comment\n\nDOTENV_TEST_A=one\nexport DOTENV_TEST_B=\"two words\"\nDOTENV_TEST_C='x'\nDOTENV_TEST_SET=from-file\nnot a pair\n" +
		"DOTENV_TEST_PEM=\"-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----\"\nDOTENV_TEST_AFTER=after\n"
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("DOTENV_TEST_SET", "from-env")
	for _, k := range []string{"DOTENV_TEST_A", "DOTENV_TEST_B", "DOTENV_TEST_C", "DOTENV_TEST_PEM", "DOTENV_TEST_AFTER"} {
		k := k
		t.Cleanup(func() { os.Unsetenv(k) })
	}
	if err := LoadDotEnv(path); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"DOTENV_TEST_A":     "one",
		"DOTENV_TEST_B":     "two words",
		"DOTENV_TEST_C":     "x",
		"DOTENV_TEST_SET":   "from-env",
		"DOTENV_TEST_PEM":   "-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----",
		"DOTENV_TEST_AFTER": "after",
	}
	for k, v := range want {
		if got := os.Getenv(k); got != v {
			t.Errorf("%s = %q, want %q", k, got, v)
		}
	}
	if err := LoadDotEnv(filepath.Join(t.TempDir(), "missing")); err != nil {
		t.Errorf("a missing file is fine: %v", err)
	}
}

func TestHealthCheck(t *testing.T) {
	server := newServer(t, nil)
	if err := HealthCheck(server.URL + "/health"); err != nil {
		t.Errorf("healthy: %v", err)
	}
	if err := HealthCheck(server.URL + "/nope"); err == nil {
		t.Error("a 404 must fail the health check")
	}
}
