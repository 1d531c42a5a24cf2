import { demandSentence, employersPhrase } from '../../../../../shared/evidence/sentence';
import { dateStyleFor } from '../../../../../shared/export/locale';
import type { McredDocument, Skill } from '../../../../../shared/model';
import { useDoc } from '../../../store';

const selectCountry = (d: McredDocument) => d.settings.country;

/**
 * Above the demand fields: the evidence as the Word specification cites it — "Named in 84
 * of 212 postings (Jan–Dec 2025, Northfield metro); top employers: …". Nothing when no
 * count is recorded.
 */
export function DemandSummary({ skill }: { skill: Skill }) {
  const country = useDoc(selectCountry);
  const sentence = demandSentence(skill.demand, dateStyleFor(country));
  if (!sentence) return null;
  const employers = employersPhrase(skill.demand?.employers);
  return (
    <div className="insp-derived" aria-label="Evidence of demand in brief" data-testid="demand-summary">
      <p>{employers ? `${sentence}; top employers: ${employers}.` : `${sentence}.`}</p>
    </div>
  );
}
