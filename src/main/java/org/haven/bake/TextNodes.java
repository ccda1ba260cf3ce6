package org.haven.bake;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** The runs of text in a page's HTML, in order, leaving out what is inside some elements. */
final class TextNodes {
    private TextNodes() {}

    /** @param skipped element names whose text is left out (e.g. {@code a}, {@code code}) */
    static List<TextNode> outside(Element root, Set<String> skipped) {
        List<TextNode> nodes = new ArrayList<>();
        collect(root, skipped, nodes);
        return nodes;
    }

    private static void collect(Node node, Set<String> skipped, List<TextNode> nodes) {
        if (node instanceof Element element && skipped.contains(element.normalName())) return;
        if (node instanceof TextNode text) {
            nodes.add(text);
            return;
        }
        for (Node child : new ArrayList<>(node.childNodes())) collect(child, skipped, nodes);
    }
}
