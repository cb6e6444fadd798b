import { describe, expect, it } from 'vitest';
import { encodeTextDirectiveTerm, evidenceHref, type EvidenceLinkInput } from './evidence-link';

const base: EvidenceLinkInput = {
  url: 'https://example.eu/press',
  quote: 'signed a memorandum',
  sourceLanguage: 'en',
  translated: false,
};

describe('encodeTextDirectiveTerm', () => {
  it.each([
    ['plain words', 'plain%20words'],
    ['Beyond-5G', 'Beyond%2D5G'],
    ['R&D, 6G', 'R%26D%2C%206G'],
    ['日本', '%E6%97%A5%E6%9C%AC'],
    ["it's (new)", "it's%20(new)"],
  ])('%s', (text, expected) => {
    expect(encodeTextDirectiveTerm(text)).toBe(expected);
  });
});

describe('evidenceHref', () => {
  it.each<[string, Partial<EvidenceLinkInput>, string]>([
    [
      'an English quote of an English page',
      {},
      'https://example.eu/press#:~:text=signed%20a%20memorandum',
    ],
    [
      'a quote with an omission as a range',
      { quote: 'the two sides … agreed to cooperate' },
      'https://example.eu/press#:~:text=the%20two%20sides,agreed%20to%20cooperate',
    ],
    [
      'several omissions: from the first part to the last',
      { quote: 'a … b … c' },
      'https://example.eu/press#:~:text=a,c',
    ],
    [
      'hyphens, ampersands and commas encoded',
      { quote: 'R&D on Beyond-5G, 6G' },
      'https://example.eu/press#:~:text=R%26D%20on%20Beyond%2D5G%2C%206G',
    ],
    [
      'a Japanese quote of a Japanese page',
      { quote: '覚書に署名', sourceLanguage: 'ja' },
      'https://example.eu/press#:~:text=%E8%A6%9A%E6%9B%B8%E3%81%AB%E7%BD%B2%E5%90%8D',
    ],
    [
      'a quote with a translation: the address as it is',
      { translated: true },
      'https://example.eu/press',
    ],
    [
      'an English quote of a Japanese page: the address as it is',
      { sourceLanguage: 'ja' },
      'https://example.eu/press',
    ],
    [
      'a Japanese quote of an English page: the address as it is',
      { quote: '覚書' },
      'https://example.eu/press',
    ],
    [
      'an address with a fragment keeps it',
      { url: 'https://example.eu/press#part2' },
      'https://example.eu/press#part2:~:text=signed%20a%20memorandum',
    ],
    ['only an omission mark: the address as it is', { quote: '…' }, 'https://example.eu/press'],
    [
      'spaces collapsed',
      { quote: ' signed\n a  memorandum ' },
      'https://example.eu/press#:~:text=signed%20a%20memorandum',
    ],
  ])('%s', (_name, input, expected) => {
    expect(evidenceHref({ ...base, ...input })).toBe(expected);
  });
});
