import type { ReactNode } from 'react';
import { catalog, type Language } from '../i18n/catalog';

const NEW_TAB = catalog('(opens in a new tab)', '（新しいタブで開きます）');

interface NewTabLinkProps {
  href: string;
  /** The page's language, for the words that say where the link opens. */
  lang: Language;
  className?: string;
  children: ReactNode;
}

/** A link that opens in a new tab, without giving that tab a hold on this page; screen readers are told. */
export function NewTabLink({ href, lang, className, children }: NewTabLinkProps) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={className}>
      {children}
      <span className="visually-hidden"> {NEW_TAB[lang]}</span>
    </a>
  );
}
