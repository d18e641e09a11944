package io.github.vecnet.examples;

/** Scale of a run: {@link #QUICK} finishes in about two minutes on 2 cores; {@link #FULL} is the paper's scale. */
public enum Preset {
  QUICK,
  FULL
}
