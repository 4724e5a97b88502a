import type { Part } from './types.js';

// Placeholder until the part's templates land (helper is writing them).
export const clerkWebhooks: Part = {
  id: 'clerk-webhooks',
  summary: 'clerk-webhooks',
};
