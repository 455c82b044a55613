package io.github.sitrep.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One article to read: a file, or standard input.
 *
 * @param name how messages name it: the path as given, or {@code -}
 * @param path the file; empty for standard input
 */
record Input(String name, Optional<Path> path) {

  /** The name of standard input on the command line. */
  static final String STDIN = "-";

  /** @return the input for standard input */
  static Input stdin() {
    return new Input(STDIN, Optional.empty());
  }

  /**
   * @param path a file
   * @return the input for that file
   */
  static Input of(Path path) {
    return new Input(path.toString(), Optional.of(path));
  }

  /** @return the file name without its last extension: {@code 000_x} for {@code 000_x.txt} */
  String stem() {
    if (path.isEmpty()) {
      return "stdin";
    }
    String file = path.get().getFileName().toString();
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }
}
