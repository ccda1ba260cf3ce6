package org.haven.lunr;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader and writer with {@code JSON.stringify} semantics: objects are written in
 * JS key order (array-index keys first, then insertion order), numbers as JS prints them, and
 * strings escaped exactly as {@code JSON.stringify} escapes them.
 *
 * <p>The reader returns {@link LinkedHashMap}, {@link ArrayList}, {@link String}, {@link Double},
 * {@link Boolean} and {@code null}.
 */
public final class Json {
    private Json() {}

    /** Parses JSON text. */
    public static Object parse(String text) {
        Reader r = new Reader(text);
        r.ws();
        Object v = r.value();
        r.ws();
        if (r.pos != text.length()) throw r.error("unexpected trailing characters");
        return v;
    }

    /** Serialises a value tree (maps, lists, strings, numbers, booleans, null, int[] and double[]). */
    public static String stringify(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value);
        return sb.toString();
    }

    /** Appends the JSON form of {@code value} to {@code sb}. */
    public static void write(StringBuilder sb, Object value) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String s) {
            writeString(sb, s);
        } else if (value instanceof Number n) {
            if (n instanceof Integer || n instanceof Long) sb.append(n.longValue());
            else writeNumber(sb, n.doubleValue());
        } else if (value instanceof Boolean b) {
            sb.append(b.booleanValue());
        } else if (value instanceof Map<?, ?> m) {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) m;
            sb.append('{');
            boolean first = true;
            for (String k : Js.keys(map)) {
                if (!first) sb.append(',');
                first = false;
                writeString(sb, k);
                sb.append(':');
                write(sb, map.get(k));
            }
            sb.append('}');
        } else if (value instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) sb.append(',');
                write(sb, l.get(i));
            }
            sb.append(']');
        } else if (value instanceof int[] a) {
            sb.append('[');
            for (int i = 0; i < a.length; i++) {
                if (i > 0) sb.append(',');
                sb.append(a[i]);
            }
            sb.append(']');
        } else if (value instanceof double[] a) {
            sb.append('[');
            for (int i = 0; i < a.length; i++) {
                if (i > 0) sb.append(',');
                writeNumber(sb, a[i]);
            }
            sb.append(']');
        } else {
            writeString(sb, value.toString());
        }
    }

    /** A number as JSON.stringify writes it (non-finite numbers become null). */
    public static void writeNumber(StringBuilder sb, double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) sb.append("null");
        else Js.appendNumber(sb, d);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** A string as JSON.stringify writes it. */
    public static void writeString(StringBuilder sb, String s) {
        sb.append('"');
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    sb.append("\\\"");
                    break;
                case '\\':
                    sb.append("\\\\");
                    break;
                case '\b':
                    sb.append("\\b");
                    break;
                case '\f':
                    sb.append("\\f");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\r':
                    sb.append("\\r");
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                default:
                    if (c < 0x20) {
                        unicodeEscape(sb, c);
                    } else if (Character.isSurrogate(c)) {
                        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                            sb.append(c).append(s.charAt(i + 1));
                            i++;
                        } else {
                            unicodeEscape(sb, c);
                        }
                    } else {
                        sb.append(c);
                    }
            }
        }
        sb.append('"');
    }

    private static void unicodeEscape(StringBuilder sb, char c) {
        sb.append("\\u")
                .append(HEX[(c >> 12) & 15])
                .append(HEX[(c >> 8) & 15])
                .append(HEX[(c >> 4) & 15])
                .append(HEX[c & 15]);
    }

    private static final int SLICE = 1 << 16;

    /**
     * JSON text as ASCII bytes, each character beyond ASCII written as its escape (as {@link
     * #writeString} writes a control character). A browser reads a body that is ASCII alone by a
     * faster path, which a handful of other characters anywhere in it is enough to lose
     * (bench/results/2026-12-02-search-index-in-ascii.md). Encoded a
     * slice at a time: a large site's search index is megabytes, and a copy of all of it would add
     * to the memory a build needs.
     */
    public static byte[] asciiBytes(CharSequence json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length() + SLICE);
        byte[] slice = new byte[SLICE];
        StringBuilder escape = new StringBuilder(6);
        int used = 0;
        for (int i = 0; i < json.length(); i++) {
            if (used > SLICE - 6) {
                out.write(slice, 0, used);
                used = 0;
            }
            char c = json.charAt(i);
            if (c < 0x80) {
                slice[used++] = (byte) c;
                continue;
            }
            escape.setLength(0);
            unicodeEscape(escape, c);
            for (int j = 0; j < escape.length(); j++) slice[used++] = (byte) escape.charAt(j);
        }
        out.write(slice, 0, used);
        return out.toByteArray();
    }

    private static final class Reader {
        final String s;
        int pos;

        Reader(String s) {
            this.s = s;
        }

        IllegalArgumentException error(String msg) {
            return new IllegalArgumentException("Invalid JSON at " + pos + ": " + msg);
        }

        void ws() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r') pos++;
                else break;
            }
        }

        Object value() {
            if (pos >= s.length()) throw error("unexpected end");
            char c = s.charAt(pos);
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 't':
                    expect("true");
                    return Boolean.TRUE;
                case 'f':
                    expect("false");
                    return Boolean.FALSE;
                case 'n':
                    expect("null");
                    return null;
                default:
                    return number();
            }
        }

        void expect(String word) {
            if (!s.startsWith(word, pos)) throw error("expected " + word);
            pos += word.length();
        }

        Map<String, Object> object() {
            LinkedHashMap<String, Object> m = new LinkedHashMap<>();
            pos++;
            ws();
            if (pos < s.length() && s.charAt(pos) == '}') {
                pos++;
                return m;
            }
            while (true) {
                ws();
                if (pos >= s.length() || s.charAt(pos) != '"') throw error("expected key");
                String k = string();
                ws();
                if (pos >= s.length() || s.charAt(pos) != ':') throw error("expected ':'");
                pos++;
                ws();
                Object v = value();
                m.put(k, v);
                ws();
                if (pos >= s.length()) throw error("unexpected end");
                char c = s.charAt(pos++);
                if (c == '}') return m;
                if (c != ',') throw error("expected ',' or '}'");
            }
        }

        List<Object> array() {
            ArrayList<Object> l = new ArrayList<>();
            pos++;
            ws();
            if (pos < s.length() && s.charAt(pos) == ']') {
                pos++;
                return l;
            }
            while (true) {
                ws();
                l.add(value());
                ws();
                if (pos >= s.length()) throw error("unexpected end");
                char c = s.charAt(pos++);
                if (c == ']') return l;
                if (c != ',') throw error("expected ',' or ']'");
            }
        }

        String string() {
            pos++;
            int start = pos;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '"') {
                    String r = s.substring(start, pos);
                    pos++;
                    return r;
                }
                if (c == '\\') break;
                pos++;
            }
            StringBuilder sb = new StringBuilder(s.substring(start, pos));
            while (pos < s.length()) {
                char c = s.charAt(pos++);
                if (c == '"') return sb.toString();
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                if (pos >= s.length()) break;
                char e = s.charAt(pos++);
                switch (e) {
                    case '"':
                        sb.append('"');
                        break;
                    case '\\':
                        sb.append('\\');
                        break;
                    case '/':
                        sb.append('/');
                        break;
                    case 'b':
                        sb.append('\b');
                        break;
                    case 'f':
                        sb.append('\f');
                        break;
                    case 'n':
                        sb.append('\n');
                        break;
                    case 'r':
                        sb.append('\r');
                        break;
                    case 't':
                        sb.append('\t');
                        break;
                    case 'u':
                        if (pos + 4 > s.length()) throw error("bad unicode escape");
                        sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                        pos += 4;
                        break;
                    default:
                        throw error("bad escape");
                }
            }
            throw error("unterminated string");
        }

        Double number() {
            int start = pos;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E') pos++;
                else break;
            }
            if (start == pos) throw error("unexpected character");
            return Double.valueOf(s.substring(start, pos));
        }
    }
}
