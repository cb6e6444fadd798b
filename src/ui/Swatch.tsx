/**
 * A dot of a domain's colour. Drawn with an SVG fill rather than a style attribute, so that it
 * also shows in the prerendered page under a Content-Security-Policy without 'unsafe-inline'.
 * Decoration only: the domain is always named beside it.
 */
export function Swatch({ color }: { color: string | undefined }) {
  return (
    <svg className="swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
      <circle cx="5" cy="5" r="5" fill={color ?? 'currentColor'} />
    </svg>
  );
}
