import type { Meeting } from '../../data/schema';
import type { Language } from '../../data/vocabulary';
import { shortMeetingLabel } from '../../i18n/localized';
import { MESSAGES } from './messages';

interface ComparePickerProps {
  meetings: readonly Meeting[];
  pair: [string, string];
  lang: Language;
  onChange: (pair: [string, string]) => void;
}

export function ComparePicker({ meetings, pair, lang, onChange }: ComparePickerProps) {
  const [a, b] = pair;
  const t = MESSAGES[lang];
  const select = (id: string, label: string, value: string, set: (value: string) => void) => (
    <div className="compare-select">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => set(event.target.value)}>
        {meetings.map((meeting) => (
          <option key={meeting.id} value={meeting.id}>
            {shortMeetingLabel(meeting, lang)}
            {meeting.status === 'planned' ? t.planned : ''}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="compare-picker">
      {select('compare-a', t.meetingA, a, (value) => onChange([value, b]))}
      <button type="button" className="secondary" onClick={() => onChange([b, a])}>
        {t.swap}
      </button>
      {select('compare-b', t.meetingB, b, (value) => onChange([a, value]))}
    </div>
  );
}
