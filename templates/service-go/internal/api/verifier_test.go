package api

import (
	"context"
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"
)

// stdVerifier stands in for clerk-sdk-go's WithHeaderAuthorization in tests, with the same contract:
// no token or an undecodable one passes through without claims, a token that fails verification
// gets the failure handler, a valid one puts its claims in the context. It verifies RS256 with the
// standard library only.
type stdVerifier struct {
	key     *rsa.PublicKey
	azp     func(string) bool
	leeway  time.Duration
	failure http.HandlerFunc
}

type claimsKey struct{}

var errUndecodable = errors.New("undecodable token")

func (v stdVerifier) auth() Auth {
	return Auth{
		Middleware: v.middleware,
		Claims: func(ctx context.Context) (Claims, bool) {
			c, ok := ctx.Value(claimsKey{}).(Claims)
			return c, ok
		},
	}
}

func (v stdVerifier) middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		token := strings.TrimPrefix(strings.TrimSpace(r.Header.Get("Authorization")), "Bearer ")
		if token == "" {
			next.ServeHTTP(w, r)
			return
		}
		claims, err := v.verify(token)
		if errors.Is(err, errUndecodable) {
			next.ServeHTTP(w, r)
			return
		}
		if err != nil {
			v.failure(w, r)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), claimsKey{}, claims)))
	})
}

type jwtClaims struct {
	Sub string `json:"sub"`
	Azp string `json:"azp"`
	Exp *int64 `json:"exp"`
	Nbf *int64 `json:"nbf"`
}

func (v stdVerifier) verify(token string) (Claims, error) {
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		return Claims{}, errUndecodable
	}
	var header struct {
		Alg string `json:"alg"`
	}
	var payload jwtClaims
	if decodeSegment(parts[0], &header) != nil || decodeSegment(parts[1], &payload) != nil {
		return Claims{}, errUndecodable
	}
	if header.Alg != "RS256" {
		return Claims{}, errors.New("alg is not RS256")
	}
	signature, err := base64.RawURLEncoding.DecodeString(parts[2])
	if err != nil {
		return Claims{}, err
	}
	digest := sha256.Sum256([]byte(parts[0] + "." + parts[1]))
	if err := rsa.VerifyPKCS1v15(v.key, crypto.SHA256, digest[:], signature); err != nil {
		return Claims{}, err
	}
	now := time.Now()
	if payload.Exp != nil && now.Add(-v.leeway).After(time.Unix(*payload.Exp, 0)) {
		return Claims{}, errors.New("expired")
	}
	if payload.Nbf != nil && now.Add(v.leeway).Before(time.Unix(*payload.Nbf, 0)) {
		return Claims{}, errors.New("not valid yet")
	}
	if v.azp != nil && !v.azp(payload.Azp) {
		return Claims{}, errors.New("azp not allowed")
	}
	return Claims{Subject: payload.Sub, AuthorizedParty: payload.Azp, Expiry: payload.Exp}, nil
}

func decodeSegment(segment string, into any) error {
	raw, err := base64.RawURLEncoding.DecodeString(segment)
	if err != nil {
		return err
	}
	return json.Unmarshal(raw, into)
}

// mint signs an RS256 token shaped like a Clerk JWT template token (header `cat`, no `sid`).
// Claims set to nil are left out; exp/nbf/iat default to a token valid for a minute.
func mint(t *testing.T, key *rsa.PrivateKey, claims map[string]any) string {
	t.Helper()
	now := time.Now().Unix()
	payload := map[string]any{
		"iss": "https://clerk.example.com",
		"sub": "user_test_123",
		"azp": "http://localhost:3000",
		"exp": now + 60,
		"nbf": now - 5,
		"iat": now - 5,
		"jti": "jwt_test",
	}
	for k, v := range claims {
		if v == nil {
			delete(payload, k)
		} else {
			payload[k] = v
		}
	}
	header := map[string]any{"alg": "RS256", "typ": "JWT", "kid": "ins_test", "cat": "cl_B7d4PD222AAA"}
	input := encodeSegment(t, header) + "." + encodeSegment(t, payload)
	digest := sha256.Sum256([]byte(input))
	signature, err := rsa.SignPKCS1v15(rand.Reader, key, crypto.SHA256, digest[:])
	if err != nil {
		t.Fatal(err)
	}
	return input + "." + base64.RawURLEncoding.EncodeToString(signature)
}

func encodeSegment(t *testing.T, value any) string {
	t.Helper()
	raw, err := json.Marshal(value)
	if err != nil {
		t.Fatal(err)
	}
	return base64.RawURLEncoding.EncodeToString(raw)
}
