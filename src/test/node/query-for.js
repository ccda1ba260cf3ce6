// Reference implementation, for the site's browser script, of
// org.haven.search.SiteSearchIndex.queryFor: turns what someone typed into a lunr query string.
// The Java tests check that both give the same string for many inputs.
'use strict'

function queryFor (lunr, input) {
  const words = lunr.tokenizer(input || '').map(function (t) {
    const w = lunr.trimmer(new lunr.Token(t.toString().replace(/\*/g, ''))).toString()
    return { w: w, stop: w !== '' && lunr.stopWordFilter(new lunr.Token(w)) === undefined }
  }).filter(function (x) { return x.w !== '' })
  const esc = function (s) { return s.replace(/[\\:~^+]/g, '\\$&') }
  const clauses = []
  words.forEach(function (x, i) {
    if (x.stop) {
      if (i === words.length - 1) clauses.push(esc(x.w) + '*')
      return
    }
    clauses.push(esc(x.w) + '^10')
    clauses.push(esc(lunr.stemmer(new lunr.Token(x.w)).toString()) + '*')
  })
  return clauses.join(' ')
}

module.exports = queryFor
