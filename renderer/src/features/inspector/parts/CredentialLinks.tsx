import { useCallback } from 'react';
import type { McredDocument } from '../../../../../shared/model';
import { useDerived } from '../hooks/useDerived';
import { credentialAssessments, credentialOutcomes, requiredCredentials, requiringCredentials, stacksInto } from '../model/linked';
import { LinkedList } from './LinkedList';

/** Annex I "learning outcomes": the outcomes linked part-of, in their numbered order. */
export function CredentialOutcomes({ id }: { id: string }) {
  const items = useDerived(useCallback((d: McredDocument) => credentialOutcomes(d, id), [id]));
  return <LinkedList title="Learning outcomes" items={items} numbered empty="No outcomes are linked yet: link outcomes to this credential on the map." />;
}

/** The assessments that evidence the credential's outcomes. */
export function CredentialAssessments({ id }: { id: string }) {
  const items = useDerived(useCallback((d: McredDocument) => credentialAssessments(d, id), [id]));
  return <LinkedList title="Linked assessments" items={items} empty="No assessment evidences this credential's outcomes yet." />;
}

/** Credentials to complete first (requires links), and those that build on this one. */
export function CredentialRequires({ id }: { id: string }) {
  const required = useDerived(useCallback((d: McredDocument) => requiredCredentials(d, id), [id]));
  const requiring = useDerived(useCallback((d: McredDocument) => requiringCredentials(d, id), [id]));
  return (
    <>
      <LinkedList title="Requires" items={required} empty="No prerequisite credentials." />
      {requiring.length ? <LinkedList title="Required by" items={requiring} empty="" /> : null}
    </>
  );
}

/** Programs the credential stacks into, with the credits each recognises. */
export function CredentialStacks({ id }: { id: string }) {
  const items = useDerived(useCallback((d: McredDocument) => stacksInto(d, id), [id]));
  return <LinkedList title="Stacks into" items={items} empty="Does not stack into a program yet." />;
}
