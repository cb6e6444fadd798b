import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../data/parse-dataset';
import { propertyRuns } from '../../testing/property-runs';
import { cloneFixture } from '../../testing/test-fixture';
import { correctionsHref } from './about-data';

/** Characters that make one address read as another, or hide part of it. */
const HIDDEN = [
  ...Array.from({ length: 5 }, (_, i) => String.fromCodePoint(0x202a + i)), // LRE…RLO
  ...Array.from({ length: 4 }, (_, i) => String.fromCodePoint(0x2066 + i)), // LRI…PDI
  '\u200b', // zero-width space
  '\u200c',
  '\u200d',
  '\u200e', // LRM
  '\u200f', // RLM
  '\u2060', // word joiner
  '\ufeff',
  ...Array.from({ length: 32 }, (_, i) => String.fromCodePoint(i)),
  '\u007f',
  '\u0085',
];

const scheme = fc.constantFrom('http', 'https').chain((s) => fc.mixedCase(fc.constant(s)));
const label = fc.stringMatching(/^[a-z0-9]{1,12}$/);
const host = fc.tuple(
  label,
  fc.constantFrom('example', 'go', 'europa'),
  fc.constantFrom('org', 'jp', 'eu'),
);
const path = fc.array(fc.stringMatching(/^[a-z0-9-]{1,10}$/), { maxLength: 3 });

const address: fc.Arbitrary<AddressDraw> = fc.record({
  scheme,
  userinfo: fc.option(
    fc.oneof(
      label,
      fc.tuple(label, label).map(([u, p]) => `${u}:${p}`),
    ),
    {
      nil: null,
    },
  ),
  host,
  path,
  hidden: fc.option(fc.tuple(fc.constantFrom(...HIDDEN), fc.nat()), { nil: null }),
});

type AddressDraw = {
  scheme: string;
  userinfo: string | null;
  host: [string, string, string];
  path: string[];
  hidden: [string, number] | null;
};

function written(drawn: AddressDraw): string {
  let url = `${drawn.scheme}://${drawn.userinfo ? `${drawn.userinfo}@` : ''}${drawn.host.join('.')}/${drawn.path.join('/')}`;
  if (drawn.hidden) {
    const [character, at] = drawn.hidden;
    const position = at % (url.length + 1);
    url = `${url.slice(0, position)}${character}${url.slice(position)}`;
  }
  return url;
}
describe('addresses that look safe but are not', () => {
  it('are refused by the schema; clean ones, in any letter case of http(s), are accepted', () => {
    fc.assert(
      fc.property(address, (drawn) => {
        const url = written(drawn);
        const hostile = drawn.userinfo !== null || drawn.hidden !== null;
        const data = cloneFixture();
        data.sources[0]!.url = url;
        data.meta.corrections = url;
        const result = parseDataset(data);
        if (hostile) {
          expect(result.ok).toBe(false);
          if (!result.ok) {
            const paths = result.problems.map((problem) => problem.path);
            expect(paths).toContain('$.sources[0].url');
            expect(paths).toContain('$.meta.corrections');
          }
        } else {
          expect(result).toMatchObject({ ok: true });
        }
        // The corrections link is built from data: it never makes a link of a hostile address.
        expect(correctionsHref(url)).toBe(hostile ? null : url);
      }),
      propertyRuns(300),
    );
  });
});
