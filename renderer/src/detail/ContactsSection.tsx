import { useState, type SubmitEvent } from 'react';
import type { Contact } from '../../../shared/domain';
import { call } from '../api-client';
import { FormError } from '../components/FormError';
import { useAttempt } from '../hooks';
import { FormActions } from '../components/FormActions';

const EMPTY = { name: '', role: '', email: '', phone: '', profileUrl: '' };
type Draft = typeof EMPTY;
const orNull = (v: string) => (v.trim() ? v.trim() : null);
const toInput = (d: Draft) => ({
  name: d.name,
  role: orNull(d.role),
  email: orNull(d.email),
  phone: orNull(d.phone),
  profileUrl: orNull(d.profileUrl),
});

function ContactFields({ draft, onChange, prefix }: { draft: Draft; onChange: (d: Draft) => void; prefix: string }) {
  const field = (k: keyof Draft, label: string, type = 'text') => (
    <label>
      {prefix}
      {label}
      <input type={type} value={draft[k]} onChange={(e) => onChange({ ...draft, [k]: e.target.value })} required={k === 'name'} />
    </label>
  );
  return (
    <>
      {field('name', 'Name')}
      {field('role', 'Role')}
      {field('email', 'E-mail', 'email')}
      {field('phone', 'Phone', 'tel')}
      {field('profileUrl', 'Profile link', 'url')}
    </>
  );
}

export function ContactsSection({ applicationId, contacts }: { applicationId: number; contacts: Contact[] }) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [editing, setEditing] = useState<{ id: number; draft: Draft } | null>(null);
  const { error, attempt } = useAttempt();

  async function add(e: SubmitEvent) {
    e.preventDefault();
    if (await attempt(() => call('contacts.add', { applicationId, ...toInput(draft) }))) setDraft(EMPTY);
  }
  async function saveEdit(e: SubmitEvent) {
    e.preventDefault();
    if (editing && (await attempt(() => call('contacts.update', { id: editing.id, patch: toInput(editing.draft) }))))
      setEditing(null);
  }

  return (
    <section aria-labelledby="detail-contacts" className="detail-section">
      <h3 id="detail-contacts">Contacts</h3>
      {contacts.length === 0 && <p className="muted">No contacts yet.</p>}
      <ul className="detail-list">
        {contacts.map((c) =>
          editing?.id === c.id ? (
            <li key={c.id}>
              <form onSubmit={(e) => void saveEdit(e)} className="detail-grid-form" aria-label={`Edit contact ${c.name}`}>
                <ContactFields draft={editing.draft} onChange={(d) => setEditing({ id: c.id, draft: d })} prefix="Contact " />
                <FormActions submit="Save contact" onCancel={() => setEditing(null)} />
              </form>
            </li>
          ) : (
            <li key={c.id} className="detail-contact">
              <strong>{c.name}</strong>
              {c.role && <span> · {c.role}</span>}
              {c.email && (
                <>
                  {' · '}
                  <a href={`mailto:${c.email}`}>{c.email}</a>
                </>
              )}
              {c.phone && <span> · {c.phone}</span>}
              {c.profileUrl && (
                <>
                  {' · '}
                  <a href={c.profileUrl} target="_blank" rel="noreferrer noopener">
                    Profile
                  </a>
                </>
              )}{' '}
              <button
                type="button"
                aria-label={`Edit contact ${c.name}`}
                onClick={() =>
                  setEditing({
                    id: c.id,
                    draft: {
                      name: c.name,
                      role: c.role ?? '',
                      email: c.email ?? '',
                      phone: c.phone ?? '',
                      profileUrl: c.profileUrl ?? '',
                    },
                  })
                }
              >
                Edit
              </button>
              <button
                type="button"
                aria-label={`Delete contact ${c.name}`}
                onClick={() => void attempt(() => call('contacts.delete', { id: c.id }))}
              >
                Delete
              </button>
            </li>
          ),
        )}
      </ul>
      <form onSubmit={(e) => void add(e)} className="detail-grid-form" aria-label="Add a contact">
        <ContactFields draft={draft} onChange={setDraft} prefix="" />
        <FormActions submit="Add contact" />
      </form>
      <FormError message={error} />
    </section>
  );
}
