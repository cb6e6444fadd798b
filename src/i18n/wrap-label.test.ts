import { describe, expect, it } from 'vitest';
import { textWidthEm, wrapLabel } from './wrap-label';

describe('wrapLabel', () => {
  it.each([
    ['a short label', '半導体', 'ja', 14, ['半導体']],
    [
      'a long Japanese label, between words',
      'デジタルアイデンティティとトラストサービス',
      'ja',
      14,
      ['デジタルアイデンティティと', 'トラストサービス'],
    ],
    ['a label with Latin names', '5G・Beyond 5G・6G', 'ja', 14, ['5G・Beyond 5G・6G']],
    [
      'a long English label, between words',
      'Digital identity and trust services',
      'en',
      14,
      ['Digital identity and', 'trust services'],
    ],
    ['a word longer than a line', 'Supercalifragilistic', 'en', 5, ['Supercalifragilistic']],
  ] as const)('%s', (_name, text, lang, maxEm, lines) => {
    expect(wrapLabel(text, lang, maxEm)).toEqual(lines);
  });
});

describe('textWidthEm', () => {
  it.each([
    ['半導体', 3],
    ['AI', 1.1],
    ['人工知能(AI)', 4 + 4 * 0.55],
  ])('%s is about %s em wide', (text, width) => {
    expect(textWidthEm(text)).toBeCloseTo(width);
  });
});
