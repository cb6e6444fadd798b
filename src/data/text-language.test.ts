import { describe, expect, it } from 'vitest';
import { langIfOther, proseIn, proseVersions, sourceTitleLanguage } from './text-language';

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

describe('proseIn and proseVersions', () => {
  const both = { en: 'Signed in Brussels.', ja: 'ブリュッセルで署名された。' };
  it.each([
    ['English-only prose on an English page', 'Signed.', 'en', { text: 'Signed.', lang: 'en' }],
    ['English-only prose on a Japanese page', 'Signed.', 'ja', { text: 'Signed.', lang: 'en' }],
    ['prose in both on an English page', both, 'en', { text: both.en, lang: 'en' }],
    ['prose in both on a Japanese page', both, 'ja', { text: both.ja, lang: 'ja' }],
  ] as const)('%s', (_name, value, page, expected) => {
    expect(proseIn(value, page)).toEqual(expected);
  });

  it.each([
    ['English only', 'Signed.', { en: 'Signed.', ja: null }],
    ['both languages', both, both],
  ] as const)('%s', (_name, value, expected) => {
    expect(proseVersions(value)).toEqual(expected);
  });
});
