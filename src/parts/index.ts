import { clerkWebhooks } from './clerk-webhooks.js';
import { nextApp } from './next-app.js';
import { prisma } from './prisma.js';
import type { Part, PartId } from './types.js';

const parts: Partial<Record<PartId, Part>> = Object.fromEntries(
  [nextApp, prisma, clerkWebhooks].map((p) => [p.id, p]),
);

export function partById(id: PartId): Part {
  const part = parts[id];
  if (!part) throw new Error(`Unknown part "${id}": register it in src/parts/index.ts.`);
  return part;
}

export const ALL_PART_IDS: PartId[] = [
  'next-app',
  'prisma',
  'clerk-webhooks',
  'organizations',
  'bff-proxy',
  'service-node',
  'service-python',
  'service-go',
  'express-api',
  'expo-app',
  'workspace',
  'compose',
];
