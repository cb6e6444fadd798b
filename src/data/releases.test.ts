import { describe, expect, it } from 'vitest';
import { compareVersions, parseReleaseIndex, VERSION_PATTERN } from './releases';

describe('release numbers', () => {
  it.each([
    ['1.1.0', true],
    ['2.0.0', true],
    ['10.20.300', true],
    ['1.1', false],
    ['01.1.0', false],
    ['1.1.0-beta', false],
    ['../1.1.0', false],
    ['1.1.0/', false],
    ['1234567.0.0', false],
  ])('%s is a release number: %s', (value, expected) => {
    expect(VERSION_PATTERN.test(value)).toBe(expected);
  });

  it('orders by number, not by text', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(compareVersions('1.1.0', '2.0.0')).toBeLessThan(0);
    expect(compareVersions('2.0.0', '2.0.0')).toBe(0);
  });
});

describe('parseReleaseIndex', () => {
  it('reads releases oldest first, each path rebuilt from its version', () => {
    expect(
      parseReleaseIndex({
        releases: [
          { version: '2.0.0', date: '2026-11-30', path: 'elsewhere.json' },
          { version: '1.1.0', date: '2026-11-21', path: '1.1.0/partnership.json' },
        ],
      }),
    ).toEqual({
      releases: [
        { version: '1.1.0', date: '2026-11-21', path: '1.1.0/partnership.json' },
        { version: '2.0.0', date: '2026-11-30', path: '2.0.0/partnership.json' },
      ],
    });
  });

  it.each<[string, unknown]>([
    ['not an object', []],
    ['no releases', { releases: [] }],
    ['a version that is a path', { releases: [{ version: '../x', date: '2026-11-30' }] }],
    ['no date', { releases: [{ version: '1.0.0' }] }],
    [
      'a version twice',
      {
        releases: [
          { version: '1.0.0', date: '2026-11-30' },
          { version: '1.0.0', date: '2026-11-30' },
        ],
      },
    ],
  ])('refuses %s', (_name, json) => {
    expect(parseReleaseIndex(json)).toBeNull();
  });
});
