import { useState } from 'react';

/**
 * The state of a "who are you" form — the first-run strip and the advisor's inline gate —
 * and its one way of saving: a name is required, and a failed save shows its message and
 * lets the user try again.
 */
export function useIdentityForm(onSave: ((name: string, organisation: string, country: string) => Promise<void>) | undefined) {
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [country, setCountry] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);

  const save = async () => {
    if (!onSave) return;
    if (!name.trim()) return setError('Please enter your name.');
    setSaving(true);
    try {
      await onSave(name, organisation, country);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Your name could not be saved.');
      setSaving(false);
    }
  };

  return { name, setName, organisation, setOrganisation, country, setCountry, error, saving, save };
}
