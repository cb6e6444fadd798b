// Loaded by public/boot.js only when the app cannot run, to say so plainly; the reason is in the
// page's data-cannot-run:
// - "sandboxed": a sandboxed frame without allow-same-origin (its origin is "null", its storage
//   refused). The page would be unstyled and do nothing, so it is replaced by a way to open it in a
//   new tab.
// - "failed" / "failed-other-view": the app's script could not be loaded. The page the build drew
//   stays (for "failed-other-view" the default view, not the one the link asks for), with a notice
//   above it and a way to reload.
// Words of this file's own, no text from the address. Styled through the CSSOM: the
// Content-Security-Policy allows no inline style, and a frame may not have the stylesheet.
(function () {
  var html = document.documentElement;
  var reason = html.getAttribute('data-cannot-run');
  var ja = html.lang === 'ja';
  var WORDS = {
    sandboxed: ja
      ? [
          'このページはこのフレームの中では動作しません。新しいタブで開いてください。',
          '新しいタブで開く',
        ]
      : ['This page cannot run inside this frame; open it in a new tab.', 'Open in a new tab'],
    failed: ja
      ? [
          'ページのプログラムを読み込めなかったため、絞り込み、リンクのコピー、ダウンロードは動作しません。',
          'ページを再読み込みする',
        ]
      : [
          'The page’s program could not be loaded, so filtering, copying links and downloads do not work.',
          'Reload the page',
        ],
  };
  var OTHER_VIEW = ja
    ? 'ここに表示されているのは、リンクが示す表示ではなく、英語の既定の表示です。'
    : 'What you see is the default view, not the one the link asks for.';

  function notice() {
    var words = WORDS[reason === 'sandboxed' ? 'sandboxed' : 'failed'];
    var box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.className = 'app-cannot-run';
    var text = document.createElement('p');
    text.textContent = words[0] + (reason === 'failed-other-view' ? ' ' + OTHER_VIEW : '');
    text.style.margin = '0 0 0.25rem';
    var link = document.createElement('a');
    link.textContent = words[1];
    box.append(text, link);
    box.style.cssText =
      'font: 16px/1.5 system-ui, sans-serif; margin: 1rem; padding: 0.75rem 1rem; color: #1a1a1a;' +
      'border: 1px solid #b88600; border-radius: 0.5rem; background: #fff8e5';
    if (reason !== 'sandboxed') {
      // Without its #fragment: a link to the same address with one only scrolls the page.
      link.href = window.location.href.replace(/#.*$/, '');
      return box;
    }
    link.href = window.location.href.replace(/([?&])embed=1(&|$)/, '$1').replace(/[?&]$/, '');
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    return box;
  }

  // A commitment's dialog the build opened (item=) is modal: the notice goes inside it, where it can
  // be read and reached; its Close button, the app's, now closes it, and the notice moves to the page.
  function showOver(dialog, box) {
    dialog.insertBefore(box, dialog.firstChild);
    var close = dialog.querySelector('.dialog-actions button');
    if (close)
      close.addEventListener('click', function () {
        dialog.close();
      });
    dialog.addEventListener('close', function () {
      document.body.insertBefore(box, document.body.firstChild);
    });
  }

  function show() {
    var loading = document.getElementById('boot-loading');
    if (loading) loading.remove();
    if (reason === 'sandboxed') return document.body.replaceChildren(notice());
    // The default view shown instead of the linked one is in English, whatever the page's language.
    var root = document.getElementById('root');
    if (reason === 'failed-other-view' && root) root.lang = 'en';
    var dialog = document.querySelector('dialog[open]');
    if (dialog) showOver(dialog, notice());
    else document.body.insertBefore(notice(), document.body.firstChild);
  }
  if (document.readyState === 'loading') window.addEventListener('DOMContentLoaded', show);
  else show();
})();
