import type { CommandRefusal } from '../../../../../shared/commands';

/** The zod wording the model does not already put in plain words, and how to say it. */
const PLAIN: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/^Too big: expected number to be <=?(.+)$/, (m) => `must be at most ${m[1]}`],
  [/^Too small: expected number to be >=?(.+)$/, (m) => `must be at least ${m[1]}`],
  [/^Too small: expected number to be >(.+)$/, (m) => `must be more than ${m[1]}`],
  [/^Too small: expected string to have >=1 characters?$/, () => 'must not be empty'],
  [/^Too big: expected string to have <=(\d+) characters$/, (m) => `must be at most ${m[1]} characters long`],
  [/^Too big: expected array to have <=(\d+) items$/, (m) => `must have at most ${m[1]} entries`],
  [/^Invalid input: expected int, received number$/, () => 'must be a whole number'],
  [/^Invalid input: expected \w+, received undefined$/, () => 'is required'],
  [/^Invalid input: expected number, received \w+$/, () => 'must be a number'],
  [/^Invalid option: expected one of .*$/, () => 'is not one of the choices'],
  [/^must not be empty \(leave the field out instead\)$/, () => 'must not be empty'],
  [/^"[^"]+" is required and cannot be cleared$/, () => 'is required and cannot be left empty'],
];

/** Splits "source.uri: must be an http(s) address" into the path and the message. */
export function splitRefusal(message: string): { path?: string; text: string } {
  const m = /^([A-Za-z][\w]*(?:\.[\w]+)*): (.+)$/s.exec(message);
  return m ? { path: m[1], text: m[2]! } : { text: message };
}

function plain(text: string): string {
  for (const [re, say] of PLAIN) {
    const m = re.exec(text);
    if (m) return say(m);
  }
  return text;
}

/**
 * The message to show under the field a person edited, from the refusal of their edit.
 * When the refusal is about another part of the same value (typing a skill's code before
 * its framework), it names that part: "Framework is required".
 */
export function fieldMessage(refusal: CommandRefusal, editedPath: string, labelOf: (path: string) => string | undefined): string {
  const { path, text } = splitRefusal(refusal.message);
  const said = plain(text);
  const about = path?.replace(/\.\d+$/, '');
  if (!about || about === editedPath || about === editedPath.split('.')[0]) return said.startsWith('is ') ? `This field ${said}` : capitalise(said);
  const label = labelOf(about) ?? about;
  return /^(is|must)\b/.test(said) ? `${label} ${said}` : `${label}: ${said}`;
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
