/** Small stroke icons for the toolbar (inline SVG: no remote content). */
const PATHS = {
  undo: 'M5.5 4 2.5 7l3 3M2.5 7h7a4 4 0 0 1 0 8H7',
  redo: 'M10.5 4l3 3-3 3M13.5 7h-7a4 4 0 0 0 0 8H9',
  tidy: 'M2 2.5h3.5v3H2zM2 10.5h3.5v3H2zM10.5 6.5H14v3h-3.5zM5.5 4h2.5v8H5.5M8 8h2.5',
  fit: 'M2 5.5V2h3.5M10.5 2H14v3.5M14 10.5V14h-3.5M5.5 14H2v-3.5',
  search: 'M7 12A5 5 0 1 0 7 2a5 5 0 0 0 0 10zM10.7 10.7 14 14',
  focus: 'M8 10.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM8 1.5v2M8 12.5v2M1.5 8h2M12.5 8h2',
  palette: 'M2.5 4h11M2.5 8h11M2.5 12h7',
  import: 'M8 2v8M5 7l3 3 3-3M2.5 11v2.5h11V11',
  export: 'M8 10V2M5 5l3-3 3 3M2.5 11v2.5h11V11',
  rows: 'M2.5 3h11v10h-11zM2.5 6.5h11M2.5 9.75h11M6.5 6.5V13',
  suggest: 'M1.5 2.5h4v3h-4zM10.5 10.5h4v3h-4zM5.5 5.5l1.2 1.2M7.4 7.4l1.2 1.2M9.3 9.3l1.2 1.2',
} as const;

export type ToolIconName = keyof typeof PATHS;

export function ToolIcon({ name }: { name: ToolIconName }) {
  return (
    <svg className="tool-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
