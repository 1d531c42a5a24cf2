/** 16-pixel stroke icons of the advisor marks (inline SVG, like the canvas's kind icons). */
const PATHS = {
  // A speech bubble: someone asked or suggested something here.
  comment: 'M2.5 3h11a.5.5 0 0 1 .5.5v7a.5.5 0 0 1-.5.5H8l-3.5 2.5V11h-2a.5.5 0 0 1-.5-.5v-7a.5.5 0 0 1 .5-.5z',
  // A seal with a tick: an advisor vouches for it.
  endorsed: 'M8 1.8l1.6 1.2 2-.1.6 1.9 1.6 1.2-.6 1.9.6 1.9-1.6 1.2-.6 1.9-2-.1L8 14.2l-1.6-1.2-2 .1-.6-1.9-1.6-1.2.6-1.9-.6-1.9 1.6-1.2.6-1.9 2 .1zM5.6 8.1l1.7 1.7 3.1-3.3',
} as const;

export function MarkIcon({ mark }: { mark: keyof typeof PATHS }) {
  return (
    <svg className="adv-mark__icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      <path d={PATHS[mark]} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
