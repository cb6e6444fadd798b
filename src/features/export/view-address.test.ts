import { describe, expect, it } from 'vitest';
import { defaultView, type View } from '../../state/view';
import { viewAddress } from './view-address';

const page = 'https://example.org/tracker/';
const view = (changes: Partial<View>): View => ({ ...defaultView(), ...changes });

describe('viewAddress', () => {
  it.each([
    ['the default view', {}, page],
    ['a filtered view', { domains: ['ai'], lang: 'ja' as const }, `${page}?domains=ai&lang=ja`],
    [
      'an embedded view points to the full page',
      { domains: ['quantum'], embed: true },
      `${page}?domains=quantum`,
    ],
  ])('%s', (_name, changes, expected) => {
    expect(viewAddress(page, view(changes))).toBe(expected);
  });
});
