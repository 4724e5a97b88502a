import { useSignIn } from '@clerk/expo';
import { useState } from 'react';
import { Pressable, Text, TextInput, View } from 'react-native';
import { styles } from '../lib/styles';

// A custom sign-in flow (native apps cannot show Clerk's prebuilt web components), with Clerk's
// Core 3 sign-in API: email + password, or a one-time code sent by email. Enable the strategies you
// use in the Clerk Dashboard (User & authentication). Users are created in Clerk (Dashboard, or the
// web app's sign-up page); the API learns about them from Clerk's user.created webhook.
export default function SignInScreen() {
  const { signIn, errors, fetchStatus } = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  // 'code' once an email code was sent: first factor (code sign-in) or a new-device check (client trust).
  const [step, setStep] = useState<'credentials' | 'code'>('credentials');
  const [message, setMessage] = useState<string | null>(null);
  const busy = fetchStatus === 'fetching';

  // After each step: finish if complete (the layout then shows the profile), else ask for the code.
  async function next() {
    if (signIn.status === 'complete') {
      const { error } = await signIn.finalize();
      if (error) setMessage(error.message);
      return;
    }
    if (signIn.status === 'needs_client_trust' || signIn.status === 'needs_second_factor') {
      const { error } = await signIn.mfa.sendEmailCode();
      if (error) setMessage(error.message);
      else setStep('code');
      return;
    }
    setMessage(`Sign-in needs a step this screen does not handle yet: ${signIn.status}`);
  }

  async function withPassword() {
    setMessage(null);
    const { error } = await signIn.password({ emailAddress: email.trim(), password });
    if (error) return setMessage(error.message);
    await next();
  }

  async function sendCode() {
    setMessage(null);
    const { error } = await signIn.emailCode.sendCode({ emailAddress: email.trim() });
    if (error) return setMessage(error.message);
    setStep('code');
  }

  async function verifyCode() {
    setMessage(null);
    const needsSecondStep = signIn.status === 'needs_client_trust' || signIn.status === 'needs_second_factor';
    const { error } = needsSecondStep
      ? await signIn.mfa.verifyEmailCode({ code: code.trim() })
      : await signIn.emailCode.verifyCode({ code: code.trim() });
    if (error) return setMessage(error.message);
    await next();
  }

  const fieldError = errors.fields.identifier?.message ?? errors.fields.password?.message ?? errors.fields.code?.message;

  if (step === 'code') {
    return (
      <View style={styles.screen}>
        <Text style={styles.title}>Check your email</Text>
        <Text style={styles.label}>Enter the code sent to {email}</Text>
        <TextInput style={styles.input} value={code} onChangeText={setCode} keyboardType="number-pad" autoComplete="one-time-code" placeholder="123456" />
        <Pressable style={styles.button} onPress={verifyCode} disabled={busy}>
          <Text style={styles.buttonText}>{busy ? 'Checking…' : 'Verify'}</Text>
        </Pressable>
        <Pressable onPress={() => { setStep('credentials'); setCode(''); void signIn.reset(); }}>
          <Text style={styles.link}>Start over</Text>
        </Pressable>
        {(message ?? fieldError) ? <Text style={styles.error}>{message ?? fieldError}</Text> : null}
      </View>
    );
  }

  return (
    <View style={styles.screen}>
      <Text style={styles.label}>Email</Text>
      <TextInput style={styles.input} value={email} onChangeText={setEmail} autoCapitalize="none" autoComplete="email" keyboardType="email-address" placeholder="you@example.com" />
      <Text style={styles.label}>Password</Text>
      <TextInput style={styles.input} value={password} onChangeText={setPassword} secureTextEntry autoComplete="password" placeholder="••••••••" />
      <Pressable style={styles.button} onPress={withPassword} disabled={busy || !email || !password}>
        <Text style={styles.buttonText}>{busy ? 'Signing in…' : 'Sign in'}</Text>
      </Pressable>
      <Pressable onPress={sendCode} disabled={busy || !email}>
        <Text style={styles.link}>Email me a sign-in code instead</Text>
      </Pressable>
      {(message ?? fieldError) ? <Text style={styles.error}>{message ?? fieldError}</Text> : null}
    </View>
  );
}
