// Checks that a page meant to be read in Japanese has no English left on it. Used by the component
// test of the Japanese dashboard and, in Chromium, by the browser test (tests/e2e/japanese.spec.ts).

/**
 * Names and acronyms written in Latin letters inside Japanese text, as Japanese official texts
 * write them: the interface's own (file formats, URL, the licence's name) and those in the dataset's Japanese
 * titles, labels and prose (project and programme names, regulations, organisations, news outlets
 * and publications, websites cited by their domain, and the reference numbers of documents and
 * calls). Each is matched literally and as a whole, never as a pattern, so "Pact" passes only as
 * part of "AI Pact" and each press-release number is listed on its own.
 */
export const LATIN_NAMES_IN_JAPANESE: readonly string[] = [
  'AI Pact',
  'Beyond 5G',
  'MIRAI-HARMONY',
  'DATA-EX',
  'Q-NEKO',
  'Q-LEAP',
  'EuroHPC',
  'EU',
  'AI',
  'HPC',
  '5G',
  '6G',
  'G7',
  'IoT',
  'DFFT',
  'DMA',
  'DSA',
  'GDPR',
  'OECD',
  'IAP',
  'PFAS',
  'RAN',
  '2nm',
  'CSL-JSON',
  'JSON',
  'RIS',
  'Atom',
  'JST-CRDS',
  'JST',
  'eID',
  'ID',
  'e-VITA',
  'ThoR',
  'SIP',
  'LINE',
  '300GHz',
  'Far North Fiber',
  'Support to Arctic connectivity',
  'Biometric Update',
  'Quantum Computing Report',
  'New Electronics',
  'Capacity Media',
  'DigiTimes',
  'EUbusiness',
  'dpa-AFX',
  'E&T',
  'KUNA',
  'openrijk.nl',
  'sims.justinfreeman.dev',
  'crawlerpolicy.com',
  'worldnewsintel.com',
  'miragenews.com',
  'pubaffairsbruxelles.eu',
  'eu-japan.eu',
  'eu-japan.ai',
  'eeas.eu.com',
  'IP/25/1185',
  'IP/26/978',
  'JOIN(2025) 140',
  'DIGITAL-JU-Chips-2026-SG-JAPAN',
  'Chips JU',
  'DG CONNECT',
  'EEAS',
  'JETRO',
  'CORDIS',
  'IMT',
  'CNRS',
  'JEUPISTE',
  'EUJO-LIMMS',
  'LIMMS',
  'MEMS',
  'Japan Advanced Semiconductor Manufacturing',
  'JASM',
  'TSMC',
  'CSV',
  'SVG',
  'PNG',
  'BibTeX',
  'URL',
  'CC-BY-4.0',
];

/**
 * Every run of Latin letters under `root` that is meant to be Japanese: in a text node or in an
 * aria-label, alt, title or placeholder, and not inside an element whose `lang` names another
 * language. Names in `allowed` are taken out first. Each finding reads `word ← text it is in`.
 *
 * Self-contained (no imports, no outer variables), so that Playwright can run it in the page.
 */
export function untranslatedText(root: Element, allowed: readonly string[]): string[] {
  const ATTRIBUTES = ['aria-label', 'aria-description', 'alt', 'title', 'placeholder'];
  const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
  const LATIN_WORD = /[\p{Script=Latin}0-9]*\p{Script=Latin}[\p{Script=Latin}0-9]*/gu;
  // Longest first, so that "AI Pact" is taken out before "AI".
  const names = [...allowed].sort((a, b) => b.length - a.length);
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const namePatterns = names.map(
    (name) =>
      new RegExp(`(?<![\\p{Script=Latin}0-9-])${escape(name)}(?![\\p{Script=Latin}0-9-])`, 'gu'),
  );

  const isOtherLanguage = (element: Element | null): boolean => {
    const marked = element?.closest('[lang]');
    return marked ? !/^ja\b/i.test(marked.getAttribute('lang') ?? '') : false;
  };
  const findings: string[] = [];
  const check = (text: string) => {
    let rest = text.normalize('NFKC');
    for (const pattern of namePatterns) rest = rest.replace(pattern, ' ');
    for (const word of rest.match(LATIN_WORD) ?? []) {
      findings.push(`${word} ← ${text.trim().slice(0, 120)}`);
    }
  };

  const elements = [root, ...Array.from(root.querySelectorAll('*'))];
  for (const element of elements) {
    if (SKIPPED.has(element.tagName) || element.closest('script, style, noscript, template')) {
      continue;
    }
    if (isOtherLanguage(element)) continue;
    for (const attribute of ATTRIBUTES) {
      const value = element.getAttribute(attribute);
      if (value) check(value);
    }
    for (const node of Array.from(element.childNodes)) {
      if (node.nodeType === 3 && node.textContent) check(node.textContent);
    }
  }
  return findings;
}
