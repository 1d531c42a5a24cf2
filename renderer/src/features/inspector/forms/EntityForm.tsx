import type { ReactNode } from 'react';
import { entityLabel, type Entity } from '../../../../../shared/model';
import { CommentsSection } from '../../advisor';
import { ApprovalSection } from '../../approvals';
import { useEntityBinding } from '../hooks/useBindings';
import { RecordContext } from '../hooks/recordBinding';
import { ENTITY_LAYOUTS, type SectionLayout, type Slot } from '../model/layouts';
import { ENTITY_KIND_LABELS, STATUS_OPTIONS, optionLabel } from '../model/vocabLabels';
import { BloomField } from '../parts/BloomField';
import { Connections } from '../parts/Connections';
import { Endorsements } from '../parts/Endorsements';
import { FrameworkUpdatePart } from '../parts/FrameworkUpdate';
import { CredentialAssessments, CredentialOutcomes, CredentialRequires, CredentialStacks } from '../parts/CredentialLinks';
import { ActivityTotal, WorkloadCheck } from '../parts/DerivedNotes';
import { DemandSummary } from '../parts/DemandSummary';
import { RecordHeader } from '../parts/RecordHeader';
import { SuggestedLinks } from '../../suggest';
import { LayoutSections } from './LayoutSections';

function slotsFor(entity: Entity): Partial<Record<Slot, ReactNode>> {
  const connections = <Connections id={entity.id} />;
  switch (entity.kind) {
    case 'credential':
      return {
        outcomes: <CredentialOutcomes id={entity.id} />,
        workloadCheck: <WorkloadCheck credential={entity} />,
        assessments: <CredentialAssessments id={entity.id} />,
        requires: <CredentialRequires id={entity.id} />,
        stacks: <CredentialStacks id={entity.id} />,
        endorsements: <Endorsements id={entity.id} />,
        approvals: <ApprovalSection id={entity.id} />,
      };
    case 'skill':
      return { frameworkUpdate: <FrameworkUpdatePart skill={entity} />, demandSummary: <DemandSummary skill={entity} />, endorsements: <Endorsements id={entity.id} />, connections, suggested: <SuggestedLinks kind="skill" id={entity.id} /> };
    case 'outcome':
      return { connections, suggested: <SuggestedLinks kind="outcome" id={entity.id} /> };
    case 'activity':
      return { activityTotal: <ActivityTotal activity={entity} />, connections };
    default:
      return { connections };
  }
}

function badgesFor(entity: Entity): ReactNode {
  if (entity.kind !== 'credential') return null;
  return (
    <>
      <span className={`insp-badge insp-status-${entity.status}`}>{optionLabel(STATUS_OPTIONS, entity.status)}</span>
      {entity.code ? <span className="insp-badge">{entity.code}</span> : null}
    </>
  );
}

/** The form of one entity: header, then its layout's sections bound to the record. */
export function EntityForm({ entity }: { entity: Entity }) {
  const binding = useEntityBinding(entity);
  const layout = ENTITY_LAYOUTS[entity.kind] as readonly SectionLayout<string>[];
  const custom: Record<string, ReactNode> = entity.kind === 'outcome' ? { bloomOverride: <BloomField outcome={entity} /> } : {};
  return (
    <RecordContext value={binding}>
      <RecordHeader recordId={entity.id} kindLabel={ENTITY_KIND_LABELS[entity.kind]} tone={entity.kind} title={entityLabel(entity)} badges={badgesFor(entity)} />
      <form className="insp-form" aria-label={`${ENTITY_KIND_LABELS[entity.kind]} details`} onSubmit={(e) => e.preventDefault()}>
        <LayoutSections layout={layout} slots={slotsFor(entity)} custom={custom} />
        <CommentsSection target={entity.id} />
      </form>
    </RecordContext>
  );
}
