package io.github.vecnet.kernels.internal.panama;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector species every Panama kernel uses, in one place. They are {@code static final} so that C2 treats the
 * lane count as a constant; no vector type leaves this package.
 */
final class Species {
    static final VectorSpecies<Float> FLOAT = FloatVector.SPECIES_PREFERRED;
    static final VectorSpecies<Double> DOUBLE = DoubleVector.SPECIES_PREFERRED;

    private Species() {}
}
