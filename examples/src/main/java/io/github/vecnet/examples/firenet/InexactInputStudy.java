package io.github.vecnet.examples.firenet;

import io.github.vecnet.examples.firenet.imaging.SplitComplex;
import java.util.ArrayList;
import java.util.List;

/**
 * Experiment 3a: FIRENET on the inexact input (A_n, y_n) of {@link InexactInputProblem}, error against the exact
 * problem's minimiser x*, for K in {1, 3, 6} and n in {10, 20, 30}, with the paper's parameters.
 */
public final class InexactInputStudy {
  public static final int[] K_VALUES = {1, 3, 6};
  public static final int[] N_VALUES = {10, 20, 30};
  static final int INNER_ITERATIONS = 50;
  static final int RESTARTS = 30;
  static final double DELTA = 1e-6;

  /** One table cell. */
  public record Cell(int k, int n, double error, double normBound, double minimiserDistance) {}

  private InexactInputStudy() {}

  public static List<Cell> run() {
    List<Cell> cells = new ArrayList<>();
    for (int k : K_VALUES) {
      for (int n : N_VALUES) {
        cells.add(cell(k, n));
      }
    }
    return cells;
  }

  static Cell cell(int k, int n) {
    InexactInputProblem perturbed = InexactInputProblem.build(k, n, InexactInputProblem.perturbedIndex(k));
    InexactInputProblem exact = InexactInputProblem.build(k, n, InexactInputProblem.exactIndex(k));
    double normBound = perturbed.matrix().spectralNorm();
    double step = Math.sqrt(1 / normBound) - 1e-4;
    SplitComplex y = SplitComplex.real(perturbed.data());
    Firenet.Parameters parameters = new Firenet.Parameters(InexactInputProblem.LAMBDA, step, step, normBound,
        DELTA, y.norm(), INNER_ITERATIONS, RESTARTS, null);
    SplitComplex x = new Firenet(perturbed.matrix(), parameters).reconstruct(y, null);
    double error = distance(x, exact.minimiser());
    double minimiserDistance = distance(SplitComplex.real(perturbed.minimiser()), exact.minimiser());
    return new Cell(k, n, error, normBound, minimiserDistance);
  }

  private static double distance(SplitComplex x, double[] target) {
    double sum = 0;
    for (int i = 0; i < target.length; i++) {
      double d = x.re()[i] - target[i];
      sum += d * d + x.im()[i] * x.im()[i];
    }
    return Math.sqrt(sum);
  }

  /** Prints the 3 x 3 table (rows n, columns K) with 7 decimals. */
  public static String format(List<Cell> cells) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("%-8s", "n \\ K"));
    for (int k : K_VALUES) {
      sb.append(String.format("%14s", "K = " + k));
    }
    sb.append('\n');
    for (int n : N_VALUES) {
      sb.append(String.format("%-8s", "n = " + n));
      for (int k : K_VALUES) {
        for (Cell c : cells) {
          if (c.k() == k && c.n() == n) {
            sb.append(String.format("%14.7f", c.error()));
          }
        }
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
