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

/**
 * A meeting's name that tells it from any other, for running text and titles: "Council 3 (Tokyo
 * 2025)", never only "Tokyo 2025", which a summit held there the same year shares.
 */
export function meetingLabel(meeting: Meeting, lang: Language): string {
  const [what, place] = meetingLabelParts(meeting, lang);
  return lang === 'ja' ? `${what}（${place}）` : `${what} (${place})`;
}

/**
 * A meeting's name under a chart's bar, a line each. Where each bar has little room (a phone),
 * three very short lines: what, which one, the year ("第2回 / 閣僚級 / 2024年", "Council / 2 / 2024").
 */
export function meetingTickLines(meeting: Meeting, lang: Language, compact: boolean): string[] {
  if (!compact) return meetingLabelParts(meeting, lang);
  const council = meeting.kind === 'council';
  return lang === 'ja'
    ? [`第${meeting.number}回`, council ? '閣僚級' : '首脳', `${meeting.year}年`]
    : [council ? 'Council' : 'Summit', String(meeting.number), String(meeting.year)];
}

/**
 * The short name in pieces between which a line may break, for narrow table headers: Japanese has
 * no spaces to break at, and a break inside "閣僚級会合" or "2024年" reads badly.
 */
export function shortMeetingLabelPieces(meeting: Meeting, lang: Language): string[] {
  const [what, place] = meetingLabelParts(meeting, lang);
  if (lang === 'ja') {
    const [, number = '', kind = what] = /^(第\d+回)(.*)$/u.exec(what) ?? [];
    return [number, kind, `（${place}）`].filter(Boolean);
  }
  return [`${what}, `, place];
}

/** A short name for a meeting where space is tight (table headers, chart axes): "Council 2, Brussels 2024". */
export function shortMeetingLabel(meeting: Meeting, lang: Language): string {
  return shortMeetingLabelPieces(meeting, lang).join('');
}
