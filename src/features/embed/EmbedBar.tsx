import { NewTabLink } from '../../ui/NewTabLink';
import type { View } from '../../state/view';
import { fullViewHref } from './embed-code';
import { MESSAGES } from './messages';

/** Shown in place of the page's header when the view is embedded: whose view it is, and a way out. */
export function EmbedBar({ view }: { view: View }) {
  const t = MESSAGES[view.lang];
  return (
    <div className="embed-bar">
      <p className="embed-name">{t.name}</p>
      <NewTabLink href={fullViewHref(view)} lang={view.lang}>
        {t.openFull}
      </NewTabLink>
    </div>
  );
}
