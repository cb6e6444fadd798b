import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../testing/property-runs';

const css = fs.readFileSync(path.join(process.cwd(), 'src/styles/print.css'), 'utf8');

/** The selector of the print rule that writes a link's address out after it. */
function printedAddressSelector(): string {
  const print = css.slice(css.indexOf('@media print'));
  const match = /([^{}]+)::after\s*\{[^}]*attr\(href\)/u.exec(print);
  if (!match) throw new Error('no print rule writes addresses out');
  return match[1]!.replace(/\/\*[\s\S]*?\*\//gu, '').trim();
}

/**
 * Whether the rule writes out the address of a link to `href`, read as browsers read it: an
 * attribute selector is case-sensitive for href unless it carries the `i` flag. (jsdom's own
 * matching is not: it ignores the case of href prefixes.)
 */
function writesOut(selector: string, href: string): boolean {
  const attribute = /\[href\^=(['"])([^'"]*)\1\s*([is])?\]/u.exec(selector);
  if (!attribute) throw new Error(`unexpected selector ${selector}`);
  const [, , prefix, flag] = attribute as unknown as [string, string, string, string | undefined];
  return flag === 'i'
    ? href.toLowerCase().startsWith(prefix.toLowerCase())
    : href.startsWith(prefix);
}

describe('the print stylesheet', () => {
  it('writes out every web address, whatever the letter case of its scheme', () => {
    const selector = printedAddressSelector();
    const scheme = fc.constantFrom('http', 'https').chain((s) => fc.mixedCase(fc.constant(s)));
    fc.assert(
      fc.property(scheme, (written) => {
        expect(writesOut(selector, `${written}://example.org/page`)).toBe(true);
      }),
      propertyRuns(50),
    );
    expect(writesOut(selector, '?item=chip-memorandum')).toBe(false);
  });
});
