import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../data/test-fixture';
import { meetingLabelParts, meetingPlace, shortMeetingLabel } from './localized';

const dpc2 = fixtureDataset.meetings.find((meeting) => meeting.id === 'dpc2')!;
const summit = { ...dpc2, kind: 'summit' as const, number: 28 };

describe('meeting labels', () => {
  it.each([
    [dpc2, 'en', 'Brussels 2024', ['Council 2', 'Brussels 2024'], 'Council 2, Brussels 2024'],
    [
      dpc2,
      'ja',
      'ブリュッセル 2024年',
      ['第2回閣僚級会合', 'ブリュッセル 2024年'],
      '第2回閣僚級会合（ブリュッセル 2024年）',
    ],
    [summit, 'en', 'Brussels 2024', ['Summit 28', 'Brussels 2024'], 'Summit 28, Brussels 2024'],
    [
      summit,
      'ja',
      'ブリュッセル 2024年',
      ['第28回首脳協議', 'ブリュッセル 2024年'],
      '第28回首脳協議（ブリュッセル 2024年）',
    ],
  ] as const)('%#: in %s', (meeting, lang, place, parts, short) => {
    expect(meetingPlace(meeting, lang)).toBe(place);
    expect(meetingLabelParts(meeting, lang)).toEqual(parts);
    expect(shortMeetingLabel(meeting, lang)).toBe(short);
  });
});
