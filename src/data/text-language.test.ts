import { describe, expect, it } from 'vitest';
import { langIfOther, sourceTitleLanguage } from './text-language';

describe('sourceTitleLanguage', () => {
  it.each([
    ['an English title of an English source', 'EU-Japan Summit', 'en', 'en'],
    ['a Japanese title', '日EUデジタルパートナーシップ閣僚級会合を開催しました', 'ja', 'ja'],
    ['a bracketed description of a Japanese source', '[Press release, in Japanese]', 'ja', 'en'],
    ['a bracketed description of an Italian source', '[Dispatch, in Italian]', 'it', 'en'],
    [
      'a Latin-script title of a source marked Japanese',
      'Press conference of Minister Kono',
      'ja',
      'en',
    ],
    ['an Italian title', 'Intelligenza artificiale e chip', 'it', 'it'],
  ])('%s', (_name, title, language, expected) => {
    expect(sourceTitleLanguage({ title, language })).toBe(expected);
  });
});

describe('langIfOther', () => {
  it.each([
    ['en', 'en', undefined],
    ['en', 'ja', 'en'],
    ['ja', 'ja', undefined],
    ['it', 'ja', 'it'],
  ] as const)('%s text on a %s page → %s', (text, page, expected) => {
    expect(langIfOther(text, page)).toBe(expected);
  });
});
