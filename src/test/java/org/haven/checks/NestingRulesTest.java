package org.haven.checks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.haven.problems.Problems;
import org.junit.jupiter.api.Test;

/** Nesting is measured as Asciidoctor nests: blocks in blocks, lists in lists, nothing inside a listing. */
class NestingRulesTest {
    @Test
    void realPagesPass() {
        String text =
                "= A page\n\n* one\n** two\n*** three\n\n====\n. first\n.. second\n----\n====\n====\n----\n====\n\n|===\n| a | b\n|===\n";
        assertTrue(check(text));
    }

    @Test
    void delimitersInsideAListingAreText() {
        StringBuilder text = new StringBuilder("----\n");
        for (int i = 0; i < 200; i++) text.append("=".repeat(4 + i)).append('\n');
        text.append("----\n");
        assertTrue(check(text.toString()));
    }

    @Test
    void aListThatReturnsToItsLevelsStaysShallow() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 500; i++) text.append("* item\n** sub-item\n");
        assertTrue(check(text.toString()));
    }

    @Test
    void deepNestingIsRefused() {
        StringBuilder blocks = new StringBuilder();
        for (int i = 0; i < 100; i++) blocks.append("=".repeat(4 + i)).append('\n');
        StringBuilder list = new StringBuilder();
        for (int i = 1; i <= 100; i++) list.append(".".repeat(i)).append(" item\n");
        assertFalse(check(blocks.toString()));
        assertFalse(check(list.toString()));
    }

    private static boolean check(String text) {
        return NestingRules.check("content/a.adoc", text.lines().toList(), new Problems());
    }
}
