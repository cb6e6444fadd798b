import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../testing/test-fixture';
import {
  meetingLabel,
  meetingLabelParts,
  meetingPlace,
  meetingTickLines,
  shortMeetingLabel,
  shortMeetingLabelPieces,
} from './localized';

const dpc2 = fixtureDataset.meetings.find((meeting) => meeting.id === 'dpc2')!;
const summit = { ...dpc2, kind: 'summit' as const, number: 28 };

describe('meeting labels', () => {
  it.each([
    [
      dpc2,
      'en',
      'Brussels 2024',
      ['Council 2', 'Brussels 2024'],
      'Council 2, Brussels 2024',
      'Council 2 (Brussels 2024)',
    ],
    [
      dpc2,
      'ja',
      'ブリュッセル 2024年',
      ['第2回閣僚級会合', 'ブリュッセル 2024年'],
      '第2回閣僚級会合（ブリュッセル 2024年）',
      '第2回閣僚級会合（ブリュッセル 2024年）',
    ],
    [
      summit,
      'en',
      'Brussels 2024',
      ['Summit 28', 'Brussels 2024'],
      'Summit 28, Brussels 2024',
      'Summit 28 (Brussels 2024)',
    ],
    [
      summit,
      'ja',
      'ブリュッセル 2024年',
      ['第28回首脳協議', 'ブリュッセル 2024年'],
      '第28回首脳協議（ブリュッセル 2024年）',
      '第28回首脳協議（ブリュッセル 2024年）',
    ],
  ] as const)('%#: in %s', (meeting, lang, place, parts, short, label) => {
    expect(meetingPlace(meeting, lang)).toBe(place);
    expect(meetingLabelParts(meeting, lang)).toEqual(parts);
    expect(shortMeetingLabel(meeting, lang)).toBe(short);
    expect(meetingLabel(meeting, lang)).toBe(label);
  });

  it.each([
    [dpc2, 'en', ['Council 2, ', 'Brussels 2024']],
    [dpc2, 'ja', ['第2回', '閣僚級会合', '（ブリュッセル 2024年）']],
    [summit, 'ja', ['第28回', '首脳協議', '（ブリュッセル 2024年）']],
  ] as const)(
    '%#: breaks the short name in %s only between its pieces',
    (meeting, lang, pieces) => {
      expect(shortMeetingLabelPieces(meeting, lang)).toEqual(pieces);
    },
  );

  it.each([
    [dpc2, 'en', false, ['Council 2', 'Brussels 2024']],
    [dpc2, 'en', true, ['Council', '2', '2024']],
    [dpc2, 'ja', false, ['第2回閣僚級会合', 'ブリュッセル 2024年']],
    [dpc2, 'ja', true, ['第2回', '閣僚級', '2024年']],
    [summit, 'ja', true, ['第28回', '首脳', '2024年']],
  ] as const)('%#: names a bar in %s, compact: %s', (meeting, lang, compact, lines) => {
    expect(meetingTickLines(meeting, lang, compact)).toEqual(lines);
  });
});
