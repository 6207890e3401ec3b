// Chronology filters, enhanced: on the full chronology, the filter links hide the entries that do not match
// instead of loading the filter's static page, and put that page's URL in the address bar. Without
// JavaScript, or on a filter page, they are plain links to those static pages.
(function () {
  'use strict';
  var nav = document.querySelector('[data-chronology-filters="all"]');
  if (!nav || !window.history || !history.pushState || !nav.closest) return;
  var entries = document.querySelectorAll('.chronology .entry');
  var count = document.getElementById('chronology-count');
  var heading = document.querySelector('main h1');
  var siteSuffix = document.title.slice(heading.textContent.length);

  function has(list, value) {
    return (' ' + (list || '') + ' ').indexOf(' ' + value + ' ') >= 0;
  }

  function apply(key, title) {
    var sep = key.indexOf(':');
    var dim = sep < 0 ? key : key.slice(0, sep);
    var value = key.slice(sep + 1);
    var shown = 0;
    Array.prototype.forEach.call(entries, function (e) {
      var ok = dim === 'all'
        || (dim === 'year' && e.getAttribute('data-year') === value)
        || (dim === 'series' && has(e.getAttribute('data-series'), value))
        || (dim === 'leader' && has(e.getAttribute('data-leaders'), value));
      e.hidden = !ok;
      if (ok) shown++;
    });
    ['.chronology .month', '.chronology .year'].forEach(function (sel) {
      Array.prototype.forEach.call(document.querySelectorAll(sel), function (g) {
        g.hidden = !g.querySelector('.entry:not([hidden])');
      });
    });
    Array.prototype.forEach.call(nav.querySelectorAll('a[data-filter]'), function (a) {
      if (a.getAttribute('data-filter') === key) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    });
    if (count) count.textContent = count.textContent.replace(/\d+/, String(shown));
    if (title) {
      heading.textContent = title;
      document.title = title + siteSuffix;
    }
  }

  var initial = { key: 'all', title: heading.textContent };
  nav.addEventListener('click', function (ev) {
    var a = ev.target.closest('a[data-filter]');
    if (!a || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
    ev.preventDefault();
    var state = { key: a.getAttribute('data-filter'), title: a.getAttribute('data-title') };
    apply(state.key, state.title);
    history.pushState(state, '', a.href);
  });
  window.addEventListener('popstate', function (ev) {
    var state = ev.state || initial;
    apply(state.key, state.title);
  });
})();
