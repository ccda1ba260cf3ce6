package org.haven.lunr;

import java.util.List;

/**
 * A pipeline function: given a token, its index and all tokens, returns the token (possibly
 * changed), a {@code List<Token>} to emit several, or null to drop it.
 */
@FunctionalInterface
public interface PipelineFunction {
    Object apply(Token token, int i, List<Token> tokens);
}
