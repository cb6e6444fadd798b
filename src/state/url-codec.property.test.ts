import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../testing/property-runs';
import { SORT_ORDERS } from '../data/order';
import { COMMITMENT_STATUSES, COMMITMENT_TYPES, CONFIDENCE_LEVELS } from '../data/vocabulary';
import { MAX_QUERY_LENGTH, parseView, serializeView, URL_KEYS } from './url-codec';
import type { View } from './view';

// Generated views and query strings: whatever a link holds, the codec gives a view that reads back.
const idArbitrary = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
const subset = <T>(values: readonly T[]) => fc.subarray([...values]);

const viewArbitrary: fc.Arbitrary<View> = fc.record({
  domains: fc.uniqueArray(idArbitrary, { maxLength: 6 }),
  meetings: fc.uniqueArray(idArbitrary, { maxLength: 6 }),
  types: subset(COMMITMENT_TYPES),
  statuses: subset(COMMITMENT_STATUSES),
  confidence: subset(CONFIDENCE_LEVELS).filter((levels) => levels.length > 0),
  q: fc.string({ maxLength: 60 }).map((text) => text.replace(/[\p{Cc}]/gu, ' ').trim()),
  sort: fc.constantFrom(...SORT_ORDERS),
  mode: fc.constantFrom(
    'overview' as const,
    'compare' as const,
    'about' as const,
    'changes' as const,
  ),
  compare: fc.option(fc.tuple(idArbitrary, idArbitrary), { nil: null }),
  lang: fc.constantFrom('en' as const, 'ja' as const),
  item: fc.option(idArbitrary, { nil: null }),
  embed: fc.boolean(),
  version: fc.option(
    fc.tuple(fc.nat(99), fc.nat(99), fc.nat(99)).map((parts) => parts.join('.')),
    { nil: null },
  ),
});

const KEYS: readonly string[] = URL_KEYS;
// Query strings that look like ours and strings that do not: known and unknown keys, repeated keys,
// valid and malformed values, broken percent sequences, control and bidi characters, huge values.
const valueArbitrary = fc.oneof(
  idArbitrary,
  fc.constantFrom(
    'ai,semiconductors',
    'dpc2,dpc3',
    'compare',
    'about',
    '1',
    '1.1.0',
    '2.0.0',
    'changes',
    'ja',
    'official,disputed',
    'oldest',
    'domain',
    '%',
    '%zz',
    '%E0%A4%A',
    '%00',
    '\u202e',
    ',,,',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ minLength: 190, maxLength: 600 }),
  fc.string({ unit: 'grapheme', minLength: 190, maxLength: 260 }),
);
const pairArbitrary = fc.tuple(
  fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 12 })),
  valueArbitrary,
);
const queryStringArbitrary = fc.oneof(
  fc
    .array(pairArbitrary, { maxLength: 12 })
    .map((pairs) => pairs.map(([key, value]) => `${key}=${value}`).join('&')),
  fc.string({ unit: 'binary', maxLength: 400 }),
);

const LISTS = ['domains', 'meetings', 'types', 'statuses', 'confidence'] as const;
const withoutLists = (view: View) => ({
  ...view,
  ...Object.fromEntries(LISTS.map((key) => [key, []])),
});

describe('the URL round trip', () => {
  it('gives back the same view: parse(serialize(view)) = view, without notices', () => {
    fc.assert(
      fc.property(viewArbitrary, (generated) => {
        const { view: parsed, notices } = parseView(serializeView(generated));
        expect(notices).toEqual([]);
        // The same sets, in the codec's order, and the same values; except that About opens no
        // commitment, the one thing a view loses on the way.
        for (const key of LISTS)
          expect([...parsed[key]].sort()).toEqual([...generated[key]].sort());
        const item = generated.mode === 'about' ? null : generated.item;
        expect(withoutLists(parsed)).toEqual(withoutLists({ ...generated, item }));
        // And a fixed point: written and read again, it stays as it is.
        expect(parseView(serializeView(parsed)).view).toEqual(parsed);
        expect(serializeView(parsed)).toBe(serializeView(generated));
      }),
      propertyRuns(500),
    );
  });

  it('turns any query string into a valid view whose URL reads back without notices', () => {
    fc.assert(
      fc.property(queryStringArbitrary, (search) => {
        const { view: parsed, notices } = parseView(search);
        expect(parsed.confidence.length).toBeGreaterThan(0);
        expect(Array.from(parsed.q).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        // What a notice quotes back from the link is shown on the page: clean and short.
        for (const notice of notices) {
          const quoted = 'value' in notice ? [notice.value] : [];
          for (const text of quoted) {
            expect(text).not.toMatch(/[\p{C}]/u);
            expect(Array.from(text).length).toBeLessThanOrEqual(61);
          }
        }
        const again = parseView(serializeView(parsed));
        expect(again).toEqual({ view: parsed, notices: [] });
      }),
      propertyRuns(2_000),
    );
  });
});
