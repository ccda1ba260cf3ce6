package org.haven.lunr;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** JavaScript semantics that lunr.js relies on implicitly: key order, number printing, slicing. */
final class Js {
    private Js() {}

    /** True if {@code s} is a canonical array index ("0", "17"), which JS objects order first. */
    static boolean isArrayIndex(String s) {
        int n = s.length();
        if (n == 0 || n > 10) return false;
        char c0 = s.charAt(0);
        if (c0 == '0') return n == 1;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        if (n == 10) return Long.parseLong(s) <= 4294967294L;
        return true;
    }

    /** The keys of a JS object in {@code Object.keys} order: array indices ascending, then insertion order. */
    static List<String> keys(Map<String, ?> map) {
        return keys(map.keySet());
    }

    static List<String> keys(Collection<String> insertionOrder) {
        boolean any = false;
        for (String k : insertionOrder) {
            if (isArrayIndex(k)) {
                any = true;
                break;
            }
        }
        if (!any) return new ArrayList<>(insertionOrder);
        List<String> idx = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String k : insertionOrder) {
            if (isArrayIndex(k)) idx.add(k);
            else rest.add(k);
        }
        idx.sort((a, b) -> Long.compare(Long.parseLong(a), Long.parseLong(b)));
        idx.addAll(rest);
        return idx;
    }

    /** {@code String.prototype.slice(start, end)} for non-negative arguments. */
    static String slice(String s, int start, int end) {
        int len = s.length();
        int a = Math.min(Math.max(start, 0), len);
        int b = Math.min(Math.max(end, 0), len);
        return a >= b ? "" : s.substring(a, b);
    }

    /** JS {@code Math.round}: the closest integer, ties towards +infinity. */
    static double round(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return x;
        double f = Math.floor(x);
        double diff = x - f;
        return diff >= 0.5 ? f + 1 : f;
    }

    /** {@code Number.prototype.toString()} (and {@code JSON.stringify}) for a double. */
    static String numberToString(double d) {
        StringBuilder sb = new StringBuilder(24);
        appendNumber(sb, d);
        return sb.toString();
    }

    /** Appends {@link #numberToString}'s text: an index holds millions of numbers, each written without a String of its own. */
    static void appendNumber(StringBuilder sb, double d) {
        if (Double.isNaN(d)) sb.append("NaN");
        else if (Double.isInfinite(d)) sb.append(d > 0 ? "Infinity" : "-Infinity");
        else if (d == 0) sb.append('0');
        else if (d == Math.rint(d) && Math.abs(d) < 1e15) sb.append((long) d);
        else if (!appendThousandths(sb, d)) sb.append(general(d));
    }

    /** A value with at most three decimals, the shape of every lunr score; false for any other. */
    private static boolean appendThousandths(StringBuilder sb, double d) {
        double a = Math.abs(d);
        if (a < 1e-3 || a >= 1e12) return false;
        double k = Math.rint(a * 1000);
        if (k >= 1e15 || k / 1000 != a) return false;
        long kl = (long) k;
        long ip = kl / 1000, fp = kl % 1000;
        if (d < 0) sb.append('-');
        sb.append(ip);
        if (fp != 0) {
            sb.append('.');
            if (fp < 100) sb.append('0');
            if (fp < 10) sb.append('0');
            long f = fp;
            while (f % 10 == 0) f /= 10;
            sb.append(f);
        }
        return true;
    }

    private static String general(double d) {
        BigDecimal exact = new BigDecimal(d);
        BigDecimal best = null;
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) {
                best = r;
                break;
            }
        }
        if (best == null) best = exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
        boolean neg = best.signum() < 0;
        best = best.abs().stripTrailingZeros();
        String digits = best.unscaledValue().toString();
        int k = digits.length();
        int n = k - best.scale(); // value = 0.digits * 10^n
        StringBuilder sb = new StringBuilder();
        if (neg) sb.append('-');
        if (k <= n && n <= 21) {
            sb.append(digits);
            for (int i = 0; i < n - k; i++) sb.append('0');
        } else if (0 < n && n <= 21) {
            sb.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            sb.append("0.");
            for (int i = 0; i < -n; i++) sb.append('0');
            sb.append(digits);
        } else {
            int e = n - 1;
            sb.append(digits.charAt(0));
            if (k > 1) sb.append('.').append(digits, 1, k);
            sb.append('e').append(e >= 0 ? "+" : "-").append(Math.abs(e));
        }
        return sb.toString();
    }

    /** JS {@code parseInt(s, 10)} for the digit runs the query lexer produces; NaN when empty. */
    static double parseIntDigits(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
        if (i == 0) return Double.NaN;
        return new BigDecimal(s.substring(0, i)).doubleValue();
    }

    /** JS {@code \s} (ECMAScript WhiteSpace and LineTerminator) for one UTF-16 code unit. */
    static boolean isJsWhitespace(char c) {
        switch (c) {
            case '\t':
            case '\n':
            case 0x0B:
            case '\f':
            case '\r':
            case ' ':
            case 0x00A0:
            case 0x1680:
            case 0x2028:
            case 0x2029:
            case 0x202F:
            case 0x205F:
            case 0x3000:
            case 0xFEFF:
                return true;
            default:
                return c >= 0x2000 && c <= 0x200A;
        }
    }

    /** JS {@code \w}: ASCII letters, digits and underscore. */
    static boolean isJsWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
