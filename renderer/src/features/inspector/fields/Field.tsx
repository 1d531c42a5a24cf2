import { useRecordBinding } from '../hooks/recordBinding';
import { CheckboxesField } from './CheckboxesField';
import { CreditsField } from './CreditsField';
import { ListField } from './ListField';
import { NumberField } from './NumberField';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

/** The input a field's descriptor calls for, bound to the record of the enclosing form. */
export function Field({ path }: { path: string }) {
  const { table } = useRecordBinding();
  const spec = table[path];
  if (!spec) throw new Error(`no field descriptor for "${path}"`);
  const input = spec.input;
  switch (input.type) {
    case 'text':
      return <TextField path={path} spec={{ ...spec, input }} />;
    case 'number':
      return <NumberField path={path} spec={{ ...spec, input }} />;
    case 'select':
      return <SelectField path={path} spec={{ ...spec, input }} />;
    case 'checkboxes':
      return <CheckboxesField path={path} spec={{ ...spec, input }} />;
    case 'credits':
      return <CreditsField path={path} spec={spec} />;
    case 'list':
      return <ListField path={path} spec={{ ...spec, input }} />;
  }
}
