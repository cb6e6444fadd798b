import { CopyButton } from '../../ui/CopyButton';
import { useLanguage } from '../../i18n/use-language';
import { useViewStore } from '../../state/view-store';
import { embedCode, embedSrc } from './embed-code';
import { MESSAGES } from './messages';

/** Copies the HTML that embeds the current view (filters, mode and language) in another page. */
export function CopyEmbedButton() {
  const t = MESSAGES[useLanguage()];
  return (
    <CopyButton
      label={t.copy}
      text={() => embedCode(embedSrc(window.location, useViewStore.getState().view), t.name)}
      copiedMessage={t.copied}
    />
  );
}
