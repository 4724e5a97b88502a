import { reactNativePins } from '../versions.js';
import type { Part } from './types.js';

/**
 * The Expo app of the mobile-web pattern (mounted at `apps/mobile`): expo-router, `@clerk/expo` with the
 * secure-store token cache, a sign-in screen, and a signed-in screen that calls the API with a Bearer token.
 *
 * Expo SDK 57 is the newest SDK `@clerk/expo` 4 supports (peer `expo >=54 <58`; SDK 58 also needs Node 22).
 * Its companion packages are pinned to versions that exist on the registry, which are sometimes lower than
 * the ones `expo install` recommends (expo-router ~57.0.31 and expo-linking ~57.0.14 were never published).
 */
export const expoApp: Part = {
  id: 'expo-app',
  summary: 'Expo (SDK 57) app with expo-router and @clerk/expo: sign-in, secure token cache, calls the API',
  // react-native renders with its own React: the whole project runs that exact version. A Next.js app in the
  // same workspace asks for @types/react-dom ^19.3, whose peer @types/react ^19.3 clashes with the pinned
  // ~19.2 (npm ERESOLVE at the root install): its 19.2 line goes with it.
  pins: { ...reactNativePins, '@types/react-dom': '~19.2.7' },
  contribute: () => ({
    dependencies: [
      '@clerk/expo',
      '@expo/metro-runtime',
      'expo',
      'expo-constants',
      'expo-linking',
      'expo-router',
      'expo-secure-store',
      'expo-status-bar',
      'react',
      'react-dom',
      'react-native',
      // Not used by the screens: pinned because expo-router's drawer needs them as peers and npm would
      // otherwise pick their newest majors, which require a newer react-native.
      'react-native-gesture-handler',
      'react-native-reanimated',
      'react-native-worklets',
      'react-native-safe-area-context',
      'react-native-screens',
      'react-native-web',
    ],
    devDependencies: ['@types/react', 'typescript', 'vitest'],
    scripts: {
      start: 'expo start',
      android: 'expo start --android',
      ios: 'expo start --ios',
      web: 'expo start --web',
      typecheck: 'tsc --noEmit',
      test: 'vitest run',
      // Bundles the JavaScript for every platform (no native build): the quickest check that the app compiles.
      bundle: 'expo export --platform all --output-dir dist',
    },
    env: [
      {
        key: 'EXPO_PUBLIC_CLERK_PUBLISHABLE_KEY',
        value: 'pk_test_replace_me',
        comment:
          'Clerk Dashboard → Configure → API keys → Publishable key (also enable Native applications there). ' +
          'Public: it is built into the app',
      },
      {
        key: 'EXPO_PUBLIC_API_URL',
        value: 'http://localhost:4000',
        comment:
          'The API as the phone sees it: localhost for the iOS simulator and web, http://10.0.2.2:4000 for the ' +
          'Android emulator, http://<your computer\'s LAN IP>:4000 for a real device. Restart Expo after a change',
      },
    ],
    gitignore: ['node_modules/', '.expo/', 'dist/', 'web-build/', 'expo-env.d.ts', '.env', '*.jks', '*.p8', '*.p12', '*.key', '*.mobileprovision', '/ios', '/android'],
  }),
};
