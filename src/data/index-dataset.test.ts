import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../testing/test-fixture';
import { indexDataset } from './index-dataset';

describe('indexDataset', () => {
  it('finds every record by its id, and each thread its commitments', () => {
    const index = indexDataset(fixtureDataset);
    for (const meeting of fixtureDataset.meetings) {
      expect(index.meetings.get(meeting.id)).toBe(meeting);
    }
    for (const commitment of fixtureDataset.commitments) {
      expect(index.commitments.get(commitment.id)).toBe(commitment);
      expect(index.commitmentsByThread.get(commitment.thread)).toContain(commitment);
    }
    expect(index.threads.size).toBe(fixtureDataset.threads.length);
  });

  it('is safe for ids that are names of Object properties', () => {
    const [first] = fixtureDataset.domains;
    const index = indexDataset({
      ...fixtureDataset,
      domains: [
        { ...first!, id: 'constructor' },
        { ...first!, id: '__proto__' },
      ],
    });
    expect(index.domains.get('constructor')?.id).toBe('constructor');
    expect(index.domains.get('__proto__')?.id).toBe('__proto__');
    expect(index.domains.get('toString')).toBeUndefined();
  });
});
