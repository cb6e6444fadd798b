import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../../testing/test-fixture';
import {
  commitmentBibtex,
  commitmentBibtexKey,
  commitmentCitation,
  type CommitmentCitationInput,
} from './commitment-citation';

const commitment = fixtureDataset.commitments.find((c) => c.id === 'chip-memorandum')!;
const input = (changes: Partial<CommitmentCitationInput> = {}): CommitmentCitationInput => ({
  meta: fixtureDataset.meta,
  commitment,
  meeting: 'Tokyo 2023',
  date: '2023-07-03',
  url: 'https://example.org/?item=chip-memorandum',
  accessed: '2026-02-01',
  lang: 'en',
  ...changes,
});

describe('commitmentCitation', () => {
  it('names the commitment, its meeting, the dataset version and the permalink', () => {
    const text = commitmentCitation(input());
    expect(text).toContain(`“${commitment.title.en}” (Tokyo 2023, 3 July 2023)`);
    expect(text).toContain('dataset v2.0.1');
    expect(text).toContain('https://example.org/?item=chip-memorandum');
    expect(text).toContain('Licence: CC-BY-4.0');
  });

  it('is written in Japanese on the Japanese page', () => {
    const text = commitmentCitation(input({ lang: 'ja', meeting: '東京2023' }));
    expect(text).toContain(`「${commitment.title.ja}」（東京2023、2023年7月3日）`);
    expect(text).toContain('バージョン2.0.1');
  });

  it('leaves the date out where there is none', () => {
    expect(commitmentCitation(input({ date: undefined }))).toContain('(Tokyo 2023)');
  });
});

describe('commitmentBibtex', () => {
  it('is a @misc entry keyed by the dataset version and the commitment', () => {
    const entry = commitmentBibtex(input());
    expect(entry.startsWith('@misc{eujapandp-v2-0-1-chip-memorandum,\n')).toBe(true);
    expect(entry).toContain('  version = {2.0.1}');
    expect(entry).toContain('  howpublished = {\\url{https://example.org/?item=chip-memorandum}}');
    expect(entry).toContain('  year = {2023}');
    expect(entry).toContain('  urldate = {2026-02-01}');
    expect(entry.endsWith('\n}')).toBe(true);
  });

  it('escapes what LaTeX would read as commands', () => {
    const entry = commitmentBibtex(
      input({ commitment: { ...commitment, title: { en: 'R&D 100% {x}', ja: '' } } }),
    );
    expect(entry).toContain('title = {{R\\&D 100\\% \\textbraceleft{}x\\textbraceright{}}}');
  });

  it.each([
    ['2.0.1', 'a-b', 'eujapandp-v2-0-1-a-b'],
    ['2.0.0-rc 1', 'x/y', 'eujapandp-v2-0-0-rc-1-x-y'],
  ])('keys version %s and id %s as %s', (version, id, key) => {
    expect(commitmentBibtexKey({ ...fixtureDataset.meta, version }, id)).toBe(key);
  });
});
