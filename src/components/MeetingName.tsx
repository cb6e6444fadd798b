import { Fragment } from 'react';
import type { Meeting } from '../data/schema';
import type { Language } from '../data/vocabulary';
import { shortMeetingLabelPieces } from '../i18n/localized';

/**
 * A meeting's short name that wraps only between its pieces in a narrow column ("第2回 /
 * 閣僚級会合 / （ブリュッセル 2024年）"); its text is exactly shortMeetingLabel's.
 */
export function MeetingName({ meeting, lang }: { meeting: Meeting; lang: Language }) {
  return (
    <span className="meeting-name">
      {shortMeetingLabelPieces(meeting, lang).map((piece, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {piece}
        </Fragment>
      ))}
    </span>
  );
}
