// Runs the real lunr.js 2.3.9 for the Java port's compatibility tests and benchmark.
// Usage: node lunr-tool.js <request.json> <response.json>
// The request is {"command": ..., ...}; see the handlers below.
'use strict'
const fs = require('fs')
const vm = require('vm')
const lunr = require('lunr')

if (lunr.version !== '2.3.9') {
  throw new Error('expected lunr 2.3.9, found ' + lunr.version)
}

function buildIndex (req) {
  return lunr(function () {
    this.ref(req.ref || 'id')
    for (const f of req.fields) {
      this.field(f.name, f.boost ? { boost: f.boost } : undefined)
    }
    if (req.whitelist) this.metadataWhitelist = req.whitelist
    for (const d of req.docs) {
      this.add(d.doc, d.boost ? { boost: d.boost } : undefined)
    }
  })
}

function runQueries (idx, queries) {
  return queries.map(function (q) {
    try {
      return { results: idx.search(q) }
    } catch (e) {
      if (e instanceof lunr.QueryParseError) return { error: e.message }
      throw e
    }
  })
}

// The site's own search-query.js, run as the browser runs a classic script
function queryRule (script) {
  const page = vm.createContext({})
  vm.runInContext(fs.readFileSync(script, 'utf8'), page, { filename: script })
  return vm.runInContext('havenSearchQuery', page)
}

const handlers = {
  build: function (req) {
    return { index: JSON.stringify(buildIndex(req)) }
  },
  buildAndSearch: function (req) {
    const idx = buildIndex(req)
    const serialised = JSON.stringify(idx)
    const out = { index: serialised }
    if (req.queries) out.own = runQueries(lunr.Index.load(JSON.parse(serialised)), req.queries)
    return out
  },
  search: function (req) {
    const idx = lunr.Index.load(JSON.parse(req.index))
    return { results: runQueries(idx, req.queries) }
  },
  // The site's index.json "index" as the browser loads it: unpacked by the shipped search-query.js
  unpack: function (req) {
    return { index: JSON.stringify(queryRule(req.script).lunrIndex(JSON.parse(req.packed))) }
  },
  queryApi: function (req) {
    // each query is a list of clauses {term, fields?, boost?, usePipeline?, wildcard?, editDistance?, presence?}
    const idx = lunr.Index.load(JSON.parse(req.index))
    return {
      results: req.queries.map(function (clauses) {
        return idx.query(function (q) {
          clauses.forEach(function (c) {
            const opts = Object.assign({}, c)
            delete opts.term
            q.term(c.term, opts)
          })
        })
      })
    }
  },
  queryFor: function (req) {
    const rule = queryRule(req.script)
    return {
      queries: req.inputs.map(function (i) { return rule.queryFor(lunr, i, req.thesaurus) }),
      soundsPublic: req.inputs.map(function (i) { return rule.soundsPublic(lunr, i, req.thesaurus) })
    }
  },
  stem: function (req) {
    return { stems: req.words.map(function (w) { return lunr.stemmer(new lunr.Token(w)).toString() }) }
  },
  pipeline: function (req) {
    return {
      texts: req.texts.map(function (t) {
        const tokens = lunr.tokenizer(t, { fields: ['body'] })
        return tokens.map(function (tok) {
          const s = tok.toString()
          const trimmed = lunr.trimmer(new lunr.Token(s)).toString()
          const kept = lunr.stopWordFilter(new lunr.Token(trimmed)) !== undefined
          return { str: s, position: tok.metadata.position, index: tok.metadata.index, trimmed: trimmed, stop: !kept }
        })
      })
    }
  },
  numbers: function (req) {
    return { strings: req.numbers.map(function (n) { return JSON.stringify(n) }) }
  },
  bench: function (req) {
    const times = []
    let size = 0
    for (let r = 0; r < (req.repeats || 3); r++) {
      const start = process.hrtime.bigint()
      const idx = buildIndex(req)
      const json = JSON.stringify(idx)
      const end = process.hrtime.bigint()
      times.push(Number(end - start) / 1e9)
      size = Buffer.byteLength(json, 'utf8')
    }
    return { seconds: times, bytes: size }
  }
}

const [, , reqPath, resPath] = process.argv
const req = JSON.parse(fs.readFileSync(reqPath, 'utf8'))
const handler = handlers[req.command]
if (!handler) throw new Error('unknown command ' + req.command)
fs.writeFileSync(resPath, JSON.stringify(handler(req)))
