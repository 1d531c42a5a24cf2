/**
 * Suggested names for named revisions. The names go into the map file, which co-editors in
 * other locales read too, so the date is written one way ("12 Mar 2026"), not per locale.
 */

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** A revision's name may be at most this long (the Revision schema's limit). */
export const MAX_REVISION_NAME = 300;

/** The local calendar day, e.g. "12 Mar 2026". */
export function dayText(now: Date): string {
  return DAY.format(now);
}

function fit(name: string): string {
  return name.length <= MAX_REVISION_NAME ? name : `${name.slice(0, MAX_REVISION_NAME - 1)}…`;
}

/** What Mark Revision… suggests: "Revision 12 Mar 2026". */
export function markRevisionName(now: Date): string {
  return `Revision ${dayText(now)}`;
}

/**
 * What an export recorded as a revision is called: "<credential> sent for review, 12 Mar
 * 2026" for one credential's specification, "Sent for review 12 Mar 2026" otherwise.
 */
export function exportRevisionName(now: Date, credentialTitle?: string): string {
  const title = credentialTitle?.trim();
  return fit(title ? `${title} sent for review, ${dayText(now)}` : `Sent for review ${dayText(now)}`);
}

/** The revision an approval pins: "Approved by University Curriculum Committee, 12 Mar 2026". */
export function approvalRevisionName(body: string, now: Date): string {
  const who = body.trim();
  return fit(who ? `Approved by ${who}, ${dayText(now)}` : `Approved ${dayText(now)}`);
}

/** Checks a typed name; returns the trimmed name or a message saying what is wrong. */
export function checkRevisionName(name: string): { ok: true; name: string } | { ok: false; message: string } {
  const trimmed = name.trim();
  if (!trimmed) return { ok: false, message: 'Give the revision a name, e.g. “Sent to faculty review”.' };
  if (trimmed.length > MAX_REVISION_NAME) return { ok: false, message: `A revision name can be at most ${MAX_REVISION_NAME} characters.` };
  return { ok: true, name: trimmed };
}
