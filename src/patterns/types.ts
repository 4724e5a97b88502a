import type { Options, PatternId, Service } from '../options.js';
import type { PartId } from '../parts/types.js';

/** One part placed at a path of the generated project. */
export interface Mount {
  part: PartId;
  /** Relative to the project root: '.' or e.g. 'apps/web', 'services/billing'. */
  at: string;
  /** For parts mounted once per downstream service. */
  service?: Service;
}

export interface Pattern {
  id: PatternId;
  title: string;
  /** One line for the prompt and `list`. */
  hint: string;
  /** Which options the pattern uses beyond the common ones (shown by `list`). */
  options: string[];
  /** The parts and where they go; a function of the options only where the options decide (services). */
  mounts: (options: Pick<Options, 'services'>) => Mount[];
}
