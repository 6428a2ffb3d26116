// index.html holds the feed's first screen, prerendered at build time. Hosts that send
// index.html for every address (single-page-app fallbacks) would show it for an article
// too; this runs before the first paint and hides it there (see src/styles.css).
(function () {
  var meta = document.querySelector('meta[name="sourced-prerendered-path"]');
  if (meta && meta.getAttribute('content') !== location.pathname) {
    document.documentElement.setAttribute('data-prerender-elsewhere', '');
  }
})();
