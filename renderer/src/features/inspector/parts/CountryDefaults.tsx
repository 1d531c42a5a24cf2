import { useContext, useState } from 'react';
import { countryDefaultsChange, type McredDocument } from '../../../../../shared/model';
import { useDoc, useDocumentStore } from '../../../store';
import { FileControllerContext } from '../../files/FileControllerContext';
import { Field } from '../fields/Field';
import { CREDIT_UNIT_OPTIONS, PROFILE_OPTIONS } from '../model/vocabLabels';

const selectSettings = (d: McredDocument) => d.settings;
const labelOf = (options: readonly { value: string; label: string }[], value: string) => options.find((o) => o.value === value)?.label ?? value;

/**
 * The country field, and after the user changes the country an offer — never a silent
 * change — to switch the credit system and profiles to the new country's defaults. Taking
 * it is one undoable step and remembers the institution for the next New Map.
 */
export function CountryField() {
  const settings = useDoc(selectSettings);
  const store = useDocumentStore();
  const files = useContext(FileControllerContext);
  // The country the user has already answered for: the one the form opened with.
  const [answered, setAnswered] = useState(settings.country);
  const change = settings.country !== answered ? countryDefaultsChange(settings) : undefined;

  const accept = () => {
    if (!change) return;
    store.dispatch({ name: 'settings.update', payload: { changes: { creditUnit: change.creditUnit, profiles: change.profiles } } });
    setAnswered(settings.country);
    const { institution, country } = settings;
    void files?.rememberInstitution({ ...(institution ? { institution } : {}), ...(country ? { country } : {}), creditUnit: change.creditUnit, profiles: change.profiles });
  };

  return (
    <>
      <Field path="country" />
      {change && (
        <div className="insp-offer" role="status">
          <p>
            Maps in {settings.country?.trim()} usually use {labelOf(CREDIT_UNIT_OPTIONS, change.creditUnit)} and{' '}
            {change.profiles.map((p) => labelOf(PROFILE_OPTIONS, p)).join(' and ')}.
          </p>
          <span className="insp-offer-actions">
            <button type="button" className="fs-button fs-button--primary" onClick={accept}>
              Use them
            </button>
            <button type="button" className="fs-button" onClick={() => setAnswered(settings.country)}>
              Keep the current ones
            </button>
          </span>
        </div>
      )}
    </>
  );
}
