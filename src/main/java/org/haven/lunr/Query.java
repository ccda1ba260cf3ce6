package org.haven.lunr;

import java.util.ArrayList;
import java.util.List;

/** lunr.Query: the clauses of a search, built by the query parser or by hand. */
public final class Query {
    public static final int WILDCARD_NONE = 0;
    public static final int WILDCARD_LEADING = 1;
    public static final int WILDCARD_TRAILING = 2;

    public static final int OPTIONAL = 1;
    public static final int REQUIRED = 2;
    public static final int PROHIBITED = 3;

    /** One clause. Null fields mean "not set", like a missing key on a lunr clause object. */
    public static final class Clause {
        public String term;
        public List<String> fields;
        public Double boost;
        public Boolean usePipeline;
        public Integer wildcard;
        public Integer editDistance;
        public Integer presence;

        public Clause() {}

        public Clause(String term) {
            this.term = term;
        }

        public Clause fields(List<String> f) {
            this.fields = f;
            return this;
        }

        public Clause boost(double b) {
            this.boost = b;
            return this;
        }

        public Clause usePipeline(boolean u) {
            this.usePipeline = u;
            return this;
        }

        public Clause wildcard(int w) {
            this.wildcard = w;
            return this;
        }

        public Clause editDistance(int d) {
            this.editDistance = d;
            return this;
        }

        public Clause presence(int p) {
            this.presence = p;
            return this;
        }

        Clause copy() {
            Clause c = new Clause(term);
            c.fields = fields;
            c.boost = boost;
            c.usePipeline = usePipeline;
            c.wildcard = wildcard;
            c.editDistance = editDistance;
            c.presence = presence;
            return c;
        }
    }

    public final List<Clause> clauses = new ArrayList<>();
    public final List<String> allFields;

    public Query(List<String> allFields) {
        this.allFields = allFields;
    }

    /** lunr.Query#clause: fills in defaults and adds the clause. */
    public Query clause(Clause clause) {
        if (clause.fields == null) clause.fields = allFields;
        if (clause.boost == null) clause.boost = 1.0;
        if (clause.usePipeline == null) clause.usePipeline = true;
        if (clause.wildcard == null) clause.wildcard = WILDCARD_NONE;
        if ((clause.wildcard & WILDCARD_LEADING) != 0 && !clause.term.startsWith("*")) clause.term = "*" + clause.term;
        if ((clause.wildcard & WILDCARD_TRAILING) != 0 && !clause.term.endsWith("*")) clause.term = clause.term + "*";
        if (clause.presence == null) clause.presence = OPTIONAL;
        clauses.add(clause);
        return this;
    }

    /** lunr.Query#term with default options. */
    public Query term(String term) {
        return term(term, null);
    }

    /** lunr.Query#term. */
    public Query term(String term, Clause options) {
        Clause c = options == null ? new Clause() : options.copy();
        c.term = term;
        return clause(c);
    }

    /** lunr.Query#term for several terms sharing options. */
    public Query term(List<String> terms, Clause options) {
        for (String t : terms) term(t, options);
        return this;
    }

    /** True when every clause is prohibited. */
    public boolean isNegated() {
        for (Clause c : clauses) if (c.presence != PROHIBITED) return false;
        return true;
    }
}
