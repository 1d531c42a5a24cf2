import { memo, useCallback, useMemo, useState } from 'react';
import { SEVERITIES, type Finding, type Severity } from '../../../../shared/analysis';
import { useDocumentStore, useSessionStore } from '../../store';
import { FindingRow } from './FindingRow';
import { buildSections, type CredentialSection, type FindingGroup } from './grouping';
import { CountsLine, SeverityIcon } from './SeverityIcon';
import { useReadiness } from './useReadiness';
import './readiness.css';

const FILTER_LABEL: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Notes' };

/**
 * The readiness panel: the map's findings by credential and profile, with counts and a
 * readiness score, live while the user edits. Clicking a finding selects its target and
 * brings it into view. Collapsible; mount it beside or below the canvas.
 */
export function ReadinessPanel({ defaultOpen = true }: { defaultOpen?: boolean }) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <aside className={`rd-panel${open ? '' : ' rd-panel--closed'}`} aria-label="Readiness" data-testid="readiness-panel" data-pane="readiness">
      <button type="button" className="rd-panel__toggle" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> Readiness
      </button>
      {open && <ReadinessBody />}
    </aside>
  );
}

function ReadinessBody() {
  const result = useReadiness();
  const session = useSessionStore();
  const store = useDocumentStore();
  const [shown, setShown] = useState<ReadonlySet<Severity>>(() => new Set(SEVERITIES));
  const sections = useMemo(() => buildSections(result, shown), [result, shown]);
  const toggle = useCallback((s: Severity) => {
    setShown((prev) => {
      const next = new Set(prev);
      if (next.has(s)) next.delete(s);
      else next.add(s);
      return next;
    });
  }, []);
  const open = useCallback(
    (f: Finding) => {
      const doc = store.getState().doc;
      if (doc.entities[f.target]) session.focusOn(f.target);
      else if (doc.links[f.target]) session.select([f.target]);
      else session.select([]);
    },
    [session, store],
  );
  return (
    <div className="rd-body">
      <div className="rd-summary">
        <ScoreBadge score={result.score} label="Overall readiness" />
        <CountsLine {...result.counts} />
      </div>
      <div className="rd-filters" role="group" aria-label="Show severities">
        {SEVERITIES.map((s) => (
          <button key={s} type="button" className="rd-filter" aria-pressed={shown.has(s)} onClick={() => toggle(s)}>
            <SeverityIcon severity={s} decorative /> {FILTER_LABEL[s]} <span className="rd-filter__n">{result.counts[s]}</span>
          </button>
        ))}
      </div>
      <div className="rd-sections">
        {sections.map((s) => (
          <SectionView key={s.key} section={s} onOpen={open} />
        ))}
      </div>
    </div>
  );
}

const ScoreBadge = memo(function ScoreBadge({ score, label }: { score: number | null; label: string }) {
  if (score === null) {
    const text = `${label}: nothing to check yet — add a micro-credential`;
    return (
      <span className="rd-score rd-score--none" role="img" title={text} aria-label={text}>
        —
      </span>
    );
  }
  const tone = score >= 90 ? 'good' : score >= 60 ? 'fair' : 'poor';
  return (
    <span className={`rd-score rd-score--${tone}`} role="img" title={`${label}: ${score} of 100`} aria-label={`${label}: ${score} of 100`}>
      {score}
    </span>
  );
});

const SectionView = memo(function SectionView({ section, onOpen }: { section: CredentialSection; onOpen: (f: Finding) => void }) {
  const [open, setOpen] = useState(true);
  const empty = section.groups.length === 0;
  return (
    <section className="rd-section" aria-label={section.title}>
      <h3 className="rd-section__head">
        <button type="button" className="rd-section__toggle" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          <span className="rd-section__title" title={section.title}>
            {section.title}
          </span>
          {section.score !== undefined && <ScoreBadge score={section.score} label={`Readiness of ${section.title}`} />}
          <CountsLine {...section.counts} />
        </button>
      </h3>
      {open && empty && <p className="rd-empty">{section.ready ? 'Ready: nothing to show.' : 'Nothing to show with these filters.'}</p>}
      {open && section.groups.map((g) => <GroupView key={g.group} group={g} onOpen={onOpen} />)}
    </section>
  );
});

/** Findings listed at first per group; big maps can have thousands, the rest come on request. */
const FIRST = 50;

const GroupView = memo(function GroupView({ group, onOpen }: { group: FindingGroup; onOpen: (f: Finding) => void }) {
  const [limit, setLimit] = useState(FIRST);
  const shown = group.findings.length > limit ? group.findings.slice(0, limit) : group.findings;
  const rest = group.findings.length - shown.length;
  return (
    <div className="rd-group">
      <h4 className="rd-group__name" title={group.citation}>
        {group.name}
      </h4>
      <ul className="rd-findings">
        {shown.map((f, i) => (
          <FindingRow key={`${f.rule}|${f.target}|${f.field ?? ''}|${i}`} finding={f} onOpen={onOpen} />
        ))}
      </ul>
      {rest > 0 && (
        <button type="button" className="rd-more" onClick={() => setLimit((l) => l + 200)}>
          Show {Math.min(rest, 200)} more of {rest}
        </button>
      )}
    </div>
  );
});
