package org.haven.bake;

import com.mitchellbosecke.pebble.extension.escaper.SafeString;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.haven.content.ContentDigest;
import org.haven.theme.Messages;

/**
 * A {@link ContentDigest} of everything a template is given, walked value by value: texts, numbers, records
 * by their components, lists and maps in the order a template would go through them. Two models
 * with the same digest render the same page from the same templates. A value of any other kind
 * gives no digest, and the page is rendered every time.
 */
final class ModelDigest {
    /** Each record class's component accessors, looked up once, not for each record digested. */
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) accessors[i] = components[i].getAccessor();
            return accessors;
        }
    };

    private final ContentDigest digest = ContentDigest.start();
    private final String wording;
    private final Map<Object, String> standIns;

    private ModelDigest(String wording, Map<Object, String> standIns) {
        this.wording = wording;
        this.standIns = standIns;
    }

    static Optional<String> of(Object value) {
        return of(value, "", Map.of());
    }

    /**
     * @param wording a digest of every language's interface wording, which {@link Messages} are read from
     * @param standIns for a value already known by the key it was made under (a page's finished
     *     body, by its entry's key), that key: the same object anywhere in the model is digested
     *     as the key, which is far shorter
     */
    static Optional<String> of(Object model, String wording, Map<Object, String> standIns) {
        ModelDigest walk = new ModelDigest(wording, standIns);
        try {
            walk.value(model);
        } catch (NotDigestible e) {
            return Optional.empty();
        }
        return Optional.of(walk.digest.hex());
    }

    private static final class NotDigestible extends Exception {
        NotDigestible() {
            super(null, null, false, false);
        }
    }

    private void value(Object value) throws NotDigestible {
        String standIn = value == null ? null : standIns.get(value);
        if (standIn != null) {
            tag('k');
            text(standIn);
        } else if (value == null) {
            tag('0');
        } else if (value instanceof String text) {
            tag('s');
            text(text);
        } else if (value instanceof SafeString html) {
            tag('h');
            text(html.toString());
        } else if (value instanceof Boolean
                || value instanceof Number
                || value instanceof Character
                || value instanceof Enum<?>
                || value instanceof TemporalAccessor) {
            tag('v');
            text(value.getClass().getName());
            text(value.toString());
        } else if (value instanceof Messages messages) {
            tag('m');
            text(messages.language());
            text(wording);
        } else if (value instanceof Record record) {
            record(record);
        } else if (value instanceof List<?> list) {
            tag('l');
            number(list.size());
            for (Object member : list) value(member);
        } else if (value instanceof Map<?, ?> map) {
            tag('M');
            number(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                value(entry.getKey());
                value(entry.getValue());
            }
        } else {
            throw new NotDigestible();
        }
    }

    private void record(Record record) throws NotDigestible {
        tag('r');
        text(record.getClass().getName());
        for (Method accessor : ACCESSORS.get(record.getClass())) {
            try {
                value(accessor.invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new NotDigestible();
            }
        }
    }

    private void tag(char tag) {
        digest.update((byte) tag);
    }

    private void number(int number) {
        digest.update(number);
    }

    private void text(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        number(bytes.length);
        digest.update(bytes);
    }
}
