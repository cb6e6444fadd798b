import type { Localized, Meeting } from '../data/schema';
import type { Language } from '../data/vocabulary';

export function localized(text: Localized, lang: Language): string {
  return text[lang];
}

/** A short name for a meeting where space is tight (table headers, chart axes): "Council 2, Brussels 2024". */
export function shortMeetingLabel(meeting: Meeting, lang: Language): string {
  if (lang === 'ja') {
    const what =
      meeting.kind === 'council'
        ? `第${meeting.number}回閣僚級会合`
        : `第${meeting.number}回首脳協議`;
    return `${what}(${meeting.city.ja} ${meeting.year})`;
  }
  const what =
    meeting.kind === 'council' ? `Council ${meeting.number}` : `Summit ${meeting.number}`;
  return `${what}, ${meeting.city.en} ${meeting.year}`;
}
