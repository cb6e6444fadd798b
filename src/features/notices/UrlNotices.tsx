import { TextParts } from '../../ui/TextParts';
import { useLanguage } from '../../i18n/use-language';
import { useViewStore } from '../../state/view-store';
import { MESSAGES } from './messages';
import { noticeParts } from './notice-text';

/** Says what in the link could not be shown; the address bar already shows what is. */
export function UrlNotices() {
  const notices = useViewStore((state) => state.notices);
  const noticesDismissed = useViewStore((state) => state.noticesDismissed);
  const lang = useLanguage();
  const t = MESSAGES[lang];
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status">
      <p>
        <strong>{t.heading}</strong>
        {t.explanation}
      </p>
      <ul>
        {notices.map((notice, index) => (
          <li key={index}>
            <TextParts parts={noticeParts(notice, lang)} />
          </li>
        ))}
      </ul>
      <button type="button" className="secondary" onClick={noticesDismissed}>
        {t.dismiss}
      </button>
    </div>
  );
}
