package org.haven.lunr;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** lunr.Pipeline: an ordered list of registered functions run over tokens. */
public final class Pipeline {
    private static final Map<String, PipelineFunction> REGISTERED = new ConcurrentHashMap<>();
    private static final Map<PipelineFunction, String> LABELS =
            java.util.Collections.synchronizedMap(new IdentityHashMap<>());

    static {
        registerFunction(Trimmer.TRIMMER, "trimmer");
        registerFunction(StopWordFilter.STOP_WORD_FILTER, "stopWordFilter");
        registerFunction(Stemmer.STEMMER, "stemmer");
    }

    private final List<PipelineFunction> stack = new ArrayList<>();

    /** lunr.Pipeline.registerFunction. */
    public static void registerFunction(PipelineFunction fn, String label) {
        REGISTERED.put(label, fn);
        LABELS.put(fn, label);
    }

    /** lunr.Pipeline.load. */
    public static Pipeline load(List<?> serialised) {
        Pipeline p = new Pipeline();
        for (Object name : serialised) {
            PipelineFunction fn = REGISTERED.get(String.valueOf(name));
            if (fn == null) throw new IllegalArgumentException("Cannot load unregistered function: " + name);
            p.add(fn);
        }
        return p;
    }

    public Pipeline add(PipelineFunction... fns) {
        for (PipelineFunction fn : fns) stack.add(fn);
        return this;
    }

    public void after(PipelineFunction existing, PipelineFunction fn) {
        int pos = stack.indexOf(existing);
        if (pos == -1) throw new IllegalArgumentException("Cannot find existingFn");
        stack.add(pos + 1, fn);
    }

    public void before(PipelineFunction existing, PipelineFunction fn) {
        int pos = stack.indexOf(existing);
        if (pos == -1) throw new IllegalArgumentException("Cannot find existingFn");
        stack.add(pos, fn);
    }

    public void remove(PipelineFunction fn) {
        stack.remove(fn);
    }

    public void reset() {
        stack.clear();
    }

    public boolean isEmpty() {
        return stack.isEmpty();
    }

    /** lunr.Pipeline#run. */
    public List<Token> run(List<Token> tokens) {
        for (PipelineFunction fn : stack) {
            List<Token> memo = new ArrayList<>(tokens.size());
            for (int j = 0; j < tokens.size(); j++) {
                Object result = fn.apply(tokens.get(j), j, tokens);
                if (result == null) continue;
                if (result instanceof List<?> l) {
                    for (Object o : l) memo.add((Token) o);
                } else {
                    memo.add((Token) result);
                }
            }
            tokens = memo;
        }
        return tokens;
    }

    /** lunr.Pipeline#runString. */
    public List<String> runString(String str, List<String> fields) {
        List<Token> in = new ArrayList<>(1);
        in.add(new Token(str, fields, 0, -1, -1));
        List<Token> out = run(in);
        List<String> r = new ArrayList<>(out.size());
        for (Token t : out) r.add(t.toString());
        return r;
    }

    /** The labels of the functions, as lunr serialises a pipeline. */
    public List<String> toJSON() {
        List<String> labels = new ArrayList<>();
        for (PipelineFunction fn : stack) {
            String label = LABELS.get(fn);
            if (label == null) throw new IllegalStateException("Function is not registered with pipeline");
            labels.add(label);
        }
        return labels;
    }
}
