'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';

// Calls the tenant API with the session cookie. The active organization travels in the session, so the
// requests name no organization at all.
export function ProjectsPanel({ projects, canDelete }: { projects: { id: string; name: string }[]; canDelete: boolean }) {
  const router = useRouter();
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  async function send(url: string, init: RequestInit) {
    const res = await fetch(url, init);
    if (!res.ok) {
      const body = (await res.json().catch(() => ({}))) as { error?: string };
      setMessage(`${res.status}: ${body.error ?? res.statusText}`);
      return;
    }
    setMessage(null);
    router.refresh();
  }

  async function create(event: React.FormEvent) {
    event.preventDefault();
    await send('/api/tenant/projects', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name }),
    });
    setName('');
  }

  return (
    <div className="card">
      <h2>Manage projects</h2>
      <form onSubmit={create}>
        <input value={name} onChange={(e) => setName(e.target.value)} placeholder="Project name" maxLength={100} required />{' '}
        <button type="submit">Create</button>
      </form>
      {canDelete && projects.length > 0 && (
        <ul>
          {projects.map((p) => (
            <li key={p.id}>
              {p.name}{' '}
              <button type="button" onClick={() => send(`/api/tenant/projects/${encodeURIComponent(p.id)}`, { method: 'DELETE' })}>
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      {message && <p className="muted">{message}</p>}
    </div>
  );
}
