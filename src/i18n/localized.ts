import type { Meeting } from '../data/schema';
import type { Language } from '../data/vocabulary';

/** Where and when a meeting was held: "Brussels 2024", "ブリュッセル 2024年". */
export function meetingPlace(meeting: Meeting, lang: Language): string {
  return lang === 'ja'
    ? `${meeting.city.ja} ${meeting.year}年`
    : `${meeting.city[lang]} ${meeting.year}`;
}

/** The two parts of a meeting's short name: what it was ("Council 2") and where and when. */
export function meetingLabelParts(meeting: Meeting, lang: Language): [string, string] {
  const place = meetingPlace(meeting, lang);
  if (lang === 'ja') {
    const what = meeting.kind === 'council' ? '閣僚級会合' : '首脳協議';
    return [`第${meeting.number}回${what}`, place];
  }
  return [`${meeting.kind === 'council' ? 'Council' : 'Summit'} ${meeting.number}`, place];
}

/** A short name for a meeting where space is tight (table headers, chart axes): "Council 2, Brussels 2024". */
export function shortMeetingLabel(meeting: Meeting, lang: Language): string {
  const [what, place] = meetingLabelParts(meeting, lang);
  return lang === 'ja' ? `${what}（${place}）` : `${what}, ${place}`;
}
