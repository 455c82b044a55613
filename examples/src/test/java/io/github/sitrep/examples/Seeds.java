package io.github.sitrep.examples;

import java.nio.file.Path;

/** Where the repository's articles are, seen from the examples module. */
final class Seeds {

  static final Path SEED = Path.of("..", "seeds", "000_d761ccc542c0aeb6.txt");
  static final Path DEV = Path.of("..", "seeds", "dev");

  private Seeds() {}
}
