package io.github.vecnet.examples;

/**
 * One line of the launcher's final table: which paper target, what was measured, and whether it was met.
 *
 * @param experiment launcher name of the experiment
 * @param target the paper's claim, e.g. {@code "Linf >= 3 x L2 at every m"}
 * @param measured the measured value(s), formatted for humans
 * @param pass whether the target was met
 */
public record ResultRow(String experiment, String target, String measured, boolean pass) {}
