import { TextRun, XmlAttributeComponent, XmlComponent, type IRunOptions, type ParagraphChild } from 'docx';

class FieldCharAttributes extends XmlAttributeComponent<{ type: string }> {
  protected override readonly xmlKeys = { type: 'w:fldCharType' };
}

class FieldChar extends XmlComponent {
  constructor(type: 'begin' | 'separate' | 'end') {
    super('w:fldChar');
    this.root.push(new FieldCharAttributes({ type }));
  }
}

class SpaceAttributes extends XmlAttributeComponent<{ space: string }> {
  protected override readonly xmlKeys = { space: 'xml:space' };
}

class InstructionText extends XmlComponent {
  constructor(text: string) {
    super('w:instrText');
    this.root.push(new SpaceAttributes({ space: 'preserve' }), text);
  }
}

/**
 * A hyperlink as a HYPERLINK field (begin, instruction, separate, the visible runs, end).
 * Not an external relationship: docx gives those random ids, and an export must give the
 * same bytes for the same map. Word, LibreOffice and pandoc all read the field as a link.
 */
export function linkRuns(url: string, run: IRunOptions): ParagraphChild[] {
  const quoted = url.replace(/["\\]/g, (c) => `\\${c}`);
  return [
    new TextRun({ children: [new FieldChar('begin'), new InstructionText(` HYPERLINK "${quoted}" `), new FieldChar('separate')] }),
    new TextRun(run),
    new TextRun({ children: [new FieldChar('end')] }),
  ];
}
