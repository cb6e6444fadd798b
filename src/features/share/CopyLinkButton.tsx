import { CopyButton } from '../../ui/CopyButton';
import { useLanguage } from '../../i18n/use-language';
import { useViewStore } from '../../state/view-store';
import { currentPage, viewUrl } from '../../state/view-url';
import { MESSAGES } from './messages';

/** Copies the address of the current view: the one the URL sync writes to the address bar. */
export function CopyLinkButton() {
  const t = MESSAGES[useLanguage()];
  return (
    <CopyButton
      label={t.copyLink}
      text={() => viewUrl(currentPage(), useViewStore.getState().view)}
      copiedMessage={t.copied}
      textLang="zxx"
    />
  );
}
