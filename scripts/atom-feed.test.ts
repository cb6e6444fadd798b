// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { diffDatasets } from '../src/data/release-diff';
import { fixtureDataset } from '../src/testing/test-fixture';
import { domainFeeds, domainHistory } from '../src/data/release-feeds';
import { atomFeed, domainChannel, historyOf, xmlEscape } from './atom-feed';

const ATOM = 'http://www.w3.org/2005/Atom';
const parse = (xml: string) => new DOMParser().parseFromString(xml, 'application/xml');

describe('xmlEscape', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<script>', '&lt;script&gt;'],
    [`"q" 'a'`, '&quot;q&quot; &apos;a&apos;'],
    ['bell\u0007', 'bell'],
    ['日本語', '日本語'],
  ])('%s', (text, expected) => {
    expect(xmlEscape(text)).toBe(expected);
  });
});

describe('the Atom feed', () => {
  it('of the kept releases parses as XML, one entry per release folder', () => {
    const doc = parse(atomFeed(historyOf(resolve('public/data'))));
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.namespaceURI).toBe(ATOM);
    const folders = readdirSync(resolve('public/data/releases'), { withFileTypes: true }).filter(
      (entry) => entry.isDirectory(),
    );
    const entries = [...doc.getElementsByTagNameNS(ATOM, 'entry')];
    expect(entries).toHaveLength(folders.length);
    expect(
      entries.map((entry) => entry.getElementsByTagNameNS(ATOM, 'title')[0]?.textContent),
    ).toEqual(['Release 2.0.0 of the dataset', 'Release 1.1.0 of the dataset']);
    expect(entries[0]!.getElementsByTagNameNS(ATOM, 'summary')[0]?.textContent).toMatch(
      /^Against release 1\.1\.0: \d+ added/,
    );
  });

  it('keeps markup in titles as text', () => {
    const changes = diffDatasets(null, fixtureDataset);
    changes[0]!.title.en = '<b>Chips & “AI”</b>';
    const xml = atomFeed([
      { version: '1.0.1', date: '2026-12-01', previous: '1.0.0', changes: changes.slice(0, 1) },
    ]);
    const doc = parse(xml);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.getElementsByTagNameNS(ATOM, 'b')).toHaveLength(0);
    expect(doc.getElementsByTagNameNS(ATOM, 'summary')[0]?.textContent).toContain(
      '<b>Chips & “AI”</b>',
    );
  });
});

describe('the feed of one domain', () => {
  const history = historyOf(resolve('public/data'));
  const feeds = domainFeeds(history);

  it('exists for every domain of the latest release', () => {
    const latest = JSON.parse(readFileSync(resolve('public/data/partnership.json'), 'utf8'));
    const ids = feeds.map((feed) => feed.id);
    for (const domain of latest.domains) expect(ids).toContain(domain.id);
  });

  it.each(feeds.map((feed) => [feed.id, feed] as const))(
    '%s parses as Atom and lists only changes touching that domain',
    (id, feed) => {
      const doc = parse(atomFeed(domainHistory(history, id), domainChannel(feed)));
      expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
      expect(doc.documentElement.namespaceURI).toBe(ATOM);
      const self = [...doc.getElementsByTagNameNS(ATOM, 'link')].find(
        (link) => link.getAttribute('rel') === 'self',
      );
      expect(self?.getAttribute('href')).toBe(`feed-${id}.xml`);
      const entries = [...doc.getElementsByTagNameNS(ATOM, 'entry')];
      expect(entries.length).toBeGreaterThan(0);
      let listedInFeed = 0;
      for (const entry of entries) {
        const version = entry.getElementsByTagNameNS(ATOM, 'id')[0]!.textContent!.split(':').at(-1);
        const release = history.find((r) => r.version === version)!;
        const summary = entry.getElementsByTagNameNS(ATOM, 'summary')[0]!.textContent!;
        // Each listed record is named with its id in brackets at the end of its line.
        const listed = [...summary.matchAll(/\(([a-z0-9-]+)\)(?:: .*)?\.$/gm)].map((m) => m[1]);
        listedInFeed += listed.length;
        for (const recordId of listed) {
          const touching = release.changes.filter((change) => change.id === recordId);
          expect(touching.some((change) => change.domains.includes(id))).toBe(true);
        }
        const link = [...entry.getElementsByTagNameNS(ATOM, 'link')].find(
          (l) => l.getAttribute('rel') === 'alternate',
        );
        expect(link?.getAttribute('href')).toBe(`./?domains=${id}&view=changes&v=${version}`);
      }
      // The check above ran on records: a summary that lists none would pass it unread.
      expect(listedInFeed).toBeGreaterThan(0);
    },
  );
});
