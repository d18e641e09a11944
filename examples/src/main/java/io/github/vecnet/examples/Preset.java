package io.github.vecnet.examples;

/**
 * Scale of a run: {@link #QUICK} finishes in about two minutes on 2 cores; {@link #FULL} is the paper's scale;
 * {@link #SMOKE} (hidden launcher option {@code --smoke}) is a few seconds, for the CI smoke tests that check every
 * output file is written. An experiment without a smaller setting treats SMOKE as QUICK.
 */
public enum Preset {
  SMOKE,
  QUICK,
  FULL
}
