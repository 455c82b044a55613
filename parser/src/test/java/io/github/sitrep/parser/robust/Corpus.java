package io.github.sitrep.parser.robust;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The seed and the development articles, read from the checkout. */
final class Corpus {

  static final Path SEED = Path.of("..", "seeds", "000_d761ccc542c0aeb6.txt");
  static final Path DEV = Path.of("..", "seeds", "dev");

  private Corpus() {}

  /**
   * @return the seed article followed by the development articles, in file name order
   * @throws IOException if one cannot be read
   */
  static List<String> all() throws IOException {
    List<String> texts = new ArrayList<>();
    texts.add(Files.readString(SEED, StandardCharsets.UTF_8));
    try (Stream<Path> files = Files.list(DEV)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    return texts;
  }
}
