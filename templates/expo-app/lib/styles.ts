import { StyleSheet } from 'react-native';

export const styles = StyleSheet.create({
  screen: { flex: 1, padding: 24, gap: 12 },
  center: { flex: 1, padding: 24, alignItems: 'center', justifyContent: 'center' },
  title: { fontSize: 22, fontWeight: '600' },
  label: { fontSize: 14, color: '#555' },
  input: { borderWidth: 1, borderColor: '#ccc', borderRadius: 8, padding: 12, fontSize: 16 },
  button: { backgroundColor: '#6c47ff', borderRadius: 8, padding: 14, alignItems: 'center' },
  buttonText: { color: '#fff', fontSize: 16, fontWeight: '600' },
  link: { color: '#6c47ff', fontSize: 15, textAlign: 'center', padding: 8 },
  error: { color: '#c00', fontSize: 15 },
  code: { fontFamily: 'monospace', fontSize: 13, backgroundColor: '#f4f4f5', padding: 12, borderRadius: 8 },
});
