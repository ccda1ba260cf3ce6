package org.haven.lunr;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;

/**
 * lunr.Vector: a sparse vector held as a flat, index-sorted array {@code [index, value, ...]},
 * which is also its serialised form.
 */
public final class Vector {
    private double[] elements;
    private int size; // number of used slots in elements (2 per entry)
    private double magnitude;

    public Vector() {
        this(new double[8], 0);
    }

    Vector(double[] elements, int size) {
        this.elements = elements;
        this.size = size;
    }

    /** A vector over a copy of already-sorted {@code [index, value, ...]} elements. */
    public static Vector of(double... elements) {
        return new Vector(elements.clone(), elements.length);
    }

    /** lunr.Vector#positionForIndex. */
    public int positionForIndex(double index) {
        if (size == 0) return 0;
        int start = 0, end = size / 2;
        int sliceLength = end - start;
        int pivotPoint = sliceLength / 2;
        double pivotIndex = elements[pivotPoint * 2];
        while (sliceLength > 1) {
            if (pivotIndex < index) start = pivotPoint;
            if (pivotIndex > index) end = pivotPoint;
            if (pivotIndex == index) break;
            sliceLength = end - start;
            pivotPoint = start + sliceLength / 2;
            pivotIndex = elements[pivotPoint * 2];
        }
        if (pivotIndex == index) return pivotPoint * 2;
        if (pivotIndex > index) return pivotPoint * 2;
        return (pivotPoint + 1) * 2;
    }

    /** lunr.Vector#insert: throws on a duplicate index. */
    public void insert(double index, double val) {
        upsert(index, val, (a, b) -> {
            throw new IllegalStateException("duplicate index");
        });
    }

    /** lunr.Vector#upsert. */
    public void upsert(double index, double val, DoubleBinaryOperator fn) {
        magnitude = 0;
        int position = positionForIndex(index);
        if (position < size && elements[position] == index) {
            elements[position + 1] = fn.applyAsDouble(elements[position + 1], val);
        } else {
            if (size + 2 > elements.length) elements = Arrays.copyOf(elements, Math.max(8, elements.length * 2));
            System.arraycopy(elements, position, elements, position + 2, size - position);
            elements[position] = index;
            elements[position + 1] = val;
            size += 2;
        }
    }

    public double magnitude() {
        if (magnitude != 0) return magnitude;
        double sumOfSquares = 0;
        for (int i = 1; i < size; i += 2) {
            double v = elements[i];
            sumOfSquares += v * v;
        }
        return magnitude = Math.sqrt(sumOfSquares);
    }

    public double dot(Vector other) {
        double dotProduct = 0;
        double[] a = elements, b = other.elements;
        int aLen = size, bLen = other.size, i = 0, j = 0;
        while (i < aLen && j < bLen) {
            double aVal = a[i], bVal = b[j];
            if (aVal < bVal) {
                i += 2;
            } else if (aVal > bVal) {
                j += 2;
            } else {
                dotProduct += a[i + 1] * b[j + 1];
                i += 2;
                j += 2;
            }
        }
        return dotProduct;
    }

    /** lunr.Vector#similarity: {@code dot / magnitude || 0}. */
    public double similarity(Vector other) {
        double r = dot(other) / magnitude();
        return (Double.isNaN(r) || r == 0) ? 0 : r;
    }

    /** The values, without indices. */
    public double[] toArray() {
        double[] out = new double[size / 2];
        for (int i = 1, j = 0; i < size; i += 2, j++) out[j] = elements[i];
        return out;
    }

    /** The serialised form {@code [index, value, ...]}. */
    public double[] toJSON() {
        return Arrays.copyOf(elements, size);
    }

    void writeJson(StringBuilder sb) {
        sb.append('[');
        for (int i = 0; i < size; i++) {
            if (i > 0) sb.append(',');
            Json.writeNumber(sb, elements[i]);
        }
        sb.append(']');
    }
}
