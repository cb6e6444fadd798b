import type { Meeting } from '../../data/schema';
import type { Language } from '../../data/vocabulary';
import { shortMeetingLabel } from '../../i18n/localized';

interface ComparePickerProps {
  meetings: readonly Meeting[];
  pair: [string, string];
  lang: Language;
  onChange: (pair: [string, string]) => void;
}

export function ComparePicker({ meetings, pair, lang, onChange }: ComparePickerProps) {
  const [a, b] = pair;
  const select = (id: string, label: string, value: string, set: (value: string) => void) => (
    <div className="compare-select">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => set(event.target.value)}>
        {meetings.map((meeting) => (
          <option key={meeting.id} value={meeting.id}>
            {shortMeetingLabel(meeting, lang)}
            {meeting.status === 'planned' ? ' (planned)' : ''}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="compare-picker">
      {select('compare-a', 'Meeting A', a, (value) => onChange([value, b]))}
      <button type="button" className="secondary" onClick={() => onChange([b, a])}>
        ⇄ Swap A and B
      </button>
      {select('compare-b', 'Meeting B', b, (value) => onChange([a, value]))}
    </div>
  );
}
