import { memo } from 'react';
import type { Finding } from '../../../../shared/analysis';
import { SeverityIcon } from './SeverityIcon';

/** One finding: severity, message and fix; activating it goes to its target. */
export const FindingRow = memo(function FindingRow({ finding, onOpen }: { finding: Finding; onOpen: (f: Finding) => void }) {
  return (
    <li className={`rd-finding rd-finding--${finding.severity}`}>
      <button type="button" className="rd-finding__button" onClick={() => onOpen(finding)} data-rule={finding.rule} data-target={finding.target}>
        <SeverityIcon severity={finding.severity} />
        <span className="rd-finding__text">
          <span className="rd-finding__message">{finding.message}</span>
          {finding.fix && <span className="rd-finding__fix">{finding.fix}</span>}
        </span>
      </button>
    </li>
  );
});
