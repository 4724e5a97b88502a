import { ClerkProvider, useAuth } from '@clerk/expo';
import { tokenCache } from '@clerk/expo/token-cache';
import { Stack } from 'expo-router';
import { ActivityIndicator, Text, View } from 'react-native';
import { styles } from '../lib/styles';

// Passed as a prop on purpose: environment variables are not inlined inside node_modules, so
// ClerkProvider cannot read EXPO_PUBLIC_CLERK_PUBLISHABLE_KEY by itself.
const publishableKey = process.env.EXPO_PUBLIC_CLERK_PUBLISHABLE_KEY;

export default function RootLayout() {
  if (!publishableKey) {
    return (
      <View style={styles.center}>
        <Text style={styles.error}>
          Set EXPO_PUBLIC_CLERK_PUBLISHABLE_KEY in apps/mobile/.env (Clerk Dashboard → API keys), then restart Expo.
        </Text>
      </View>
    );
  }
  // tokenCache keeps the session in the device's encrypted storage (expo-secure-store), so users stay
  // signed in across restarts. On web it is undefined and Clerk uses its own storage.
  return (
    <ClerkProvider publishableKey={publishableKey} tokenCache={tokenCache}>
      <Screens />
    </ClerkProvider>
  );
}

function Screens() {
  const { isLoaded, isSignedIn } = useAuth();
  if (!isLoaded) {
    return (
      <View style={styles.center}>
        <ActivityIndicator />
      </View>
    );
  }
  // Protected routes: signed-out users can only reach sign-in, signed-in users only the profile.
  return (
    <Stack>
      <Stack.Protected guard={!!isSignedIn}>
        <Stack.Screen name="index" options={{ title: 'Profile' }} />
      </Stack.Protected>
      <Stack.Protected guard={!isSignedIn}>
        <Stack.Screen name="sign-in" options={{ title: 'Sign in' }} />
      </Stack.Protected>
    </Stack>
  );
}
