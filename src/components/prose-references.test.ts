import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../testing/property-runs';
import { proseReferences, type ProsePart } from './prose-references';

const known = new Set([
  'dpc2-semiconductor-expert-team',
  'dpc3-q-neko-project',
  'dpc1-memo',
  'chips',
  'constructor',
]);

/** Parts written compactly: {id} for each commitment referred to. */
function written(parts: readonly ProsePart[]): string {
  return parts.map((part) => ('text' in part ? part.text : `{${part.commitment}}`)).join('');
}

describe('proseReferences', () => {
  it.each<[string, string, string]>([
    ['no id', 'Signed on 3 July.', 'Signed on 3 July.'],
    [
      'in parentheses after "see"',
      'implementing the memorandum (see dpc2-semiconductor-expert-team).',
      'implementing the memorandum (see {dpc2-semiconductor-expert-team}).',
    ],
    [
      'in parentheses without "see"',
      'selected under this call (dpc3-q-neko-project).',
      'selected under this call ({dpc3-q-neko-project}).',
    ],
    [
      'several in one text',
      'See dpc1-memo and dpc3-q-neko-project; also (dpc1-memo).',
      'See {dpc1-memo} and {dpc3-q-neko-project}; also ({dpc1-memo}).',
    ],
    [
      'an id-like run that is no known commitment stays as written',
      'recorded separately (see summit-2099-unknown-item), with dpc2-semiconductor.',
      'recorded separately (see summit-2099-unknown-item), with dpc2-semiconductor.',
    ],
    ['an id at the start', 'dpc1-memo led to the team.', '{dpc1-memo} led to the team.'],
    ['an id at the end', 'It led to dpc1-memo', 'It led to {dpc1-memo}'],
    ['the whole text', 'dpc1-memo', '{dpc1-memo}'],
    [
      'punctuation right after',
      'dpc1-memo, dpc1-memo; dpc1-memo.',
      '{dpc1-memo}, {dpc1-memo}; {dpc1-memo}.',
    ],
    [
      'a known id within a longer run',
      'x-dpc1-memo and dpc1-memo-2',
      'x-dpc1-memo and dpc1-memo-2',
    ],
    ['letters of another case are not the id', 'DPC1-memo', 'DPC1-memo'],
    ['an id of one word is a word', 'chips and constructor', 'chips and constructor'],
    ['set against Japanese text', '項目dpc1-memoを参照', '項目{dpc1-memo}を参照'],
    ['an empty text', '', ''],
  ])('%s', (_name, text, expected) => {
    expect(written(proseReferences(text, known))).toBe(expected);
  });

  it('takes a map of commitments as well as a set of ids', () => {
    expect(proseReferences('(see dpc1-memo)', new Map([['dpc1-memo', {}]]))).toEqual([
      { text: '(see ' },
      { commitment: 'dpc1-memo' },
      { text: ')' },
    ]);
  });

  it('keeps every character of the text, in order', () => {
    const pieces = fc.constantFrom('dpc1-memo', 'chips', '-', ' ', '(see ', ')', '.', 'x', '日');
    fc.assert(
      fc.property(
        fc.array(pieces).map((list) => list.join('')),
        (text) => {
          expect(written(proseReferences(text, known)).replace(/[{}]/g, '')).toBe(text);
        },
      ),
      propertyRuns(200),
    );
  });
});
