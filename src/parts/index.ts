import { bffProxy } from './bff-proxy.js';
import { clerkWebhooks } from './clerk-webhooks.js';
import { compose } from './compose.js';
import { expoApp } from './expo-app.js';
import { expressApi } from './express-api.js';
import { localPostgres } from './local-postgres.js';
import { nextApp } from './next-app.js';
import { organizations } from './organizations.js';
import { prisma } from './prisma.js';
import { serviceGo } from './service-go.js';
import { serviceNode } from './service-node.js';
import { servicePython } from './service-python.js';
import type { Part, PartId } from './types.js';
import { webClient } from './web-client.js';
import { workspace } from './workspace.js';

const registry: Part[] = [nextApp, prisma, clerkWebhooks, organizations, bffProxy, serviceNode, servicePython, serviceGo, expressApi, expoApp, webClient, workspace, compose, localPostgres];
const parts: Partial<Record<PartId, Part>> = Object.fromEntries(registry.map((p) => [p.id, p]));

export function partById(id: PartId): Part {
  const part = parts[id];
  if (!part) throw new Error(`Unknown part "${id}": register it in src/parts/index.ts.`);
  return part;
}

export const ALL_PART_IDS: PartId[] = registry.map((p) => p.id);
