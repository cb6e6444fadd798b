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

// 4. In a sandboxed frame without allow-same-origin (its origin is "null", its storage refused) the
//    app cannot run: say so plainly, with a way to open the page in a new tab, instead of leaving
//    an unstyled page. Styled through the CSSOM: the Content-Security-Policy allows no inline style.
var sandboxed = window.origin === 'null';
if (!sandboxed && window.self !== window.top) {
  try {
    void window.localStorage;
  } catch {
    sandboxed = true;
  }
}
if (sandboxed) {
  window.addEventListener('DOMContentLoaded', function () {
    var ja = /(^\?|&)lang=ja(&|$)/.test(window.location.search);
    var box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.className = 'sandboxed-frame';
    var text = document.createElement('p');
    text.textContent = ja
      ? 'このページはこのフレームの中では動作しません。新しいタブで開いてください。'
      : 'This page cannot run inside this frame; open it in a new tab.';
    var link = document.createElement('a');
    link.href = window.location.href.replace(/([?&])embed=1(&|$)/, '$1').replace(/[?&]$/, '');
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.textContent = ja ? '新しいタブで開く' : 'Open in a new tab';
    box.append(text, link);
    Object.assign(box.style, {
      font: '16px/1.5 system-ui, sans-serif',
      margin: '1rem',
      padding: '0.75rem 1rem',
      border: '1px solid #b88600',
      borderRadius: '0.5rem',
      background: '#fff8e5',
      color: '#1a1a1a',
    });
    document.body.replaceChildren(box);
  });
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
  if (!entry || sandboxed) return;
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
