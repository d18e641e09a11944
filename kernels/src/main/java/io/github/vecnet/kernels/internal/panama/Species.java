package io.github.vecnet.kernels.internal.panama;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector species every Panama kernel uses, in one place. They are {@code static final} so that C2 treats the
 * lane count as a constant. Public only for the kernels in {@code panama.gemm} and {@code panama.elementwise}: the
 * package is not exported, and no vector type leaves {@code internal.panama} and its sub-packages.
 */
public final class Species {
    public static final VectorSpecies<Float> FLOAT = FloatVector.SPECIES_PREFERRED;
    public static final VectorSpecies<Double> DOUBLE = DoubleVector.SPECIES_PREFERRED;

    private Species() {}
}
