import { CopyButton } from '../../ui/CopyButton';
import { useLanguage } from '../../i18n/use-language';
import { MESSAGES } from './messages';

/** Copies the address of the current view, which the URL sync keeps canonical. */
export function CopyLinkButton() {
  const t = MESSAGES[useLanguage()];
  return (
    <CopyButton
      label={t.copyLink}
      text={() => window.location.href}
      copiedMessage={t.copied}
      textLang="zxx"
    />
  );
}
