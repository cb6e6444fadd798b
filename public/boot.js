// Runs before the first paint. The page arrives with the default view already drawn (see
// scripts/prerender.ts). When the address asks for another view, that drawing is hidden until the
// app has drawn the right one, so nobody reads or clicks a view they did not ask for.
if (window.location.search.length > 1) {
  document.documentElement.classList.add('awaiting-view');
}
