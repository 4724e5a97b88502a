// Package api holds the service's HTTP handlers and its auth decisions. It imports nothing but the
// standard library, so its tests run anywhere; main.go plugs Clerk's SDK into it (see Auth).
package api

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"time"
)

// Claims is what a handler needs from a verified Clerk token.
type Claims struct {
	// Subject is the Clerk user id (the `sub` claim).
	Subject string
	// AuthorizedParty is the origin the token was issued for (the `azp` claim), if any.
	AuthorizedParty string
	// Expiry is the `exp` claim in Unix seconds; a token without one is refused.
	Expiry *int64
}

// Auth is the token verification the handlers rely on. main.go builds it from clerk-sdk-go's
// WithHeaderAuthorization; the tests build it from a standard-library verifier.
type Auth struct {
	// Middleware runs before every /api route. For a request with a valid token it puts the
	// claims where Claims finds them; for an invalid token it may answer with Unauthorized itself;
	// a request without a token passes through without claims.
	Middleware func(http.Handler) http.Handler
	// Claims returns the claims Middleware verified for this request, if any.
	Claims func(ctx context.Context) (Claims, bool)
}

// NewHandler returns the service's routes:
//
//	GET /health    public, {"status":"ok"}
//	GET /api/data  needs a valid Clerk token, {"service":"<name>","userId":"<sub>"}
func NewHandler(service string, auth Auth) http.Handler {
	mux := http.NewServeMux()

	mux.HandleFunc("/health", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/health" {
			NotFound(w, r)
			return
		}
		if !allowGet(w, r) {
			return
		}
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})

	api := http.NewServeMux()
	api.HandleFunc("/api/data", func(w http.ResponseWriter, r *http.Request) {
		if !allowGet(w, r) {
			return
		}
		claims, _ := auth.Claims(r.Context())
		writeJSON(w, http.StatusOK, map[string]string{"service": service, "userId": claims.Subject})
	})
	api.HandleFunc("/", NotFound)
	mux.Handle("/api/", auth.Middleware(requireClaims(auth.Claims, api)))

	mux.HandleFunc("/", NotFound)
	return mux
}

// requireClaims answers 401 unless the middleware verified a token with a subject and an expiry.
func requireClaims(claims func(context.Context) (Claims, bool), next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, ok := claims(r.Context())
		switch {
		case !ok:
			Unauthorized(w, r)
		case c.Subject == "" || c.Expiry == nil:
			log.Printf("401 %s %s: the token has no sub or no exp claim", r.Method, r.URL.Path)
			InvalidToken(w, r)
		default:
			next.ServeHTTP(w, r)
		}
	})
}

// Unauthorized answers a request that has no token: 401 {"error":"unauthenticated"}.
func Unauthorized(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("WWW-Authenticate", "Bearer")
	writeJSON(w, http.StatusUnauthorized, map[string]string{"error": "unauthenticated"})
}

// InvalidToken answers a request whose token failed verification: the same 401, with the
// RFC 6750 error code in WWW-Authenticate. The reason is for the log, never for the caller.
func InvalidToken(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token"`)
	writeJSON(w, http.StatusUnauthorized, map[string]string{"error": "unauthenticated"})
}

// NotFound answers 404 {"error":"not_found"}.
func NotFound(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusNotFound, map[string]string{"error": "not_found"})
}

func allowGet(w http.ResponseWriter, r *http.Request) bool {
	if r.Method == http.MethodGet || r.Method == http.MethodHead {
		return true
	}
	w.Header().Set("Allow", "GET, HEAD")
	writeJSON(w, http.StatusMethodNotAllowed, map[string]string{"error": "method_not_allowed"})
	return false
}

func writeJSON(w http.ResponseWriter, status int, body any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(body)
}

// HealthCheck GETs url and fails unless it answers 200 (the Docker HEALTHCHECK of an image with no shell).
func HealthCheck(url string) error {
	client := http.Client{Timeout: 3 * time.Second}
	res, err := client.Get(url)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %s", url, res.Status)
	}
	return nil
}
