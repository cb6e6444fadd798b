import { describe, expect, it } from 'vitest';
import { basePath } from './base-path';

describe('basePath', () => {
  it.each<[string | undefined, string]>([
    [undefined, './'],
    ['', './'],
    ['  ', './'],
    ['.', './'],
    ['./', './'],
    ['/', '/'],
    ['/tracker/', '/tracker/'],
    ['/tracker', '/tracker/'],
    ['tracker', '/tracker/'],
    ['tracker/', '/tracker/'],
    ['/some/sub/path', '/some/sub/path/'],
  ])('reads %j as %j', (value, expected) => {
    expect(basePath(value)).toBe(expected);
  });

  it.each(['https://example.org/tracker/', '//cdn.example.org/', '/tracker/?x=1', '/a b/'])(
    'refuses %j',
    (value) => {
      expect(() => basePath(value)).toThrow(/BASE must be/);
    },
  );
});
