import { useAuth, useUser } from '@clerk/expo';
import { useCallback, useEffect, useState } from 'react';
import { Pressable, ScrollView, Text } from 'react-native';
import { API_URL, fetchProfile, type Profile } from '../lib/api';
import { styles } from '../lib/styles';

// Signed in: calls the API's protected route with the session token and shows what comes back.
export default function ProfileScreen() {
  const { getToken, signOut } = useAuth();
  const { user } = useUser();
  const [profile, setProfile] = useState<Profile | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const load = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      setProfile(await fetchProfile(() => getToken()));
    } catch (e) {
      setProfile(null);
      setError((e as Error).message);
    } finally {
      setLoading(false);
    }
  }, [getToken]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <ScrollView contentContainerStyle={styles.screen}>
      <Text style={styles.title}>Hello {user?.primaryEmailAddress?.emailAddress ?? user?.id}</Text>
      <Text style={styles.label}>GET {API_URL}/api/profile</Text>
      {loading ? <Text>Loading…</Text> : null}
      {error ? <Text style={styles.error}>Error: {error}</Text> : null}
      {profile ? <Text style={styles.code}>{JSON.stringify(profile, null, 2)}</Text> : null}
      {profile && !profile.user ? (
        <Text style={styles.label}>No database row yet: it appears when Clerk's user.created webhook reaches the API.</Text>
      ) : null}
      <Pressable style={styles.button} onPress={load} disabled={loading}>
        <Text style={styles.buttonText}>Call the API again</Text>
      </Pressable>
      <Pressable onPress={() => void signOut()}>
        <Text style={styles.link}>Sign out</Text>
      </Pressable>
    </ScrollView>
  );
}
