/** Small line icons for glyphs system fonts lack (copy, trash); decorative, the button carries the label. */
const paths = {
  copy: 'M5 5V2.5h8.5V11H11M2.5 5h8.5v8.5H2.5z',
  trash: 'M2.5 4h11M6 4V2.5h4V4M4 4l.7 9.5h6.6L12 4',
} as const;

export function Icon({ name }: { readonly name: keyof typeof paths }) {
  return (
    <svg className="icon-svg" width="13" height="13" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={paths[name]} fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
    </svg>
  );
}
