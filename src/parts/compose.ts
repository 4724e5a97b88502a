import type { Part } from './types.js';

/** `compose.yaml` at the root: the web app, every service and (with --db postgresql) Postgres; the web app's Dockerfile. */
export const compose: Part = {
  id: 'compose',
  summary: 'docker compose for the whole set: web, every service, Postgres with --db postgresql',
};
