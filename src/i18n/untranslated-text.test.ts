// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { LATIN_NAMES_IN_JAPANESE, untranslatedText } from './untranslated-text';

function page(html: string): Element {
  const root = document.createElement('div');
  root.setAttribute('lang', 'ja');
  root.innerHTML = html;
  return root;
}

describe('untranslatedText', () => {
  it.each([
    ['Japanese text', '<p>合意事項68件</p>', []],
    ['an English word', '<p>合意事項 commitments</p>', ['commitments ← 合意事項 commitments']],
    ['an English button', '<button>Close</button>', ['Close ← Close']],
    ['an English aria-label', '<ul aria-label="Domains"></ul>', ['Domains ← Domains']],
    ['an English title', '<span title="Council 2">第2回</span>', ['Council ← Council 2']],
    [
      'an English placeholder',
      '<input placeholder="e.g. chips">',
      ['e ← e.g. chips', 'g ← e.g. chips', 'chips ← e.g. chips'],
    ],
    ['hidden text', '<span class="visually-hidden">Total</span>', ['Total ← Total']],
    ['text marked English', '<blockquote lang="en">a verbatim quote</blockquote>', []],
    ['text deep inside a mark', '<p lang="en"><span><b>quote</b></span></p>', []],
    ['text of unknown language', '<bdi lang="">mine.json</bdi>', []],
    [
      'Japanese inside English inside Japanese',
      '<p lang="en"><span lang="ja">Total</span></p>',
      ['Total ← Total'],
    ],
    ['allowed names', '<p>EUとAI、Beyond 5G、「AI Pact」</p>', []],
    ['a name allowed only as a whole', '<p>Pact</p>', ['Pact ← Pact']],
    ['full-width Latin letters', '<p>Ｃｌｏｓｅ</p>', ['Close ← Ｃｌｏｓｅ']],
    ['a script', '<script>var English = 1;</script>', []],
  ])('%s', (_name, html, expected) => {
    expect(untranslatedText(page(html), LATIN_NAMES_IN_JAPANESE)).toEqual(expected);
  });
});
