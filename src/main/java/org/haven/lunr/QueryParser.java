package org.haven.lunr;

import java.util.List;
import java.util.Locale;

/** lunr.QueryParser: turns lexemes into query clauses; throws {@link QueryParseError}. */
public final class QueryParser {
    private final QueryLexer lexer;
    private final Query query;
    private Query.Clause currentClause = new Query.Clause();
    private List<QueryLexer.Lexeme> lexemes;
    private int lexemeIdx;

    public QueryParser(String str, Query query) {
        this.lexer = new QueryLexer(str);
        this.query = query;
    }

    private interface State {
        State run(QueryParser p);
    }

    public Query parse() {
        lexer.run();
        lexemes = lexer.lexemes;
        State state = QueryParser::parseClause;
        while (state != null) state = state.run(this);
        return query;
    }

    private QueryLexer.Lexeme peekLexeme() {
        return lexemeIdx < lexemes.size() ? lexemes.get(lexemeIdx) : null;
    }

    private QueryLexer.Lexeme consumeLexeme() {
        QueryLexer.Lexeme l = peekLexeme();
        lexemeIdx += 1;
        return l;
    }

    private void nextClause() {
        query.clause(currentClause);
        currentClause = new Query.Clause();
    }

    private static State parseClause(QueryParser p) {
        QueryLexer.Lexeme lexeme = p.peekLexeme();
        if (lexeme == null) return null;
        switch (lexeme.type()) {
            case PRESENCE:
                return QueryParser::parsePresence;
            case FIELD:
                return QueryParser::parseField;
            case TERM:
                return QueryParser::parseTerm;
            default:
                String msg = "expected either a field or a term, found " + lexeme.type();
                if (lexeme.str().length() >= 1) msg += " with value '" + lexeme.str() + "'";
                throw new QueryParseError(msg, lexeme.start(), lexeme.end());
        }
    }

    private static State parsePresence(QueryParser p) {
        QueryLexer.Lexeme lexeme = p.consumeLexeme();
        if (lexeme == null) return null;
        switch (lexeme.str()) {
            case "-":
                p.currentClause.presence = Query.PROHIBITED;
                break;
            case "+":
                p.currentClause.presence = Query.REQUIRED;
                break;
            default:
                throw new QueryParseError(
                        "unrecognised presence operator'" + lexeme.str() + "'", lexeme.start(), lexeme.end());
        }
        QueryLexer.Lexeme next = p.peekLexeme();
        if (next == null)
            throw new QueryParseError("expecting term or field, found nothing", lexeme.start(), lexeme.end());
        switch (next.type()) {
            case FIELD:
                return QueryParser::parseField;
            case TERM:
                return QueryParser::parseTerm;
            default:
                throw new QueryParseError(
                        "expecting term or field, found '" + next.type() + "'", next.start(), next.end());
        }
    }

    private static State parseField(QueryParser p) {
        QueryLexer.Lexeme lexeme = p.consumeLexeme();
        if (lexeme == null) return null;
        if (!p.query.allFields.contains(lexeme.str())) {
            StringBuilder possible = new StringBuilder();
            for (String f : p.query.allFields) {
                if (possible.length() > 0) possible.append(", ");
                possible.append('\'').append(f).append('\'');
            }
            throw new QueryParseError(
                    "unrecognised field '" + lexeme.str() + "', possible fields: " + possible,
                    lexeme.start(),
                    lexeme.end());
        }
        p.currentClause.fields = List.of(lexeme.str());
        QueryLexer.Lexeme next = p.peekLexeme();
        if (next == null) throw new QueryParseError("expecting term, found nothing", lexeme.start(), lexeme.end());
        if (next.type() == QueryLexer.Type.TERM) return QueryParser::parseTerm;
        throw new QueryParseError("expecting term, found '" + next.type() + "'", next.start(), next.end());
    }

    private static State afterTermLike(QueryParser p) {
        QueryLexer.Lexeme next = p.peekLexeme();
        if (next == null) {
            p.nextClause();
            return null;
        }
        switch (next.type()) {
            case TERM:
                p.nextClause();
                return QueryParser::parseTerm;
            case FIELD:
                p.nextClause();
                return QueryParser::parseField;
            case EDIT_DISTANCE:
                return QueryParser::parseEditDistance;
            case BOOST:
                return QueryParser::parseBoost;
            case PRESENCE:
                p.nextClause();
                return QueryParser::parsePresence;
            default:
                throw new QueryParseError("Unexpected lexeme type '" + next.type() + "'", next.start(), next.end());
        }
    }

    private static State parseTerm(QueryParser p) {
        QueryLexer.Lexeme lexeme = p.consumeLexeme();
        if (lexeme == null) return null;
        p.currentClause.term = lexeme.str().toLowerCase(Locale.ROOT);
        if (lexeme.str().indexOf('*') != -1) p.currentClause.usePipeline = false;
        return afterTermLike(p);
    }

    private static State parseEditDistance(QueryParser p) {
        QueryLexer.Lexeme lexeme = p.consumeLexeme();
        if (lexeme == null) return null;
        double d = Js.parseIntDigits(lexeme.str());
        if (Double.isNaN(d)) throw new QueryParseError("edit distance must be numeric", lexeme.start(), lexeme.end());
        p.currentClause.editDistance = (int) Math.min(d, Integer.MAX_VALUE);
        return afterTermLike(p);
    }

    private static State parseBoost(QueryParser p) {
        QueryLexer.Lexeme lexeme = p.consumeLexeme();
        if (lexeme == null) return null;
        double b = Js.parseIntDigits(lexeme.str());
        if (Double.isNaN(b)) throw new QueryParseError("boost must be numeric", lexeme.start(), lexeme.end());
        p.currentClause.boost = b;
        return afterTermLike(p);
    }
}
