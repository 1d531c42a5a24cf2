import { useId, type FormEvent } from 'react';
import { useIdentityForm } from './useIdentityForm';
import './identity.css';

export interface IdentityPromptProps {
  /** Stores the identity (and the institution for new maps) through StudioApi; rejects with a message to show. */
  onSave(name: string, organisation: string, country: string): Promise<void>;
  onLater(): void;
}

/**
 * First run: who is editing. The name and organisation go with every change the user makes
 * (co-editors see "last edited by Mia Chen (Northfield State)"). A strip above the map
 * rather than a blocking dialog: the map can be read, and even edited, before answering.
 */
export function IdentityPrompt({ onSave, onLater }: IdentityPromptProps) {
  const { name, setName, organisation, setOrganisation, country, setCountry, error, saving, save } = useIdentityForm(onSave);
  const titleId = useId();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await save();
  };

  return (
    <form className="id-prompt" role="dialog" aria-modal="false" aria-labelledby={titleId} onSubmit={(e) => void submit(e)} data-own-keys>
      <div className="id-prompt__intro">
        <h2 id={titleId} className="id-prompt__title">
          Welcome to Micro-Credential Studio
        </h2>
        <p className="id-prompt__text">
          Your name and organisation are saved with your changes, so co-editors can see who changed what. The country sets the credit system and readiness
          checks of your new maps.
        </p>
      </div>
      <label className="id-prompt__field">
        <span>Your name</span>
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} autoComplete="name" required aria-invalid={error !== undefined} />
      </label>
      <label className="id-prompt__field">
        <span>Organisation</span>
        <input value={organisation} onChange={(e) => setOrganisation(e.target.value)} maxLength={300} autoComplete="organization" />
      </label>
      <label className="id-prompt__field">
        <span>Country</span>
        <input value={country} onChange={(e) => setCountry(e.target.value)} maxLength={200} autoComplete="country-name" placeholder="e.g. United States" />
      </label>
      <span className="id-prompt__actions">
        <button type="submit" className="fs-button fs-button--primary" disabled={saving}>
          Continue
        </button>
        <button type="button" className="fs-button" onClick={onLater}>
          Not now
        </button>
      </span>
      {error && (
        <p className="id-prompt__error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
