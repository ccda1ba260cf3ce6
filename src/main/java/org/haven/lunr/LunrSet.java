package org.haven.lunr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;

/** lunr.Set, with its {@link #COMPLETE} and {@link #EMPTY} sets. */
public class LunrSet {
    final HashSet<String> elements;

    public LunrSet(Collection<String> elements) {
        this.elements = new HashSet<>(elements);
    }

    private LunrSet() {
        this.elements = null;
    }

    public static final LunrSet COMPLETE = new LunrSet() {
        @Override
        public LunrSet intersect(LunrSet other) {
            return other;
        }

        @Override
        public LunrSet union(LunrSet other) {
            return this;
        }

        @Override
        public boolean contains(String o) {
            return true;
        }
    };

    public static final LunrSet EMPTY = new LunrSet() {
        @Override
        public LunrSet intersect(LunrSet other) {
            return this;
        }

        @Override
        public LunrSet union(LunrSet other) {
            return other;
        }

        @Override
        public boolean contains(String o) {
            return false;
        }
    };

    public boolean contains(String o) {
        return elements.contains(o);
    }

    public LunrSet intersect(LunrSet other) {
        if (other == COMPLETE) return this;
        if (other == EMPTY) return other;
        LunrSet a = this, b = other;
        if (this.elements.size() >= other.elements.size()) {
            a = other;
            b = this;
        }
        List<String> out = new ArrayList<>();
        for (String e : a.elements) if (b.elements.contains(e)) out.add(e);
        return new LunrSet(out);
    }

    public LunrSet union(LunrSet other) {
        if (other == COMPLETE) return COMPLETE;
        if (other == EMPTY) return this;
        List<String> all = new ArrayList<>(elements);
        all.addAll(other.elements);
        return new LunrSet(all);
    }
}
