import { MAX_QUOTE_CHARACTERS, shortenText } from '../../i18n/shorten-text';
import type { Evidence, Source } from '../../data/schema';
import { langIfOther, PROSE_LANGUAGE, sourceTitleLanguage } from '../../data/text-language';
import type { Language } from '../../data/vocabulary';
import { formatDate } from '../../i18n/format';
import { SOURCE_KIND_LABELS } from '../../i18n/labels';
import { evidenceHref } from './evidence-link';
import { MESSAGES } from './messages';

interface EvidenceListProps {
  evidence: readonly Evidence[];
  sources: ReadonlyMap<string, Source>;
  lang: Language;
}

/**
 * Each quote as the source wrote it, marked with the source's language. Its English translation
 * is shown only where the quote is in another language than the page: a Japanese reader reads a
 * Japanese quote as it is.
 */
export function EvidenceList({ evidence, sources, lang }: EvidenceListProps) {
  const t = MESSAGES[lang];
  return (
    <ul className="evidence-list" aria-label={t.evidence}>
      {evidence.map((item, index) => {
        const source = sources.get(item.source);
        const title = source?.title ?? item.source;
        const titleLang = source ? sourceTitleLanguage(source) : 'zxx';
        return (
          <li
            key={index}
            className={item.stance === 'contradicts' ? 'evidence contradicts' : 'evidence'}
          >
            {item.stance === 'contradicts' && (
              <strong className="stance">{t.contradictedBy}</strong>
            )}
            {/* Quotation marks of the quote's own language: 「…」 around Japanese. */}
            <blockquote lang={source?.language}>
              {source?.language === 'ja' ? '「' : '“'}
              <bdi>{shortenText(item.quote, MAX_QUOTE_CHARACTERS)}</bdi>
              {source?.language === 'ja' ? '」' : '”'}
            </blockquote>
            {item.translation && source?.language !== lang && (
              <p className="translation">
                {t.translation}
                <span lang={langIfOther(PROSE_LANGUAGE, lang)}>{item.translation}</span>
              </p>
            )}
            <p className="evidence-source">
              {source?.url ? (
                <a
                  href={evidenceHref({
                    url: source.url,
                    quote: item.quote,
                    sourceLanguage: source.language,
                    translated: item.translation !== undefined,
                  })}
                  rel="noopener noreferrer"
                  target="_blank"
                >
                  <bdi lang={langIfOther(titleLang, lang)}>{title}</bdi>
                </a>
              ) : (
                <bdi lang={langIfOther(titleLang, lang)}>{title}</bdi>
              )}
              {source && (
                <span className="source-publisher">
                  {t.publishedBy}
                  <span lang={langIfOther(PROSE_LANGUAGE, lang)}>{source.publisher}</span>
                  {source.kind !== 'official' &&
                    t.sourceKind(SOURCE_KIND_LABELS[lang][source.kind])}
                </span>
              )}
              {source?.accessed && (
                <span className="source-accessed">
                  {t.accessed(formatDate(source.accessed, lang))}
                </span>
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
