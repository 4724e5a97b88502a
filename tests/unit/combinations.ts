import { DBS, type Options, PACKAGE_MANAGERS, parseServices } from '../../src/options.js';
import { patterns } from '../../src/patterns/index.js';

/** Every valid combination of pattern × database × package manager, as the options a run would resolve. */
export const combinations: Options[] = patterns.flatMap((p) =>
  DBS.flatMap((db) =>
    PACKAGE_MANAGERS.map((pm) => ({
      directory: 'app',
      name: 'app',
      pattern: p.id,
      db,
      pm,
      services: p.id === 'microservices' ? parseServices('billing:node,analytics:python,notifications:go') : [],
      install: false,
      git: false,
    })),
  ),
);
