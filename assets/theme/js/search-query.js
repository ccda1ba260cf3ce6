/* Haven search: the rule that turns what someone typed into a lunr query.
   org.haven.search.SiteSearchIndex.queryFor is the same rule in Java (its class comment says it
   in words); SiteSearchIndexTest runs this file under Node and checks both give the same string.
   A classic script: it defines the global havenSearchQuery and touches nothing else. */
var havenSearchQuery = (function () {
  'use strict';

  /* Tokens from lunr.tokenizer; '*' removed; lunr's trimmer; empty ones dropped.
     Each is {plain, stop}: stop when it is one of lunr's stop words. */
  function words(lunr, input) {
    var out = [];
    lunr.tokenizer(String(input || '')).forEach(function (token) {
      var w = lunr.trimmer(new lunr.Token(token.toString().replace(/\*/g, ''), {})).toString();
      if (w) out.push({ plain: w, stop: lunr.stopWordFilter(new lunr.Token(w, {})) === undefined });
    });
    return out;
  }

  function esc(w) {
    return w.replace(/[\\:~^+]/g, '\\$&');
  }

  function stem(lunr, w) {
    return lunr.stemmer(new lunr.Token(w, {})).toString();
  }

  /* Stop words only when last, as a prefix (esc(w)*); other words as esc(w)^10 esc(stem(w))*. */
  function queryFor(lunr, input) {
    var list = words(lunr, input);
    var clauses = [];
    list.forEach(function (w, i) {
      if (w.stop) {
        if (i === list.length - 1) clauses.push(esc(w.plain) + '*');
        return;
      }
      clauses.push(esc(w.plain) + '^10');
      clauses.push(esc(stem(lunr, w.plain)) + '*');
    });
    return clauses.join(' ');
  }

  return { words: words, stem: stem, queryFor: queryFor };
})();
