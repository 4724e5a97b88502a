import type { PatternId } from '../options.js';
import { fullStack } from './full-stack.js';
import { microservices } from './microservices.js';
import { mobileWeb } from './mobile-web.js';
import { multiTenant } from './multi-tenant.js';
import type { Pattern } from './types.js';

/** The patterns this build can generate, in the order the prompt and `list` show them. */
export const patterns: Pattern[] = [fullStack, multiTenant, microservices, mobileWeb];

export function patternById(id: PatternId): Pattern | undefined {
  return patterns.find((p) => p.id === id);
}

export const patternIds = (): PatternId[] => patterns.map((p) => p.id);
