package org.haven.lunr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * lunr.TokenSet: a finite state automaton over UTF-16 code units, used for the index's term list
 * and for wildcard and fuzzy query terms. Edges are kept in JS object key order (digit labels
 * first, ascending; then insertion order) so that enumeration order matches lunr.js.
 */
public final class TokenSet {
    private static final AtomicLong NEXT_ID = new AtomicLong(1);

    public boolean isFinal;
    final long id;
    private char[] labels = EMPTY_LABELS;
    private TokenSet[] targets = EMPTY_TARGETS;
    private int edgeCount;
    private String str;

    private static final char[] EMPTY_LABELS = new char[0];
    private static final TokenSet[] EMPTY_TARGETS = new TokenSet[0];

    public TokenSet() {
        id = NEXT_ID.getAndIncrement();
    }

    /** The node reached by {@code label}, or null. */
    public TokenSet edge(char label) {
        char[] l = labels;
        for (int i = 0; i < edgeCount; i++) if (l[i] == label) return targets[i];
        return null;
    }

    /** Sets (or replaces, keeping its place) the edge for {@code label}. */
    public void setEdge(char label, TokenSet node) {
        for (int i = 0; i < edgeCount; i++) {
            if (labels[i] == label) {
                targets[i] = node;
                return;
            }
        }
        if (edgeCount == labels.length) {
            int n = Math.max(2, edgeCount * 2);
            labels = Arrays.copyOf(labels, n);
            targets = Arrays.copyOf(targets, n);
        }
        int pos = edgeCount;
        if (label >= '0' && label <= '9') {
            pos = 0;
            while (pos < edgeCount && labels[pos] >= '0' && labels[pos] <= '9' && labels[pos] < label) pos++;
            System.arraycopy(labels, pos, labels, pos + 1, edgeCount - pos);
            System.arraycopy(targets, pos, targets, pos + 1, edgeCount - pos);
        }
        labels[pos] = label;
        targets[pos] = node;
        edgeCount++;
    }

    public int edgeCount() {
        return edgeCount;
    }

    /** lunr.TokenSet.fromArray: the minimal automaton for a sorted list of words. */
    public static TokenSet fromArray(List<String> words) {
        Builder b = new Builder();
        for (String w : words) b.insert(w);
        b.finish();
        return b.root;
    }

    /** lunr.TokenSet.fromString: {@code *} is a wildcard matching any run of characters. */
    public static TokenSet fromString(String str) {
        TokenSet node = new TokenSet(), root = node;
        for (int i = 0, len = str.length(); i < len; i++) {
            char ch = str.charAt(i);
            boolean fin = i == len - 1;
            if (ch == '*') {
                node.setEdge(ch, node);
                node.isFinal = fin;
            } else {
                TokenSet next = new TokenSet();
                next.isFinal = fin;
                node.setEdge(ch, next);
                node = next;
            }
        }
        return root;
    }

    private record Frame(TokenSet node, int editsRemaining, String str) {}

    /** lunr.TokenSet.fromFuzzyString: matches within {@code editDistance} edits. */
    public static TokenSet fromFuzzyString(String str, int editDistance) {
        TokenSet root = new TokenSet();
        ArrayDeque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(root, editDistance, str));
        while (!stack.isEmpty()) {
            Frame frame = stack.pop();
            String fs = frame.str;
            int flen = fs.length();
            if (flen > 0) {
                char ch = fs.charAt(0);
                TokenSet noEditNode = frame.node.edge(ch);
                if (noEditNode == null) {
                    noEditNode = new TokenSet();
                    frame.node.setEdge(ch, noEditNode);
                }
                if (flen == 1) noEditNode.isFinal = true;
                stack.push(new Frame(noEditNode, frame.editsRemaining, fs.substring(1)));
            }
            if (frame.editsRemaining == 0) continue;
            TokenSet insertionNode = frame.node.edge('*');
            if (insertionNode == null) {
                insertionNode = new TokenSet();
                frame.node.setEdge('*', insertionNode);
            }
            if (flen == 0) insertionNode.isFinal = true;
            stack.push(new Frame(insertionNode, frame.editsRemaining - 1, fs));
            if (flen > 1) stack.push(new Frame(frame.node, frame.editsRemaining - 1, fs.substring(1)));
            if (flen == 1) frame.node.isFinal = true;
            if (flen >= 1) {
                TokenSet substitutionNode = frame.node.edge('*');
                if (substitutionNode == null) {
                    substitutionNode = new TokenSet();
                    frame.node.setEdge('*', substitutionNode);
                }
                if (flen == 1) substitutionNode.isFinal = true;
                stack.push(new Frame(substitutionNode, frame.editsRemaining - 1, fs.substring(1)));
            }
            if (flen > 1) {
                char charA = fs.charAt(0), charB = fs.charAt(1);
                TokenSet transposeNode = frame.node.edge(charB);
                if (transposeNode == null) {
                    transposeNode = new TokenSet();
                    frame.node.setEdge(charB, transposeNode);
                }
                stack.push(new Frame(transposeNode, frame.editsRemaining - 1, charA + fs.substring(2)));
            }
        }
        return root;
    }

    /** lunr.TokenSet#toArray: the accepted words, in lunr.js's order. */
    public List<String> toArray() {
        List<String> words = new ArrayList<>();
        ArrayDeque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {"", this});
        while (!stack.isEmpty()) {
            Object[] frame = stack.pop();
            String prefix = (String) frame[0];
            TokenSet node = (TokenSet) frame[1];
            if (node.isFinal) words.add(prefix);
            for (int i = 0; i < node.edgeCount; i++) {
                stack.push(new Object[] {prefix + node.labels[i], node.targets[i]});
            }
        }
        return words;
    }

    /** A key identifying this node's state for minimisation (unambiguous, unlike lunr's). */
    String key() {
        if (str != null) return str;
        char[] sorted = Arrays.copyOf(labels, edgeCount);
        Arrays.sort(sorted);
        StringBuilder sb = new StringBuilder(edgeCount * 8 + 1);
        sb.append(isFinal ? '1' : '0');
        for (char label : sorted) {
            sb.append(label).append(edge(label).id).append(',');
        }
        return sb.toString();
    }

    /** lunr.TokenSet#intersect. */
    public TokenSet intersect(TokenSet b) {
        TokenSet output = new TokenSet();
        ArrayDeque<TokenSet[]> stack = new ArrayDeque<>();
        stack.push(new TokenSet[] {b, output, this});
        while (!stack.isEmpty()) {
            TokenSet[] frame = stack.pop();
            TokenSet qNodeF = frame[0], out = frame[1], nodeF = frame[2];
            for (int q = 0; q < qNodeF.edgeCount; q++) {
                char qEdge = qNodeF.labels[q];
                for (int n = 0; n < nodeF.edgeCount; n++) {
                    char nEdge = nodeF.labels[n];
                    if (nEdge == qEdge || qEdge == '*') {
                        TokenSet node = nodeF.targets[n], qNode = qNodeF.targets[q];
                        boolean fin = node.isFinal && qNode.isFinal;
                        TokenSet next = out.edge(nEdge);
                        if (next != null) {
                            next.isFinal = next.isFinal || fin;
                        } else {
                            next = new TokenSet();
                            next.isFinal = fin;
                            out.setEdge(nEdge, next);
                        }
                        stack.push(new TokenSet[] {qNode, next, node});
                    }
                }
            }
        }
        return output;
    }

    /** lunr.TokenSet.Builder: builds a minimal automaton from words inserted in sorted order. */
    public static final class Builder {
        private String previousWord = "";
        public final TokenSet root = new TokenSet();
        private final List<TokenSet[]> uncheckedParents = new ArrayList<>();
        private final List<Character> uncheckedChars = new ArrayList<>();
        private final Map<String, TokenSet> minimizedNodes = new HashMap<>();

        public void insert(String word) {
            if (word.compareTo(previousWord) < 0) throw new IllegalArgumentException("Out of order word insertion");
            int commonPrefix = 0;
            for (int i = 0; i < word.length() && i < previousWord.length(); i++) {
                if (word.charAt(i) != previousWord.charAt(i)) break;
                commonPrefix++;
            }
            minimize(commonPrefix);
            TokenSet node = uncheckedParents.isEmpty() ? root : uncheckedParents.get(uncheckedParents.size() - 1)[1];
            for (int i = commonPrefix; i < word.length(); i++) {
                TokenSet nextNode = new TokenSet();
                char ch = word.charAt(i);
                node.setEdge(ch, nextNode);
                uncheckedParents.add(new TokenSet[] {node, nextNode});
                uncheckedChars.add(ch);
                node = nextNode;
            }
            node.isFinal = true;
            previousWord = word;
        }

        public void finish() {
            minimize(0);
        }

        private void minimize(int downTo) {
            for (int i = uncheckedParents.size() - 1; i >= downTo; i--) {
                TokenSet[] pair = uncheckedParents.get(i);
                char ch = uncheckedChars.get(i);
                String childKey = pair[1].key();
                TokenSet existing = minimizedNodes.get(childKey);
                if (existing != null) {
                    pair[0].setEdge(ch, existing);
                } else {
                    pair[1].str = childKey;
                    minimizedNodes.put(childKey, pair[1]);
                }
                uncheckedParents.remove(i);
                uncheckedChars.remove(i);
            }
        }
    }
}
