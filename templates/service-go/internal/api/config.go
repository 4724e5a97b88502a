package api

import (
	"bufio"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// Config is how the service verifies tokens and where it listens, read from the environment.
type Config struct {
	Port string
	// JWTKey is the instance's PEM public key (CLERK_JWT_KEY): verification with no network call.
	JWTKey string
	// SecretKey (CLERK_SECRET_KEY) lets the SDK fetch the instance's JWKS from Clerk's Backend API
	// when there is no JWTKey.
	SecretKey string
	// AuthorizedParties (CLERK_AUTHORIZED_PARTIES, comma-separated): when non-empty, a token's azp
	// claim must be one of them.
	AuthorizedParties []string
}

// LoadConfig reads the configuration; getenv is os.Getenv outside tests.
func LoadConfig(getenv func(string) string, defaultPort int) (Config, error) {
	cfg := Config{
		Port:      strings.TrimSpace(getenv("PORT")),
		JWTKey:    NormalizePEM(getenv("CLERK_JWT_KEY")),
		SecretKey: strings.TrimSpace(getenv("CLERK_SECRET_KEY")),
	}
	if cfg.Port == "" {
		cfg.Port = strconv.Itoa(defaultPort)
	}
	if _, err := strconv.ParseUint(cfg.Port, 10, 16); err != nil {
		return cfg, fmt.Errorf("PORT %q is not a port number", cfg.Port)
	}
	for _, party := range strings.Split(getenv("CLERK_AUTHORIZED_PARTIES"), ",") {
		if party = strings.TrimSpace(party); party != "" {
			cfg.AuthorizedParties = append(cfg.AuthorizedParties, party)
		}
	}
	switch {
	case cfg.JWTKey != "":
		if _, err := ParseRSAPublicKey(cfg.JWTKey); err != nil {
			return cfg, fmt.Errorf("CLERK_JWT_KEY: %w", err)
		}
	case cfg.SecretKey == "":
		return cfg, errors.New("set CLERK_JWT_KEY (Clerk Dashboard → API keys → JWT public key, PEM) or CLERK_SECRET_KEY to verify tokens")
	}
	return cfg, nil
}

// NormalizePEM accepts the key with real newlines, with \n escapes (one-line .env values) or as
// the bare base64 body, and returns a PEM block ("" for an empty value).
func NormalizePEM(value string) string {
	key := strings.TrimSpace(strings.ReplaceAll(value, `\n`, "\n"))
	if key == "" {
		return ""
	}
	if !strings.HasPrefix(key, "-----BEGIN") {
		key = "-----BEGIN PUBLIC KEY-----\n" + key + "\n-----END PUBLIC KEY-----"
	}
	return key
}

// ParseRSAPublicKey parses a PEM "PUBLIC KEY" block holding an RSA key (what Clerk signs with).
func ParseRSAPublicKey(key string) (*rsa.PublicKey, error) {
	block, _ := pem.Decode([]byte(key))
	if block == nil {
		return nil, errors.New("not a PEM public key")
	}
	parsed, err := x509.ParsePKIXPublicKey(block.Bytes)
	if err != nil {
		return nil, fmt.Errorf("not a PEM public key: %w", err)
	}
	rsaKey, ok := parsed.(*rsa.PublicKey)
	if !ok {
		return nil, errors.New("not an RSA public key")
	}
	return rsaKey, nil
}

// PartyAllowed returns the azp check for the authorized parties: nil when there are none (azp is
// not checked); otherwise azp must be one of them, and a token without azp is refused (as Clerk's
// JavaScript SDK does; the Go SDK's AuthorizedPartyMatches would let it through).
func PartyAllowed(parties []string) func(azp string) bool {
	if len(parties) == 0 {
		return nil
	}
	allowed := make(map[string]bool, len(parties))
	for _, p := range parties {
		allowed[p] = true
	}
	return func(azp string) bool { return azp != "" && allowed[azp] }
}

// LoadDotEnv sets the KEY=VALUE lines of a .env file that are not set already (a missing file is
// fine). Blank lines and # comments are skipped; a value may be wrapped in single or double quotes,
// and a double-quoted one may span lines (a PEM key pasted as it is).
func LoadDotEnv(path string) error {
	file, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	defer file.Close()
	scanner := bufio.NewScanner(file)
	scanner.Buffer(make([]byte, 64*1024), 1024*1024)
	for scanner.Scan() {
		line := strings.TrimSpace(scanner.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, value, found := strings.Cut(strings.TrimPrefix(line, "export "), "=")
		key = strings.TrimSpace(key)
		if !found || key == "" {
			continue
		}
		value = strings.TrimSpace(value)
		if strings.HasPrefix(value, `"`) {
			for (len(value) < 2 || !strings.HasSuffix(value, `"`)) && scanner.Scan() {
				value += "\n" + strings.TrimRight(scanner.Text(), " \t\r")
			}
		}
		if len(value) >= 2 && (value[0] == '"' || value[0] == '\'') && value[len(value)-1] == value[0] {
			value = value[1 : len(value)-1]
		}
		if _, set := os.LookupEnv(key); !set {
			if err := os.Setenv(key, value); err != nil {
				return err
			}
		}
	}
	return scanner.Err()
}
