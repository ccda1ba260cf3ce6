/* Haven search: loads lunr, the query rule (search-query.js) and /search/index.json only when
   search is first used. */
(function () {
  'use strict';
  /* The site's root as this script's own address gives it (ROOT/theme/js/search.js), so a site
     published under a path (https://example.org/site/) finds its index and its pages there. */
  var SCRIPT_SRC = document.currentScript.src;
  var ROOT = new URL('../../', SCRIPT_SRC).pathname;
  var LUNR_SRC = new URL('lunr.min.js', SCRIPT_SRC).href;
  var QUERY_RULE_SRC = new URL('search-query.js', SCRIPT_SRC).href;
  var INDEX_URL = ROOT + 'search/index.json';
  var loading = null;
  var index = null;
  var docs = {};
  var thesaurus = null;
  var languages = {};

  function loadScript(src, loaded) {
    return new Promise(function (resolve, reject) {
      if (loaded()) return resolve();
      var s = document.createElement('script');
      s.src = src;
      s.async = true;
      s.onload = function () { resolve(); };
      s.onerror = function () { reject(new Error('Could not load ' + src)); };
      document.head.appendChild(s);
    });
  }

  function prepare() {
    if (!loading) {
      loading = Promise.all([
        loadScript(LUNR_SRC, function () { return window.lunr; }),
        loadScript(QUERY_RULE_SRC, function () { return window.havenSearchQuery; }),
        fetch(INDEX_URL, { credentials: 'same-origin' }).then(function (r) {
          if (!r.ok) throw new Error('Search index not found');
          mark('haven-search-index-arrived');
          return r.json();
        })
      ]).then(function (parts) {
        var data = parts[2];
        index = window.lunr.Index.load(window.havenSearchQuery.lunrIndex(data.index));
        languages = data.languages || {};
        docs = data.docs || [];
        thesaurus = data.thesaurus || null;
      });
      loading.catch(function () { loading = null; });
    }
    return loading;
  }

  /* What havenSearchQuery (search-query.js) finds, in its order, as
     org.haven.search.SiteSearchIndex.search does. */
  function run(input) {
    var lunr = window.lunr;
    var rule = window.havenSearchQuery;
    var q = rule.queryFor(lunr, input, thesaurus);
    if (!q) return [];
    var results;
    try {
      results = index.search(q);
    } catch (e) {
      results = rule.query(lunr, index, input, thesaurus);
    }
    return rule.rank(results, docs, rule.soundsPublic(lunr, input, thesaurus));
  }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text) e.textContent = text;
    return e;
  }

  /* User Timing marks, so a browser's tools (and Haven's benchmark) can see how long the
     first results take once the index has arrived. */
  function mark(name) {
    if (window.performance && performance.mark && !performance.getEntriesByName(name).length) performance.mark(name);
  }

  function primary(tag) {
    return String(tag || 'en').split('-')[0].toLowerCase();
  }

  /* "In Polski": said of a result in another language than this page's, with the language's own
     name marked as written in it; the wording is the list's data-result-language. */
  function languageNote(list, lang) {
    var wording = list.getAttribute('data-result-language') || '{language}';
    var at = wording.indexOf('{language}');
    var p = el('p', 'govuk-body-s haven-result__language');
    p.lang = document.documentElement.lang;
    var name = el('span', null, languages[lang] || lang);
    name.lang = lang;
    p.appendChild(document.createTextNode(at < 0 ? wording + ' ' : wording.slice(0, at)));
    p.appendChild(name);
    if (at >= 0) p.appendChild(document.createTextNode(wording.slice(at + '{language}'.length)));
    return p;
  }

  function show(input, list, status) {
    var query = input.trim();
    list.textContent = '';
    if (!query) {
      status.textContent = '';
      return;
    }
    var results = run(query);
    var total = results.length;
    results.slice(0, 50).forEach(function (r) {
      var doc = docs[r.ref];
      if (!doc) return;
      var li = el('li', 'haven-result');
      var lang = doc.lang || 'en';
      var foreign = primary(lang) !== primary(document.documentElement.lang);
      var h = el('h2', 'govuk-heading-s haven-result__title');
      if (foreign) { h.lang = lang; h.dir = 'auto'; }
      var a = el('a', 'govuk-link', doc.title || doc.url);
      a.href = ROOT + doc.url.replace(/^\//, '');
      h.appendChild(a);
      li.appendChild(h);
      if (doc.type) {
        var p = el('p', 'govuk-body-s haven-result__type');
        p.appendChild(el('strong', 'govuk-tag govuk-tag--grey haven-tag', doc.type));
        li.appendChild(p);
      }
      if (foreign) li.appendChild(languageNote(list, lang));
      if (doc.summary) {
        var summary = el('p', 'govuk-body haven-result__summary', doc.summary);
        if (foreign) { summary.lang = lang; summary.dir = 'auto'; }
        li.appendChild(summary);
      }
      list.appendChild(li);
    });
    if (list.children.length) mark('haven-search-first-results');
    var n = Math.max(total, list.children.length);
    var wording = n === 0 ? 'none' : n === 1 ? 'one' : n > list.children.length ? 'more' : 'other';
    status.textContent = say(status, wording)
      .replace('{count}', n).replace('{shown}', list.children.length).replace('{query}', query);
  }

  /* The page's wording, in its language, is in the status element's data attributes. */
  function say(status, name) {
    return status.getAttribute('data-' + name) || '';
  }

  function debounce(fn, ms) {
    var t;
    return function () {
      var args = arguments;
      clearTimeout(t);
      t = setTimeout(function () { fn.apply(null, args); }, ms);
    };
  }

  /* On a phone the header, the menu and the emergency numbers fill the first screen, so once a
     search is submitted the search form is brought to the top, its results right below it. */
  function revealResults(form, list) {
    var first = list.querySelector('a');
    if (!first) return;
    var box = first.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) form.scrollIntoView({ block: 'start' });
  }

  function startPage(form) {
    var input = form.querySelector('input[name="q"]');
    var list = document.getElementById('haven-search-results');
    var status = document.getElementById('haven-search-status');
    if (!input || !list || !status) return;
    function update(reveal) {
      var value = input.value;
      prepare().then(function () {
        show(value, list, status);
        if (reveal) revealResults(form, list);
      }, function () {
        status.textContent = say(status, 'broken');
      });
    }
    var later = debounce(function () { update(false); }, 100);
    input.addEventListener('focus', function () { prepare(); });
    input.addEventListener('input', later);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var url = ROOT + 'search/?q=' + encodeURIComponent(input.value);
      if (window.history && history.replaceState) history.replaceState(null, '', url);
      update(true);
    });
    var initial = new URLSearchParams(window.location.search).get('q');
    if (initial) {
      input.value = initial;
      var header = document.getElementById('haven-header-search');
      if (header) header.value = initial;
      update(true);
    }
  }

  function start() {
    var form = document.querySelector('form[data-haven-search-page]');
    if (form) startPage(form);
    var header = document.getElementById('haven-header-search');
    if (header) header.addEventListener('focus', function () { prepare(); }, { once: true });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
