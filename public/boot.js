// Runs before the first paint.
//
// 1. The page arrives with the default view already drawn (see scripts/prerender.ts). When the
//    address asks for another view, that drawing is hidden until the app has drawn the right one,
//    so nobody reads or clicks a view they did not ask for.
// 2. The app's script is requested only after the browser has painted the page once, so the first
//    screen never waits for it nor shares the connection with it.
// 3. The colour theme the reader chose on this device is applied before anything is painted, so the
//    page never flashes in the other theme (src/features/theme/theme-choice.ts keeps the same key).
if (window.location.search.length > 1) {
  document.documentElement.classList.add('awaiting-view');
}
// In a frame (embed=1) the prerendered page's header must not show even for a moment.
if (/(^\?|&)embed=1(&|$)/.test(window.location.search)) {
  document.documentElement.classList.add('embedded');
}

try {
  var theme = window.localStorage.getItem('eu-japan-tracker.theme');
  if (theme === 'light' || theme === 'dark') {
    document.documentElement.setAttribute('data-theme', theme);
  }
} catch {
  // Storage can be refused (private modes, blocked site data): the device's setting applies.
}

window.addEventListener('DOMContentLoaded', function () {
  var entry = document.querySelector('meta[name="app-entry"]');
  if (!entry) return;
  // The first callback runs just before the first frame is drawn, the second just before the next
  // one: by then the first frame is on screen.
  requestAnimationFrame(function () {
    requestAnimationFrame(function () {
      var script = document.createElement('script');
      script.type = 'module';
      script.src = entry.getAttribute('content');
      document.head.appendChild(script);
    });
  });
});
