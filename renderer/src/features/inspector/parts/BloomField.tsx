import { classifyOutcome } from '../../../../../shared/analysis';
import type { Outcome } from '../../../../../shared/model';
import { SelectField } from '../fields/SelectField';
import { bloomExplanation, bloomNeedsAttention, derivedLevelLabel } from '../model/bloom';
import { entityField } from '../model/fieldDescriptors';

/** The Bloom level: derived from the statement's verb unless the designer overrides it. */
export function BloomField({ outcome }: { outcome: Outcome }) {
  const c = classifyOutcome(outcome.statement);
  const spec = entityField('outcome', 'bloomOverride');
  if (spec.input.type !== 'select') throw new Error('bloomOverride is a select');
  return (
    <>
      <SelectField path="bloomOverride" spec={{ ...spec, input: spec.input }} emptyLabel={derivedLevelLabel(c)} />
      <div className={bloomNeedsAttention(c, outcome.bloomOverride) ? 'insp-derived insp-derived-warn' : 'insp-derived'} aria-label="Bloom classification">
        <p>{bloomExplanation(c, outcome.bloomOverride)}</p>
      </div>
    </>
  );
}
