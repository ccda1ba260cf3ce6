/* Haven search: the rule that turns what someone typed into a lunr query, and the order results
   are shown in. org.haven.search.SearchQuery is the same rule in Java (its class comment says it
   in words); SiteSearchIndexTest runs this file under Node and checks both give the same query
   string, and agree on which input soundsPublic.
   lunrIndex unpacks the index JSON's "index" for lunr.Index.load.
   thesaurus is the index JSON's "thesaurus": {words: {stems: [site words]}, ignore: [stems]}.
   A classic script: it defines the global havenSearchQuery and touches nothing else. */
var havenSearchQuery = (function () {
  'use strict';
  var FUZZY_FROM = 5;
  var PUBLIC_BOOST = 4;
  var REPORT_BOOST = 2;
  var NONE = { words: {}, ignore: [] };
  /* A page in a language with no stemmer is indexed by its words as written, in any script
     (org.haven.search.AsWritten). */
  var NOT_A_WORD_AT_THE_EDGES = /^[^\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}]+$/gu;

  /* A word as written, in any script: without what is neither letter, mark nor digit at its edges. */
  function trimmed(w) {
    return w.replace(NOT_A_WORD_AT_THE_EDGES, '');
  }

  function stem(lunr, w) {
    return lunr.stemmer(new lunr.Token(w, {})).toString();
  }

  /* Tokens from lunr.tokenizer; '*' removed; lunr's trimmer (plain) and trimmed (written); a
     token with neither dropped. Each is {plain, left, written}: left when it is one of lunr's stop
     words or its stem is ignored, or when lunr's trimmer leaves nothing of it. */
  function words(lunr, input, thesaurus) {
    var ignore = (thesaurus || NONE).ignore || [];
    var out = [];
    lunr.tokenizer(String(input || '')).forEach(function (token) {
      var typed = token.toString().replace(/\*/g, '');
      var w = lunr.trimmer(new lunr.Token(typed, {})).toString();
      var written = trimmed(typed);
      if (!w) {
        if (written) out.push({ plain: '', left: true, written: written });
        return;
      }
      var stop = lunr.stopWordFilter(new lunr.Token(w, {})) === undefined;
      out.push({ plain: w, left: stop || ignore.indexOf(stem(lunr, w)) !== -1, written: written });
    });
    return out;
  }

  /* The words looked for as written, for pages in other languages: those lunr's trimmer cuts, as
     they have letters beyond ASCII at an edge ("się", "بچے"). Other words are found in those pages
     by their English clauses (the whole word, its stem as a prefix, and one letter out), which leave
     English searches as they were. */
  function asWritten(list) {
    return list.filter(function (w) { return w.written !== w.plain; });
  }

  /* The English words: those lunr's trimmer leaves something of. */
  function english(list) {
    return list.filter(function (w) { return w.plain !== ''; });
  }

  function esc(w) {
    return w.replace(/[\\:~^+]/g, '\\$&');
  }

  /* The phrases typed that the thesaurus knows: runs of tokens, by their stems joined with spaces. */
  function phrasesTyped(lunr, list, thesaurus) {
    var known = (thesaurus || NONE).words || {};
    var longest = Object.keys(known).reduce(function (n, p) { return Math.max(n, p.split(' ').length); }, 0);
    var stems = list.map(function (w) { return stem(lunr, w.plain); });
    var out = [];
    for (var i = 0; i < stems.length; i++) {
      for (var n = 1; n <= longest && i + n <= stems.length; n++) {
        var phrase = stems.slice(i, i + n).join(' ');
        if (Object.prototype.hasOwnProperty.call(known, phrase)) out.push(phrase);
      }
    }
    return out;
  }

  /* The site words for the phrases typed, each once, leaving out words typed themselves. */
  function siteWords(lunr, list, thesaurus) {
    var typed = list.map(function (w) { return w.plain; });
    var out = [];
    phrasesTyped(lunr, list, thesaurus).forEach(function (phrase) {
      thesaurus.words[phrase].forEach(function (s) {
        if (typed.indexOf(s) === -1 && out.indexOf(s) === -1) out.push(s);
      });
    });
    return out;
  }

  /* Typed in everyday words: a phrase the thesaurus knows, or a filler word it ignores. */
  function soundsPublic(lunr, input, thesaurus) {
    var ignore = (thesaurus || NONE).ignore || [];
    var list = english(words(lunr, input, thesaurus));
    return phrasesTyped(lunr, list, thesaurus).length > 0
      || list.some(function (w) { return ignore.indexOf(stem(lunr, w.plain)) !== -1; });
  }

  /* Of the English words, a left word only when it is the last and every word is left, as a prefix
     (esc(w)*); other words as esc(w)^10 esc(stem(w))*, and esc(w)~1 from FUZZY_FROM characters; then
     each site word as esc(s)^5; then each word asWritten keeps, as written, as the start of a word
     (esc(written)*^10). */
  function queryFor(lunr, input, thesaurus) {
    var typed = words(lunr, input, thesaurus);
    var list = english(typed);
    var clauses = [];
    var alone = list.every(function (w) { return w.left; });
    list.forEach(function (w, i) {
      if (w.left) {
        if (alone && i === list.length - 1) clauses.push(esc(w.plain) + '*');
        return;
      }
      clauses.push(esc(w.plain) + '^10');
      clauses.push(esc(stem(lunr, w.plain)) + '*');
      if (w.plain.length >= FUZZY_FROM) clauses.push(esc(w.plain) + '~1');
    });
    siteWords(lunr, list, thesaurus).forEach(function (s) { clauses.push(esc(s) + '^5'); });
    asWritten(typed).forEach(function (w) { clauses.push(esc(w.written) + '*^10'); });
    return clauses.join(' ');
  }

  /* The same clauses through lunr's query API, for a string its parser rejects. */
  function query(lunr, index, input, thesaurus) {
    var typed = words(lunr, input, thesaurus);
    var list = english(typed);
    var alone = list.every(function (w) { return w.left; });
    return index.query(function (q) {
      list.forEach(function (w, i) {
        if (w.left && !(alone && i === list.length - 1)) return;
        if (!w.left) q.term(w.plain, { boost: 10 });
        q.term((w.left ? w.plain : stem(lunr, w.plain)) + '*', { usePipeline: false });
        if (!w.left && w.plain.length >= FUZZY_FROM) q.term(w.plain, { editDistance: 1 });
      });
      siteWords(lunr, list, thesaurus).forEach(function (s) { q.term(s, { boost: 5 }); });
      asWritten(typed).forEach(function (w) { q.term(w.written + '*', { boost: 10, usePipeline: false }); });
    });
  }

  /* lunr's score, times PUBLIC_BOOST for a page for the public when the words typed sound like
     the public's (soundsPublic), and REPORT_BOOST again for a page on reporting a worry; equal
     scores keep lunr's order. */
  function rank(results, docs, publicSounding) {
    return results.map(function (r, i) {
      var doc = Object.prototype.hasOwnProperty.call(docs, r.ref) ? docs[r.ref] : {};
      var boost = publicSounding && doc.audience === 'public' ? PUBLIC_BOOST : 1;
      if (publicSounding && doc.report === true) boost *= REPORT_BOOST;
      return { ref: r.ref, score: r.score * boost, at: i };
    }).sort(function (a, b) { return b.score - a.score || a.at - b.at; });
  }

  /* The characters a packed vector is written in (org.haven.lunr.PackedIndex.DIGITS): whole
     numbers in base 32, most significant digit first, the last digit one of the first 32
     characters, each digit before it one of the other 32. */
  var DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var BASE = 32;
  var DIGIT_VALUES = (function () {
    var values = new Int8Array(128);
    for (var i = 0; i < DIGITS.length; i++) values[DIGITS.charCodeAt(i)] = i;
    return values;
  })();
  var NO_METADATA = Object.freeze({});

  /* The index as lunr.Index.load takes it (lunr's JSON.stringify of it), from the packed form
     org.haven.lunr.PackedIndex writes, and unpacked the same way: documents numbered "0" to
     "n-1", each with a vector for every field, as steps between ascending term indexes and scores
     in thousandths; the postings are those vectors read the other way round. Made for speed on a
     phone: the postings are counted into typed arrays in one pass, and a posting becomes the object
     lunr reads (its documents, each with one shared empty metadata object: lunr writes into a
     document's metadata only the keys of another's, and there are none) only when a search first
     reads it. */
  function lunrIndex(packed) {
    var fields = packed.fields;
    var width = fields.length;
    var documentsInSlot = new Int32Array(packed.terms.length * width + 1); /* slot: term * width + field */
    var fieldVectors = packed.vectors.map(function (written, k) {
      var field = k % width;
      var elements = [];
      var termIndex = 0;
      var n = 0;
      var isScore = false;
      for (var i = 0; i < written.length; i++) {
        var digit = DIGIT_VALUES[written.charCodeAt(i)];
        n = n * BASE + (digit & (BASE - 1));
        if (digit >= BASE) continue;
        if (isScore) {
          elements.push(n / 1000);
        } else {
          termIndex += n;
          elements.push(termIndex);
          documentsInSlot[termIndex * width + field]++;
        }
        isScore = !isScore;
        n = 0;
      }
      return [fields[field] + '/' + Math.floor(k / width), elements];
    });
    var slotStart = new Int32Array(documentsInSlot.length);
    for (var slot = 1; slot < slotStart.length; slot++) slotStart[slot] = slotStart[slot - 1] + documentsInSlot[slot - 1];
    var documents = new Int32Array(slotStart[slotStart.length - 1]); /* the slot past the last term starts after every entry */
    var filled = slotStart.slice();
    fieldVectors.forEach(function (vector, k) {
      var elements = vector[1];
      var field = k % width;
      var doc = Math.floor(k / width);
      for (var i = 0; i < elements.length; i += 2) documents[filled[elements[i] * width + field]++] = doc;
    });

    function Posting(termIndex) { this._index = termIndex; }
    fields.forEach(function (field, f) {
      Object.defineProperty(Posting.prototype, field, {
        get: function () {
          var slot = this._index * width + f;
          var refs = {};
          for (var j = slotStart[slot]; j < slotStart[slot + 1]; j++) refs[documents[j]] = NO_METADATA;
          Object.defineProperty(this, field, { value: refs, enumerable: true, writable: true, configurable: true });
          return refs;
        }
      });
    });
    /* What lunr's own JSON of the posting holds, for JSON.stringify. */
    Posting.prototype.toJSON = function () {
      var json = { _index: this._index };
      var posting = this;
      fields.forEach(function (field) { json[field] = posting[field]; });
      return json;
    };

    var postings = packed.terms.map(function (term, i) { return [term, new Posting(i)]; });
    postings.sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0; });
    return {
      version: packed.version, fields: fields, fieldVectors: fieldVectors, invertedIndex: postings,
      pipeline: packed.pipeline
    };
  }

  return {
    lunrIndex: lunrIndex,
    words: words, stem: stem, queryFor: queryFor, query: query, soundsPublic: soundsPublic, rank: rank
  };
})();
