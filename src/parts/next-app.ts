import type { Part } from './types.js';

// Placeholder until the part's templates land (helper is writing them).
export const nextApp: Part = {
  id: 'next-app',
  summary: 'next-app',
};
