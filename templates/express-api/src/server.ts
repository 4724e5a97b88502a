import 'dotenv/config';
import { createApp } from './app.js';
import { parseOrigins } from './auth.js';
import { createDb } from './db.js';

// Fail at start, with the fix, rather than answer every request with a 500.
const problems: string[] = [];
if (!/^pk_(test|live)_[A-Za-z0-9+/=_-]{8,}$/.test(process.env.CLERK_PUBLISHABLE_KEY ?? '') || /replace_me/.test(process.env.CLERK_PUBLISHABLE_KEY ?? '')) {
  problems.push('CLERK_PUBLISHABLE_KEY: copy the publishable key from Clerk Dashboard → API keys');
}
if (!process.env.CLERK_SECRET_KEY || /replace_me/.test(process.env.CLERK_SECRET_KEY)) {
  problems.push('CLERK_SECRET_KEY: copy the secret key from Clerk Dashboard → API keys');
}
if (problems.length) {
  console.error(`Set these in .env (see .env.example), then start again:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
if (!process.env.CLERK_JWT_KEY) {
  console.warn('CLERK_JWT_KEY is not set: token checks will fetch Clerk\'s public keys over the network.');
}

const port = Number(process.env.PORT ?? 4000);
const webOrigins = parseOrigins(process.env.WEB_ORIGINS);
const app = createApp({ db: createDb(), webOrigins });

// Listens on every interface so a phone on the same network (or an Android emulator via 10.0.2.2)
// can reach it.
app.listen(port, () => {
  console.log(`API listening on http://localhost:${port} (CORS for: ${webOrigins.join(', ') || 'no origin'})`);
});
