import 'dotenv/config';
import { createApp } from './app.js';
import { parseOrigins } from './auth.js';
import { createDb } from './db.js';

const port = Number(process.env.PORT ?? 4000);
const webOrigins = parseOrigins(process.env.WEB_ORIGINS);

if (!process.env.CLERK_JWT_KEY) {
  console.warn('CLERK_JWT_KEY is not set: every token check will fetch Clerk\'s JWKS over the network.');
}

const app = createApp({ db: createDb(), webOrigins });

// Listens on every interface so a phone on the same network (or an Android emulator via 10.0.2.2)
// can reach it.
app.listen(port, () => {
  console.log(`API listening on http://localhost:${port} (CORS for: ${webOrigins.join(', ') || 'no origin'})`);
});
