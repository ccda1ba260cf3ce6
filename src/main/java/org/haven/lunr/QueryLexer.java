package org.haven.lunr;

import java.util.ArrayList;
import java.util.List;

/** lunr.QueryLexer: splits a query string into FIELD, TERM, EDIT_DISTANCE, BOOST and PRESENCE lexemes. */
public final class QueryLexer {
    public enum Type {
        FIELD,
        TERM,
        EDIT_DISTANCE,
        BOOST,
        PRESENCE
    }

    public record Lexeme(Type type, String str, int start, int end) {}

    private static final int EOS = -1;

    public final List<Lexeme> lexemes = new ArrayList<>();
    private final String str;
    private final int length;
    private int pos;
    private int start;
    private final List<Integer> escapeCharPositions = new ArrayList<>();

    public QueryLexer(String str) {
        this.str = str;
        this.length = str.length();
    }

    private interface State {
        State run(QueryLexer l);
    }

    public QueryLexer run() {
        State state = QueryLexer::lexText;
        while (state != null) state = state.run(this);
        return this;
    }

    private String sliceString() {
        StringBuilder sb = new StringBuilder();
        int sliceStart = start, sliceEnd;
        for (int p : escapeCharPositions) {
            sliceEnd = p;
            sb.append(Js.slice(str, sliceStart, sliceEnd));
            sliceStart = sliceEnd + 1;
        }
        sb.append(Js.slice(str, sliceStart, pos));
        escapeCharPositions.clear();
        return sb.toString();
    }

    private void emit(Type type) {
        lexemes.add(new Lexeme(type, sliceString(), start, pos));
        start = pos;
    }

    private void escapeCharacter() {
        escapeCharPositions.add(pos - 1);
        pos += 1;
    }

    private int next() {
        if (pos >= length) return EOS;
        return str.charAt(pos++);
    }

    private int width() {
        return pos - start;
    }

    private void ignore() {
        if (start == pos) pos += 1;
        start = pos;
    }

    private void backup() {
        pos -= 1;
    }

    private void acceptDigitRun() {
        int ch;
        do {
            ch = next();
        } while (ch > 47 && ch < 58);
        if (ch != EOS) backup();
    }

    private boolean more() {
        return pos < length;
    }

    private static State lexField(QueryLexer l) {
        l.backup();
        l.emit(Type.FIELD);
        l.ignore();
        return QueryLexer::lexText;
    }

    private static State lexTerm(QueryLexer l) {
        if (l.width() > 1) {
            l.backup();
            l.emit(Type.TERM);
        }
        l.ignore();
        return l.more() ? QueryLexer::lexText : null;
    }

    private static State lexEditDistance(QueryLexer l) {
        l.ignore();
        l.acceptDigitRun();
        l.emit(Type.EDIT_DISTANCE);
        return QueryLexer::lexText;
    }

    private static State lexBoost(QueryLexer l) {
        l.ignore();
        l.acceptDigitRun();
        l.emit(Type.BOOST);
        return QueryLexer::lexText;
    }

    private static State lexEOS(QueryLexer l) {
        if (l.width() > 0) l.emit(Type.TERM);
        return null;
    }

    private static State lexText(QueryLexer l) {
        while (true) {
            int ch = l.next();
            if (ch == EOS) return QueryLexer::lexEOS;
            if (ch == 92) {
                l.escapeCharacter();
                continue;
            }
            if (ch == ':') return QueryLexer::lexField;
            if (ch == '~') {
                l.backup();
                if (l.width() > 0) l.emit(Type.TERM);
                return QueryLexer::lexEditDistance;
            }
            if (ch == '^') {
                l.backup();
                if (l.width() > 0) l.emit(Type.TERM);
                return QueryLexer::lexBoost;
            }
            if (ch == '+' && l.width() == 1) {
                l.emit(Type.PRESENCE);
                return QueryLexer::lexText;
            }
            if (ch == '-' && l.width() == 1) {
                l.emit(Type.PRESENCE);
                return QueryLexer::lexText;
            }
            if (Tokenizer.isSeparator((char) ch)) return QueryLexer::lexTerm;
        }
    }
}
