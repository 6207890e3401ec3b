/* Search for brief sites: reads ?q=, downloads only the index shards its words need, ranks, shows results.
   The index is written by brief (brief.search.SearchIndex); tokenising and folding here must match Tokens.java. */
(function () {
  'use strict';
  var TOKEN = /[\p{L}\p{N}\p{M}]+/gu;
  var MARKS = /\p{M}+/gu;
  var PAGE = 10;
  /* A word of at least PREFIX letters also finds the words it begins ("trum" finds Trump); a number does not
     ("45" is not 453). Of the commonest such words, which have index files of their own, at most OWN are
     downloaded, the shortest first, so that a short prefix on a large site stays a small download. */
  var PREFIX = 3;
  var OWN = 4;
  var END = '0123456789abcdefghijklmnopqrstuv';
  var MORE = 'wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';

  var box = document.getElementById('search-results');
  if (!box) return;
  var base = box.getAttribute('data-index');
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-list');
  var cache = new Map();

  function exact(text) { return text.normalize('NFC').toLowerCase().match(TOKEN) || []; }
  function fold(tok) { return tok.toLowerCase().normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd'); }
  function shardKey(folded) { return Array.from(folded).slice(0, 2).join(''); }
  function safe(key) {
    if (/^[a-z0-9]+$/.test(key)) return key;
    return '_' + Array.from(key).map(function (c) { return c.codePointAt(0).toString(16) + '_'; }).join('');
  }
  function decode(s) {
    var out = [], acc = 0, prev = -1;
    for (var i = 0; i < s.length; i++) {
      var c = s.charAt(i), e = END.indexOf(c);
      if (e < 0) { acc = acc * 32 + MORE.indexOf(c); continue; }
      var gap = acc * 32 + e;
      acc = 0;
      prev = prev < 0 ? gap : prev + gap + 1;
      out.push(prev);
    }
    return out;
  }
  function get(path) {
    if (!cache.has(path)) {
      cache.set(path, fetch(base + path).then(function (r) {
        if (r.status === 404) return {};
        if (!r.ok) throw new Error(path + ': ' + r.status);
        return r.json();
      }));
    }
    return cache.get(path);
  }
  function prefixes(folded) { return Array.from(folded).length >= PREFIX && !/^[0-9]+$/.test(folded); }
  function entry(shard, key) {
    var v = shard[key];
    if (v === 1) return get('t/=' + safe(key) + '.json').then(function (own) { return own[key] || {}; });
    return Promise.resolve(v || {});
  }
  /* The forms of a folded word, {exact: its own forms, prefix: the forms of the longer words it begins}. */
  function forms(folded) {
    return get('t/' + safe(shardKey(folded)) + '.json').then(function (shard) {
      var longer = !prefixes(folded) ? [] : Object.keys(shard).filter(function (k) {
        return k !== folded && k.lastIndexOf(folded, 0) === 0;
      });
      var own = longer.filter(function (k) { return shard[k] === 1; })
        .sort(function (a, b) { return a.length - b.length || (a < b ? -1 : 1); }).slice(0, OWN);
      longer = longer.filter(function (k) { return shard[k] !== 1; }).concat(own);
      return Promise.all([entry(shard, folded)].concat(longer.map(function (k) { return entry(shard, k); })))
        .then(function (all) {
          var prefix = {};
          all.slice(1).forEach(function (fs) { Object.keys(fs).forEach(function (f) { prefix[f] = fs[f]; }); });
          return {exact: all[0], prefix: prefix};
        });
    });
  }
  function fill(template, args) {
    return template.replace(/\{(\d)\}/g, function (m, i) { return args[+i]; });
  }

  /* Ranks documents: all words matched first, then exact-diacritic above folded above a word's beginning,
     title above body. */
  function rank(meta, terms, entries) {
    var n = meta.docs, count = new Uint8Array(n), score = new Float64Array(n), best = new Float64Array(n);
    var hits = [];
    terms.forEach(function (term, i) {
      best.fill(0);
      var touched = [];
      [[entries[i].exact, 1], [entries[i].prefix, 0.5]].forEach(function (part) {
        var fs = part[0];
        Object.keys(fs).forEach(function (form) {
          var w = part[1] === 1 && form === term ? 2 : part[1];
          var title = new Set(decode(fs[form][1]));
          decode(fs[form][0]).forEach(function (d) {
            var s = w * (title.has(d) ? 3 : 1);
            if (best[d] === 0) touched.push(d);
            if (s > best[d]) best[d] = s;
          });
        });
      });
      touched.forEach(function (d) {
        if (count[d] === 0) hits.push(d);
        count[d]++;
        score[d] += best[d];
      });
    });
    hits.sort(function (a, b) { return count[b] - count[a] || score[b] - score[a] || a - b; });
    return hits;
  }

  function highlight(el, text, folds) {
    var last = 0, m;
    var starts = Array.from(folds).filter(prefixes);
    TOKEN.lastIndex = 0;
    while ((m = TOKEN.exec(text)) !== null) {
      var f = fold(m[0].normalize('NFC'));
      if (folds.has(f) || starts.some(function (p) { return f.lastIndexOf(p, 0) === 0; })) {
        el.appendChild(document.createTextNode(text.slice(last, m.index)));
        var mark = document.createElement('mark');
        mark.textContent = m[0];
        el.appendChild(mark);
        last = m.index + m[0].length;
      }
    }
    el.appendChild(document.createTextNode(text.slice(last)));
  }

  function show(meta, hits, from, folds) {
    var page = hits.slice(from, from + PAGE);
    var shards = Array.from(new Set(page.map(function (d) { return Math.floor(d / meta.per); })));
    return Promise.all(shards.map(function (k) { return get('d/' + k + '.json'); })).then(function (parts) {
      var byShard = new Map();
      shards.forEach(function (k, i) { byShard.set(k, parts[i]); });
      var old = list.querySelector('.search-more');
      if (old) old.remove();
      page.forEach(function (d) {
        var doc = byShard.get(Math.floor(d / meta.per))[d % meta.per];
        var li = document.createElement('li');
        li.className = 'search-hit';
        var h = document.createElement('h2');
        var a = document.createElement('a');
        a.href = doc[2];
        if (doc[6]) a.lang = doc[6];
        highlight(a, doc[1], folds);
        h.appendChild(a);
        li.appendChild(h);
        var p = document.createElement('p');
        p.className = 'search-meta';
        p.appendChild(document.createTextNode(box.getAttribute('data-kind-' + doc[0]) || ''));
        if (doc[3]) {
          p.appendChild(document.createTextNode(' · '));
          var t = document.createElement('time');
          t.dateTime = doc[3];
          t.textContent = doc[4];
          p.appendChild(t);
        }
        li.appendChild(p);
        if (doc[5]) {
          var s = document.createElement('p');
          s.className = 'search-snippet';
          if (doc[6]) s.lang = doc[6];
          highlight(s, doc[5], folds);
          li.appendChild(s);
        }
        list.appendChild(li);
      });
      if (from + PAGE < hits.length) {
        var li = document.createElement('li');
        li.className = 'search-more';
        var b = document.createElement('button');
        b.type = 'button';
        b.textContent = box.getAttribute('data-more');
        b.addEventListener('click', function () { show(meta, hits, from + PAGE, folds); });
        li.appendChild(b);
        list.appendChild(li);
      }
    });
  }

  var seq = 0;
  function run(query) {
    var started = performance.now();
    var mine = ++seq;
    var terms = Array.from(new Set(exact(query)));
    list.textContent = '';
    box.removeAttribute('data-ms');
    box.removeAttribute('data-state');
    if (terms.length === 0) { status.textContent = ''; box.setAttribute('data-state', 'done'); return Promise.resolve(); }
    status.textContent = box.getAttribute('data-loading');
    return Promise.all([get('meta.json')].concat(terms.map(function (t) { return forms(fold(t)); })))
      .then(function (all) {
        if (mine !== seq) return null;
        var meta = all[0], hits = rank(meta, terms, all.slice(1));
        var folds = new Set(terms.map(fold));
        status.textContent = hits.length === 0 ? fill(box.getAttribute('data-none'), [query])
          : hits.length === 1 ? fill(box.getAttribute('data-one'), [query])
          : fill(box.getAttribute('data-count'), [hits.length.toLocaleString(document.documentElement.lang), query]);
        return show(meta, hits, 0, folds);
      })
      .then(function () {
        if (mine !== seq) return;
        box.setAttribute('data-ms', (performance.now() - started).toFixed(1));
        box.setAttribute('data-state', 'done');
      })
      .catch(function (e) {
        if (mine !== seq) return;
        status.textContent = box.getAttribute('data-error');
        box.setAttribute('data-state', 'error: ' + e);
      });
  }

  /* The language switch opens the other language's search page with the same query. */
  function carry(query) {
    document.querySelectorAll('nav.langs a[hreflang]').forEach(function (a) {
      var url = new URL(a.href);
      if (query) url.searchParams.set('q', query); else url.searchParams.delete('q');
      a.href = url.href;
    });
  }

  var q = new URLSearchParams(location.search).get('q') || '';
  if (input) {
    input.value = q;
    input.form.addEventListener('submit', function (e) {
      e.preventDefault();
      var url = new URL(location.href);
      url.searchParams.set('q', input.value);
      history.replaceState(null, '', url);
      carry(input.value);
      run(input.value);
    });
  }
  carry(q);
  run(q);
}());
