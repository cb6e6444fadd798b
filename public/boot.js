// Runs before the first paint. 1. The page holds the default view (scripts/prerender.ts); for
//    another address it stays hidden until that view is there: drawn by the build into a file of
//    its own (requested at once and put in place), or by the app.
// 2. The app's script is requested once the page (or the build's view) is on screen; for a view the
//    app draws, at once with its parts and the dataset, while the page is still being read.
// 3. Until the app runs, the page says the data is loading, and "Open a dataset file…" works.
// 4. The theme chosen on this device (src/features/theme/theme-choice.ts) applies from the start.
var query = window.location.search.replace(/^\?/, '');
var html = document.documentElement;
if (query.length > 0) html.classList.add('awaiting-view');
// In a frame (embed=1) the prerendered page's header must not show even for a moment.
if (/(^|&)embed=1(&|$)/.test(query)) html.classList.add('embedded');
// The page's language is right from the first frame (the app keeps it in step afterwards).
if (/(^|&)lang=ja(&|$)/.test(query)) {
  html.lang = 'ja';
  var titleJa = document.querySelector('meta[name="title-ja"]');
  if (titleJa) document.title = titleJa.getAttribute('content');
}

// 5. In a sandboxed frame without allow-same-origin (its origin is "null", its storage refused) the
//    app cannot run: public/app-cannot-run.js says so plainly, loaded only then.
var sandboxed = window.origin === 'null';
try {
  void (window.self !== window.top && window.localStorage);
} catch {
  sandboxed = true;
}
var here = document.currentScript ? document.currentScript.src : document.baseURI;
function sayCannotRun(reason) {
  html.setAttribute('data-cannot-run', reason);
  var notice = document.createElement('script');
  notice.src = new URL('app-cannot-run.js', here).href;
  document.head.appendChild(notice);
}
if (sandboxed) sayCannotRun('sandboxed');

try {
  var theme = window.localStorage.getItem('eu-japan-tracker.theme');
  if (theme === 'light' || theme === 'dark') html.setAttribute('data-theme', theme);
} catch {
  // Storage can be refused (private modes, blocked site data): the device's setting applies.
}

// The data the address needs, requested now: the bundled dataset, or a pinned release (v=) and the
// index of releases. src/data/load-dataset.ts takes these requests instead of making its own.
var early = (window.__earlyRequests = {});
function request(url) {
  var href = new URL(url, document.baseURI).href;
  early[href] = fetch(href, { headers: { Accept: 'application/json' } });
}
function requestDataset() {
  var meta = document.querySelector('meta[name="dataset"]');
  if (!meta || typeof fetch !== 'function') return;
  var url = meta.getAttribute('content');
  var pinned = /(^|&)v=([0-9]{1,6}\.[0-9]{1,6}\.[0-9]{1,6})(&|$)/.exec(query);
  if (!pinned) return request(url);
  var data = url.replace(/partnership\.json$/, '');
  request(data + 'releases/index.json');
  request(data + 'releases/' + pinned[2] + '/partnership.json');
}

// The app's script, the modules it imports and the parts the address draws at once (data-when),
// named by scripts/prerender.ts: fetched (and compiled) together, once; each runs once imported.
var scriptsRequested = false;
function requestScripts() {
  if (scriptsRequested || sandboxed) return;
  scriptsRequested = true;
  var names = 'meta[name="app-entry"], meta[name="app-module"], meta[name="app-part"]';
  var metas = document.querySelectorAll(names);
  for (var i = 0; i < metas.length; i++) {
    var when = metas[i].getAttribute('data-when');
    if (when && ('&' + query).indexOf('&' + when) < 0) continue;
    var link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = metas[i].getAttribute('content');
    document.head.appendChild(link);
  }
}

function startApp() {
  var entry = document.querySelector('meta[name="app-entry"]');
  if (!entry || sandboxed) return;
  requestScripts();
  var script = document.createElement('script');
  script.type = 'module';
  script.src = entry.getAttribute('content');
  script.onerror = appFailed;
  document.head.appendChild(script);
}

// The app's script (or a module it imports) failed to load: the page shows what the build drew (the
// default view if the asked-for one was not drawn) and says why its controls do not work.
function appFailed() {
  var other = html.classList.contains('awaiting-view');
  html.classList.remove('awaiting-view');
  if (loadingLine) loadingLine.remove(); // even if the notice cannot be loaded either
  sayCannotRun(other ? 'failed-other-view' : 'failed');
}
function requestText(url) {
  return fetch(url).then(function (response) {
    return response.ok ? response.text() : null;
  });
}

// The build's drawing of the asked-for view, if any: its markup, requested now, and how to show it.
var prerendered = null;
if (query.length > 0 && typeof fetch === 'function') {
  // Its keys in any order: a link written by hand or by another site need not follow the app's.
  var inAnyOrder = function (search) {
    return search.split('&').sort().join('&');
  };
  var viewFile = function (search) {
    var views = document.querySelectorAll('meta[name="prerendered-view"]');
    for (var i = 0; i < views.length; i++)
      if (inAnyOrder(views[i].getAttribute('data-query')) === inAnyOrder(search))
        return views[i].getAttribute('content');
  };
  var file = viewFile(query);
  if (file) prerendered = { markup: requestText(file), show: showView };
  // A commitment opened over the default view, or over the Japanese overview (lang=ja).
  var item = /^item=([a-z0-9]+(?:-[a-z0-9]+)*)(&lang=ja)?$/.exec(inAnyOrder(query));
  var dialogs = document.querySelector('meta[name="prerendered-dialogs"]');
  // A commitment the build did not know (the file is missing) is drawn by the app.
  var dialog = item && dialogs && dialogs.getAttribute('content') + item[1];
  if (!prerendered && dialog && !item[2])
    prerendered = { markup: requestText(dialog + '.html'), show: showDialog };
  var overview = !prerendered && dialog && viewFile('lang=ja');
  if (overview) {
    var both = [requestText(overview), requestText(dialog + '.ja.html')];
    prerendered = { markup: Promise.all(both), show: showViewWithDialog };
  }
}
if (query.length > 0) {
  requestDataset();
  if (!prerendered) requestScripts();
}
// Put in place as soon as it arrives, over the page as far as it has been read (the parser goes on
// reading the default view into what was taken out), or once it has been read if the root was not
// there yet: a promise of whether it was shown.
var shown =
  prerendered &&
  prerendered.markup
    .then(function (markup) {
      // Not before the root's content: the default view the parser goes on reading would follow.
      var root = document.getElementById('root');
      if ((root && root.firstElementChild) || document.readyState !== 'loading')
        return prerendered.show(markup);
      return new Promise(function (resolve) {
        window.addEventListener('DOMContentLoaded', function () {
          resolve(prerendered.show(markup));
        });
      });
    })
    .then(null, function () {
      return false;
    });

/** The root still holding the build's drawing, with the markup to put in it; null when too late. */
function parsedFor(markup) {
  var root = document.getElementById('root');
  // Too late when the app has drawn the page, or could not run (appFailed).
  if (!markup || !root || !root.hasAttribute('data-prerendered')) return null;
  if (html.hasAttribute('data-cannot-run')) return null;
  var template = document.createElement('template');
  template.innerHTML = markup;
  return { root: root, content: template.content };
}

// Puts the build's drawing of the view in place of the default one; false when there is none. The
// cards follow a frame later, as while reading a page's own markup: laying out the whole Japanese
// overview in one task took half a second on a slow phone, most of it in the cards.
function showView(markup) {
  var parsed = parsedFor(markup);
  if (!parsed) return false;
  var cards = parsed.content.querySelector('.commitment-list');
  var place = cards && document.createComment('');
  if (cards) cards.replaceWith(place);
  parsed.root.replaceChildren(parsed.content);
  html.classList.remove('awaiting-view');
  return new Promise(function (resolve) {
    // After this frame's paint, before the next frame: the next paint has them.
    requestAnimationFrame(function () {
      setTimeout(function () {
        if (cards) place.replaceWith(cards);
        resolve(true);
      });
    });
  });
}

/** Opens the build's drawing of a commitment's dialog over the view; false when there is none. */
function showDialog(markup) {
  var parsed = parsedFor(markup);
  var dialog = parsed && parsed.content.firstElementChild;
  if (!dialog || typeof dialog.showModal !== 'function') return false;
  // Closed before the app runs, it would open again as the app starts: Escape waits for the app.
  dialog.addEventListener('cancel', function (event) {
    if (!appReady() && !html.hasAttribute('data-cannot-run')) event.preventDefault();
  });
  (parsed.root.firstElementChild || parsed.root).appendChild(dialog);
  html.classList.remove('awaiting-view');
  dialog.showModal();
  return true;
}
/** A view with a commitment's dialog over it, both put in place before the next paint. */
function showViewWithDialog(markups) {
  var shown = markups[0] && markups[1] && showView(markups[0]);
  return shown && showDialog(markups[1]) ? shown : false;
}

// Just before the frame after next is drawn: the next one is on screen.
function afterPaint(callback) {
  requestAnimationFrame(function () {
    requestAnimationFrame(callback);
  });
}

// Once the page's first paint is on screen: the browser reports it after the frame is shown, which
// can be later than the second frame begins. Where it is not reported, two frames; and within 3 s
// in any case, should the report never come (some privacy settings withhold it).
function onceOnScreen(callback) {
  var once = function () {
    if (callback) callback();
    callback = null;
  };
  setTimeout(once, 3000);
  var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
  if (!types || types.indexOf('paint') < 0) return afterPaint(once);
  new PerformanceObserver(function (list, observer) {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    once();
  }).observe({ type: 'paint', buffered: true });
}

function appReady() {
  return html.hasAttribute('data-app-ready');
}

// An empty live region first, its words once the page is painted: a screen reader announces them.
var loadingLine = null;
function addLoadingLine() {
  if (sandboxed || appReady() || !document.body) return;
  loadingLine = document.createElement('p');
  loadingLine.id = 'boot-loading';
  loadingLine.className = 'boot-loading';
  loadingLine.setAttribute('role', 'status');
  document.body.insertBefore(loadingLine, document.body.firstChild);
}
function sayLoading() {
  if (!loadingLine || appReady()) return;
  loadingLine.textContent = html.lang === 'ja' ? 'データを読み込んでいます…' : 'Loading the data…';
}

// The header's "More" menu (it holds the file picker) and "Open a dataset file…" work before the
// app runs too; the chosen file is handed to the app.
function onEarlyClick(event) {
  if (appReady() || !(event.target instanceof Element)) return;
  var more = event.target.closest('.more-menu-button');
  var list = more && document.getElementById(more.getAttribute('aria-controls'));
  if (list) {
    list.hidden = !list.hidden;
    more.setAttribute('aria-expanded', String(!list.hidden));
    return;
  }
  if (!event.target.closest('.open-dataset button')) return;
  var input = document.getElementById('dataset-file');
  if (input) input.click();
}
function onEarlyFile(event) {
  var input = event.target;
  if (appReady() || !input || input.id !== 'dataset-file' || !input.files) return;
  var file = input.files[0];
  if (!file) return;
  window.__earlyDatasetFile = file;
  window.dispatchEvent(new Event('early-dataset-file'));
}
document.addEventListener('click', onEarlyClick, true);
document.addEventListener('change', onEarlyFile, true);

window.addEventListener('DOMContentLoaded', function () {
  addLoadingLine();
  afterPaint(sayLoading);
  if (!prerendered) {
    if (query.length > 0) return startApp();
    return onceOnScreen(function () {
      requestDataset();
      startApp();
    });
  }
  // The app runs once the build's drawing is on screen, or at once when there is none to show, or
  // when its file has not come within 3 s (a stalled request): the app then draws the view.
  requestScripts();
  var stalled = new Promise(function (resolve) {
    setTimeout(resolve, 3000, false);
  });
  Promise.race([shown, stalled]).then(function (ok) {
    return ok ? afterPaint(startApp) : startApp();
  });
});
