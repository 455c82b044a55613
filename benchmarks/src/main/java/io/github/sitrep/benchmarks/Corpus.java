package io.github.sitrep.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The project's articles as the benchmarks read them: the seed article and the development
 * corpus, from the {@code seeds/} folder of the checkout the benchmark runs in (found from
 * the working directory upwards, or named by the system property {@code sitrep.root}).
 */
public final class Corpus {

  /** The seed article, relative to the checkout. */
  public static final String SEED = "seeds/000_d761ccc542c0aeb6.txt";

  /** The development articles' folder, relative to the checkout. */
  public static final String DEV = "seeds/dev";

  private Corpus() {}

  /** @return the checkout's root folder */
  public static Path root() {
    String given = System.getProperty("sitrep.root");
    if (given != null) {
      return Path.of(given).toAbsolutePath();
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve(SEED))) {
        return p;
      }
    }
    throw new IllegalStateException("no " + SEED + " above " + Path.of("").toAbsolutePath()
        + "; run from the checkout or set -Dsitrep.root");
  }

  /** @return the seed article's text */
  public static String seed() {
    return read(root().resolve(SEED));
  }

  /** @return the development articles' texts, in file name order */
  public static List<String> dev() {
    try (Stream<Path> files = Files.list(root().resolve(DEV))) {
      List<String> texts = files.filter(f -> f.getFileName().toString().endsWith(".txt"))
          .sorted().map(Corpus::read).collect(Collectors.toList());
      if (texts.isEmpty()) {
        throw new IllegalStateException("no development articles in " + root().resolve(DEV));
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
