import { CopyButton } from '../../components/CopyButton';

/** Copies the address of the current view, which the URL sync keeps canonical. */
export function CopyLinkButton() {
  return (
    <CopyButton
      label="Copy link"
      text={() => window.location.href}
      copiedMessage="Link copied to the clipboard."
    />
  );
}
