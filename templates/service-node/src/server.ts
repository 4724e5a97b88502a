import { config as loadEnv } from 'dotenv';
import { createApp } from './app.js';
import { authConfigFromEnv, type AuthConfig } from './auth.js';
import { DEFAULT_PORT, SERVICE_NAME } from './service.js';

// A .env beside package.json, if any; variables already set (compose, CI) win.
loadEnv({ quiet: true });

function loadAuthConfig(): AuthConfig {
  try {
    return authConfigFromEnv();
  } catch (error) {
    console.error(`[${SERVICE_NAME}] ${(error as Error).message}`);
    process.exit(1);
  }
}

const port = Number(process.env.PORT) || DEFAULT_PORT;
const app = createApp({ auth: loadAuthConfig(), log: (message) => console.warn(`[${SERVICE_NAME}] ${message}`) });
const server = app.listen(port, () => {
  console.log(`[${SERVICE_NAME}] listening on http://localhost:${port}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
