import { CARD_ID_PREFIX } from '../../components/commitment/CommitmentCard';

/**
 * Where the focus goes when a commitment's dialog has closed and the browser had no control to give
 * it back to (the dialog was opened from its address, with the focus on the page's body; Chromium
 * then leaves it on the closed dialog's button): to the commitment's card in the list, where it is
 * drawn, or else to the content. A keyboard reader then goes on from where the commitment is, not
 * from the top of the page.
 */
export function focusAfterDialog(id: string, dialog: HTMLDialogElement): void {
  const focused = document.activeElement;
  if (focused && focused !== document.body && !dialog.contains(focused)) return;
  const card = document.getElementById(`${CARD_ID_PREFIX}-${id}`)?.querySelector('a');
  if (card) card.focus();
  else document.getElementById('main')?.focus({ preventScroll: true });
}
