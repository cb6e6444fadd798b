import type { TextPart } from '../i18n/text-parts';

/** Interface text whose quoted pieces are isolated and marked as of unknown language. */
export function TextParts({ parts }: { parts: readonly TextPart[] }) {
  return parts.map((part, index) =>
    typeof part === 'string' ? (
      part
    ) : (
      <bdi key={index} lang="">
        {part.verbatim}
      </bdi>
    ),
  );
}
