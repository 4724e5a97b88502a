import { verifyWebhook } from '@clerk/nextjs/webhooks';
import type { NextRequest } from 'next/server';
import { db } from '@/lib/db';
import { handleClerkEvent } from '@/lib/webhooks';

// Clerk → this app: keeps the User table in step with Clerk. Public in src/proxy.ts (Clerk sends no
// session); trust comes from the signature, checked with CLERK_WEBHOOK_SIGNING_SECRET.
export async function POST(req: NextRequest) {
  let event;
  try {
    event = await verifyWebhook(req);
  } catch (error) {
    if (!process.env.CLERK_WEBHOOK_SIGNING_SECRET) {
      console.error('CLERK_WEBHOOK_SIGNING_SECRET is not set: copy it from the Clerk Dashboard (Webhooks → your endpoint → Signing Secret).');
    } else {
      console.warn('Rejected a webhook with an invalid signature:', error instanceof Error ? error.message : error);
    }
    return Response.json({ error: 'invalid signature' }, { status: 400 });
  }

  try {
    const result = await handleClerkEvent(event, db);
    return Response.json({ ok: true, type: event.type, result });
  } catch (error) {
    // A 5xx makes Clerk retry later: right for a database that is briefly unavailable.
    console.error(`Failed to handle Clerk webhook ${event.type}:`, error);
    return Response.json({ error: 'failed to process event' }, { status: 500 });
  }
}
