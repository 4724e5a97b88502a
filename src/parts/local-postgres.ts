import type { Part } from './types.js';

/**
 * `compose.yaml` with PostgreSQL alone, for local development (`docker compose up -d`), when the project uses
 * PostgreSQL; with SQLite it writes nothing. Microservices has the `compose` part instead (the whole set).
 */
export const localPostgres: Part = {
  id: 'local-postgres',
  summary: 'compose.yaml running PostgreSQL for local development (with --db postgresql)',
};
