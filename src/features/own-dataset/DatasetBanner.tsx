import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { MESSAGES } from './messages';

interface DatasetBannerProps {
  fileName: string;
  commitments: number | undefined;
  /** The file's own version; a 1.x file was converted on opening, and the banner says so. */
  version: string | undefined;
  onBack: () => void;
}

/** Always says when the page shows the reader's own file rather than the bundled dataset. */
export function DatasetBanner({ fileName, commitments, version, onBack }: DatasetBannerProps) {
  const lang = useLanguage();
  const t = MESSAGES[lang];
  return (
    <div className="dataset-banner" role="status">
      <p>
        {t.showing}
        <strong>
          {t.openQuote}
          {/* A file name, in whatever language the reader gave it. */}
          <bdi lang="">{fileName}</bdi>
          {t.closeQuote}
        </strong>
        {commitments !== undefined && t.commitments(formatNumber(commitments, lang))}
        {t.notBundled}
        {version?.startsWith('1.') && t.converted(version)}
      </p>
      <button type="button" onClick={onBack}>
        {t.back}
      </button>
    </div>
  );
}
