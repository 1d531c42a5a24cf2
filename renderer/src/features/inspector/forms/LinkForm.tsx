import type { ReactNode } from 'react';
import { quoted } from '../../../../../shared/merge';
import { entityLabel, LINK_RULES, type Link, type McredDocument } from '../../../../../shared/model';
import { CommentsSection } from '../../advisor';
import { useDoc, useEntity } from '../../../store';
import { Field } from '../fields/Field';
import { NumberField } from '../fields/NumberField';
import { useLinkBinding } from '../hooks/useBindings';
import { RecordContext } from '../hooks/recordBinding';
import { useSelect } from '../hooks/useSelect';
import { linkField, LINK_FIELDS } from '../model/fieldDescriptors';
import { creditUnitShort } from '../model/units';
import { ENTITY_KIND_LABELS, LINK_KIND_LABELS } from '../model/vocabLabels';
import { RecordHeader } from '../parts/RecordHeader';
import { Section } from '../parts/Section';

const selectCreditUnit = (d: McredDocument) => d.settings.creditUnit;

function LinkEnd({ role, id }: { role: 'From' | 'To'; id: string }) {
  const entity = useEntity(id);
  const select = useSelect();
  if (!entity) return <p className="insp-empty-list">{role}: a missing item</p>;
  return (
    <div className="insp-link-end">
      <span className="insp-link-end-role">{role}</span>
      <button type="button" className="insp-linked-item insp-linked-stacked" onClick={() => select(id)} title="Select it on the map">
        <span className={`insp-kind insp-tone-${entity.kind}`}>{ENTITY_KIND_LABELS[entity.kind]}</span>
        <span className="insp-linked-label">{entityLabel(entity)}</span>
      </button>
    </div>
  );
}

/** Credits recognised, in the credit unit of the program at the link's end. */
function CreditsRecognised({ programId }: { programId: string }) {
  const program = useEntity(programId);
  const mapUnit = useDoc(selectCreditUnit);
  const unit = program?.kind === 'program' ? (program.totalCredits?.unit ?? mapUnit) : mapUnit;
  const spec = linkField('stacks-into', 'creditsRecognised');
  if (spec.input.type !== 'number') throw new Error('creditsRecognised is a number');
  return <NumberField path="creditsRecognised" spec={{ ...spec, input: spec.input }} unit={creditUnitShort(unit)} />;
}

/** A link: what it joins (each end selectable) and its own fields. */
export function LinkForm({ link }: { link: Link }) {
  const binding = useLinkBinding(link);
  const from = useEntity(link.from);
  const to = useEntity(link.to);
  const paths = Object.keys(LINK_FIELDS[link.kind]);
  const fieldOf = (path: string): ReactNode =>
    link.kind === 'stacks-into' && path === 'creditsRecognised' ? <CreditsRecognised key={path} programId={link.to} /> : <Field key={path} path={path} />;
  const title = from && to ? `${quoted(entityLabel(from))} ${LINK_RULES[link.kind].label} ${quoted(entityLabel(to))}` : LINK_KIND_LABELS[link.kind];
  return (
    <RecordContext value={binding}>
      <RecordHeader recordId={link.id} kindLabel={LINK_KIND_LABELS[link.kind]} tone="link" title={title} />
      <form className="insp-form" aria-label="Link details" onSubmit={(e) => e.preventDefault()}>
        <Section id="ends" title="Joins">
          <LinkEnd role="From" id={link.from} />
          <LinkEnd role="To" id={link.to} />
        </Section>
        <Section id="link" title="This link">
          {paths.length ? paths.map(fieldOf) : <p className="insp-empty-list">This kind of link has no fields of its own.</p>}
        </Section>
        <CommentsSection target={link.id} />
      </form>
    </RecordContext>
  );
}
