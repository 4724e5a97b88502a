// Entry point: expo-router turns the files in app/ into screens.
import 'expo-router/entry';
