/* Written by brief build --portable. Browsers refuse fetch() on pages opened from disk (file://), so the
   search index is shipped as scripts (X.js beside where X.json would be), each calling briefIndexFile(data).
   This answers the search script's fetch() of X.json by loading X.js with a <script> element. */
(function () {
  'use strict';
  var loaded = {};
  window.briefIndexFile = function (data) { loaded[document.currentScript.src] = data; };
  var real = window.fetch;
  function answer(status, data) {
    return { status: status, ok: status === 200, json: function () { return Promise.resolve(data); } };
  }
  window.fetch = function (url) {
    if (typeof url !== 'string' || !/\.json$/.test(url)) return real.apply(this, arguments);
    return new Promise(function (resolve) {
      var s = document.createElement('script');
      s.src = url.replace(/\.json$/, '.js');
      var key = s.src;
      s.onload = function () { resolve(answer(200, loaded[key])); s.remove(); };
      s.onerror = function () { resolve(answer(404)); s.remove(); };
      document.head.appendChild(s);
    });
  };
}());
