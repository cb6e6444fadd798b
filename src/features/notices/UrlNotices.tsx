import { useViewStore } from '../../state/view-store';

/** Says what in the link could not be shown; the address bar already shows what is. */
export function UrlNotices() {
  const notices = useViewStore((state) => state.notices);
  const noticesDismissed = useViewStore((state) => state.noticesDismissed);
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status">
      <p>
        <strong>Part of the link could not be used.</strong> The page shows everything else, and the
        address bar now holds the link to what you see.
      </p>
      <ul>
        {notices.map((notice, index) => (
          <li key={index}>{notice}</li>
        ))}
      </ul>
      <button type="button" className="secondary" onClick={noticesDismissed}>
        Dismiss
      </button>
    </div>
  );
}
