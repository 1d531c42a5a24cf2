import { CREDIT_UNITS, type CreditUnit, type McredDocument } from '../../../../../shared/model';
import { useDoc } from '../../../store';
import { NumberField } from '../fields/NumberField';
import { useSettingsBinding } from '../hooks/useBindings';
import { RecordContext } from '../hooks/recordBinding';
import { settingsField } from '../model/fieldDescriptors';
import { SETTINGS_LAYOUT } from '../model/layouts';
import { formatNumber } from '../model/numbers';
import { CountryField } from '../parts/CountryDefaults';
import { RecordHeader } from '../parts/RecordHeader';
import { LayoutSections } from './LayoutSections';

const selectSettings = (d: McredDocument) => d.settings;
const selectId = (d: McredDocument) => d.id;

function HoursPerCredit({ unit }: { unit: CreditUnit }) {
  const spec = settingsField('hoursPerCredit');
  if (spec.input.type !== 'number') throw new Error('hoursPerCredit is a number');
  const convention = CREDIT_UNITS[unit].hoursPerCredit;
  const hint =
    convention === undefined
      ? 'This credit system has no convention: set one to turn credits into hours.'
      : `Leave empty to use the convention of ${formatNumber(convention)} h per credit.`;
  return <NumberField path="hoursPerCredit" spec={{ ...spec, hint, input: { ...spec.input, placeholder: convention === undefined ? '' : String(convention) } }} />;
}

/** The map's own settings, shown when nothing is selected: credit system and profiles (offered anew when the country changes). */
export function MapSettingsForm() {
  const settings = useDoc(selectSettings);
  const mapId = useDoc(selectId);
  const binding = useSettingsBinding(settings);
  const layout = settings.profiles.includes('house') ? SETTINGS_LAYOUT : SETTINGS_LAYOUT.filter((s) => s.id !== 'house');
  return (
    <RecordContext value={binding}>
      <RecordHeader recordId={binding.recordId} kindLabel="Map settings" tone="map" title={settings.title} />
      <form className="insp-form" aria-label="Map settings" onSubmit={(e) => e.preventDefault()}>
        <LayoutSections layout={layout} custom={{ country: <CountryField key={mapId} />, hoursPerCredit: <HoursPerCredit unit={settings.creditUnit} /> }} />
      </form>
    </RecordContext>
  );
}
