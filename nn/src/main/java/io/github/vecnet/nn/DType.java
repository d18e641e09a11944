package io.github.vecnet.nn;

import java.util.Locale;

/** Element type of a {@link Tensor}'s storage. */
public enum DType {
    /** IEEE 754 binary32, stored in a {@code float[]}. */
    FLOAT32,
    /** IEEE 754 binary64, stored in a {@code double[]}. */
    FLOAT64;

    /**
     * Parses {@code float32|float64} (also {@code f32|f64|float|double}), case-insensitive.
     *
     * @param name the name
     * @return the dtype
     */
    public static DType parse(String name) {
        if (name == null) {
            throw new IllegalArgumentException("dtype name must not be null; expected float32 or float64");
        }
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "float32":
            case "f32":
            case "float":
                return FLOAT32;
            case "float64":
            case "f64":
            case "double":
                return FLOAT64;
            default:
                throw new IllegalArgumentException("unknown dtype '" + name + "'; expected float32 or float64");
        }
    }

    /**
     * Lower-case name as used on command lines: {@code float32} or {@code float64}.
     *
     * @return the lower-case name, {@code float32} or {@code float64}
     */
    public String label() {
        return this == FLOAT32 ? "float32" : "float64";
    }
}
