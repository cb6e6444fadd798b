import { describe, expect, it } from 'vitest';
import { fixtureDataset, cloneFixture } from '../testing/test-fixture';
import { releaseHistory } from './release-diff';
import { domainFeedFile, domainFeeds, domainHistory, historyUpTo } from './release-feeds';

const newer = cloneFixture();
newer.meta.version = '2.1.0';
newer.domains.push({ ...newer.domains[0]!, id: 'new-domain', label: { en: 'New', ja: '新' } });
const history = releaseHistory([
  { version: '2.0.1', date: '2026-01-15', dataset: fixtureDataset },
  { version: '2.1.0', date: '2026-02-01', dataset: newer },
]);

describe('domainFeeds', () => {
  it('names a feed for every domain any release holds, newest first', () => {
    const feeds = domainFeeds(history);
    expect(feeds[0]).toEqual({
      id: 'new-domain',
      title: { en: 'New', ja: '新' },
      file: 'feed-new-domain.xml',
    });
    expect(feeds.map((feed) => feed.id).sort()).toEqual(
      [...fixtureDataset.domains.map((domain) => domain.id), 'new-domain'].sort(),
    );
  });

  it('writes each file name from the id', () => {
    expect(domainFeedFile('semiconductors')).toBe('feed-semiconductors.xml');
  });
});

describe('domainHistory', () => {
  it('keeps only the changes touching the domain, and only releases with some', () => {
    const only = domainHistory(history, 'new-domain');
    expect(only.map((release) => release.version)).toEqual(['2.1.0']);
    expect(only[0]!.changes.map((change) => change.id)).toEqual(['new-domain']);
    for (const domain of fixtureDataset.domains) {
      for (const release of domainHistory(history, domain.id)) {
        for (const change of release.changes) expect(change.domains).toContain(domain.id);
      }
    }
  });
});

describe('historyUpTo', () => {
  it.each([
    [null, ['2.1.0', '2.0.1'], 0],
    ['2.1.0', ['2.1.0', '2.0.1'], 0],
    ['2.0.1', ['2.0.1'], 1],
    ['9.9.9', ['2.1.0', '2.0.1'], 0],
  ])('pinned to %s shows %j and leaves out %i', (version, shown, later) => {
    const result = historyUpTo(history, version);
    expect(result.shown.map((release) => release.version)).toEqual(shown);
    expect(result.later).toBe(later);
  });
});
