import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WithAddresses } from './WithAddresses';

function addressesIn(text: string): string[] {
  const { container } = render(
    <p>
      <WithAddresses text={text} />
    </p>,
  );
  expect(container.textContent).toBe(text);
  return Array.from(
    container.querySelectorAll('span[lang="zxx"]'),
    (span) => span.textContent ?? '',
  );
}

describe('WithAddresses', () => {
  it.each([
    ['no address', 'Printed on 21 November 2026.', []],
    [
      'an address whose scheme is in capitals',
      'See HTTPS://EXAMPLE.ORG/A and Http://example.org/b',
      ['HTTPS://EXAMPLE.ORG/A', 'Http://example.org/b'],
    ],
    [
      'an English sentence',
      'Printed on 21 November 2026 from https://example.org/?domains=ai',
      ['https://example.org/?domains=ai'],
    ],
    [
      'a Japanese citation, where no space ends the address',
      'データセット、https://example.org/?lang=ja （2026年11月21日閲覧）、ライセンス：CC-BY-4.0',
      ['https://example.org/?lang=ja'],
    ],
    [
      'Japanese punctuation straight after the address',
      'URL：https://example.org/?q=a、ほか',
      ['https://example.org/?q=a'],
    ],
    [
      'two addresses',
      'http://a.example/ and https://b.example/x',
      ['http://a.example/', 'https://b.example/x'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(addressesIn(text)).toEqual(expected);
  });
});
