package org.haven.lunr;

import java.util.function.Consumer;

/** Entry points mirroring the {@code lunr} function and {@code lunr.idf}. */
public final class Lunr {
    private Lunr() {}

    public static final String VERSION = "2.3.9";

    /**
     * {@code lunr(config)}: a builder with the default pipeline (trimmer, stopWordFilter, stemmer)
     * and search pipeline (stemmer), configured by {@code config}, then built.
     */
    public static Index lunr(Consumer<Builder> config) {
        Builder builder = defaultBuilder();
        config.accept(builder);
        return builder.build();
    }

    /** A builder with lunr's default pipelines. */
    public static Builder defaultBuilder() {
        Builder builder = new Builder();
        builder.pipeline.add(Trimmer.TRIMMER, StopWordFilter.STOP_WORD_FILTER, Stemmer.STEMMER);
        builder.searchPipeline.add(Stemmer.STEMMER);
        return builder;
    }

    /** lunr.idf, with fdlibm's log as V8 uses. */
    public static double idf(int documentsWithTerm, int documentCount) {
        double x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
        return StrictMath.log(1 + Math.abs(x));
    }
}
