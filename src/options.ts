export const PATTERNS = ['full-stack', 'multi-tenant', 'microservices', 'mobile-web'] as const;
export const DBS = ['sqlite', 'postgresql'] as const;
export const PACKAGE_MANAGERS = ['npm', 'pnpm', 'yarn', 'bun'] as const;
export const SERVICE_LANGS = ['node', 'python', 'go'] as const;

export type PatternId = (typeof PATTERNS)[number];
export type Db = (typeof DBS)[number];
export type PackageManager = (typeof PACKAGE_MANAGERS)[number];
export type ServiceLang = (typeof SERVICE_LANGS)[number];

export interface Service {
  name: string;
  lang: ServiceLang;
  /** Port the service listens on in development and in compose (4001, 4002, ...). */
  port: number;
}
