import type { ReactNode } from 'react';
import { Field } from '../fields/Field';
import type { LayoutItem, SectionLayout, Slot } from '../model/layouts';
import { Section } from '../parts/Section';

interface LayoutSectionsProps<P extends string> {
  layout: readonly SectionLayout<P>[];
  /** What fills a slot of this form; a slot left out shows nothing. */
  slots?: Partial<Record<Slot, ReactNode>>;
  /** Fields drawn by a special component rather than from their descriptor alone. */
  custom?: Partial<Record<P, ReactNode>>;
}

/** A form's sections, fields and slots, in the order its layout gives. */
export function LayoutSections<P extends string>({ layout, slots = {}, custom = {} }: LayoutSectionsProps<P>) {
  const renderItem = (item: LayoutItem<P>) => {
    if (typeof item !== 'string') return <div key={`slot-${item.slot}`}>{slots[item.slot] ?? null}</div>;
    const special: ReactNode = custom[item];
    return special !== undefined ? <div key={item}>{special}</div> : <Field key={item} path={item} />;
  };
  return (
    <>
      {layout.map((section) => (
        <Section key={section.id} id={section.id} title={section.title} note={section.note} collapsed={section.collapsed}>
          {section.items.map(renderItem)}
        </Section>
      ))}
    </>
  );
}
