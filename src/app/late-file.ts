// A file chosen in the build's own file input ("Open a dataset file…" in the header) while the app
// takes the page over: the picker was opened on the prerendered page and closed after the app had
// drawn its own page in place of it. Only the replaced input hears that `change` (it is no longer
// in the document, where public/boot.js listens); the file is handed to the app's own input,
// which opens it as if it had been chosen there.
export function forwardLateFile(root: HTMLElement): void {
  const built = root.querySelector<HTMLInputElement>('#dataset-file');
  built?.addEventListener('change', () => {
    const live = document.getElementById('dataset-file');
    if (!(live instanceof HTMLInputElement) || live === built || !built.files?.length) return;
    live.files = built.files;
    live.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
