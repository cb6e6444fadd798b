// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { diffDatasets } from '../src/data/release-diff';
import { fixtureDataset } from '../src/testing/test-fixture';
import { atomFeed, historyOf, xmlEscape } from './atom-feed';

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
