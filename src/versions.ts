/**
 * The one table of versions that generated projects install. Every entry is exercised by the
 * generated-app tests (tests/generated); nothing says `latest`. Ranges stay inside the major the
 * tests pass with, so a user gets fixes but never an untested major.
 */
export const versions = {
  // Next.js app
  next: '^16.4.6',
  react: '^19.3.1',
  'react-dom': '^19.3.1',
  '@clerk/nextjs': '^7.9.17',
  typescript: '^5.9.3',
  '@types/node': '^20.19.43',
  '@types/react': '^19.3.3',
  '@types/react-dom': '^19.3.0',
  // Prisma 7 and its drivers
  prisma: '^7.10.1',
  '@prisma/client': '^7.10.0',
  '@prisma/adapter-better-sqlite3': '^7.10.0',
  'better-sqlite3': '^12.6.2',
  '@types/better-sqlite3': '^9.6.0',
  '@prisma/adapter-pg': '^7.10.1',
  pg: '^8.23.1',
  '@types/pg': '^8.23.1',
  dotenv: '^17.4.1',
  // Node services and APIs
  express: '^5.3.0',
  '@types/express': '^5.0.6',
  '@clerk/express': '^2.1.70',
  '@clerk/backend': '^3.25.0',
  cors: '^2.8.6',
  '@types/cors': '^2.8.19',
  tsx: '^4.23.15',
  // Expo app (mobile-web). SDK 57: the newest @clerk/expo 4 supports. Companion packages at versions that
  // exist on the registry (expo's own recommendations for expo-router/expo-linking were never published).
  // React for a project with the Expo app: see reactNativePins below.
  expo: '~57.0.33',
  'expo-router': '~57.0.24',
  'expo-linking': '~57.0.11',
  'expo-constants': '~57.0.24',
  'expo-secure-store': '~57.0.4',
  'expo-status-bar': '~57.0.1',
  '@expo/metro-runtime': '~57.0.18',
  'react-native': '0.86.3',
  'react-native-safe-area-context': '~5.7.0',
  'react-native-screens': '~4.26.2',
  'react-native-web': '~0.21.4',
  // peers of expo-router's drawer: left to npm they resolve to majors that need react-native 0.87+
  'react-native-gesture-handler': '~2.32.0',
  'react-native-reanimated': '~4.5.1',
  'react-native-worklets': '~0.10.1',
  '@clerk/expo': '^4.6.6',
  // workspace roots (microservices, mobile-web): `dev` runs every app and service at once. 10.x needs Node 22.
  concurrently: '^9.2.5',
  // tests inside generated projects
  vitest: '^4.1.12',
} as const satisfies Record<string, string>;

export type PackageName = keyof typeof versions;

/**
 * react-native ships its own build of React's renderer (0.86.3: React 19.2.3), so a project with the Expo app
 * runs exactly that React in EVERY package: with two Reacts in one npm workspace, one is hoisted and the
 * packages hoisted beside it (next, @clerk/nextjs or expo-router) would resolve the other app's copy.
 * Next 16.4 builds with React 19.2.3.
 */
export const reactNativePins: Record<string, string> = {
  react: '19.2.3',
  'react-dom': '19.2.3',
  '@types/react': '~19.2.6',
};

/** The range a generated project pins for `name` (a part's project-wide pins first); throws on a missing entry. */
export function versionOf(name: string, pins: Record<string, string> = {}): string {
  const range = pins[name] ?? (versions as Record<string, string>)[name];
  if (!range) throw new Error(`No version for "${name}" in src/versions.ts: add it there (the one table of versions).`);
  return range;
}
