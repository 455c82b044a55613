package io.github.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Expands the arguments of {@code sitrep parse} into articles to read: files as given,
 * folders into their {@code .txt} files (all depths, in path order), {@code -} into
 * standard input.
 */
final class Inputs {

  /** The extension of article files looked for in folders. */
  static final String TEXT_EXTENSION = ".txt";

  private Inputs() {}

  /**
   * @param args the arguments
   * @param problem told the argument and what is wrong with it, for each one that gives nothing
   * @return the inputs, in argument order
   */
  static List<Input> expand(List<String> args, BiConsumer<String, String> problem) {
    List<Input> inputs = new ArrayList<>();
    for (String arg : args) {
      if (Input.STDIN.equals(arg)) {
        inputs.add(Input.stdin());
        continue;
      }
      Path path = Paths.get(arg);
      if (Files.isDirectory(path)) {
        inputs.addAll(folder(path, arg, problem));
      } else if (Files.exists(path)) {
        inputs.add(Input.of(path));
      } else {
        problem.accept(arg, "no such file or folder");
      }
    }
    return inputs;
  }

  private static List<Input> folder(Path dir, String arg, BiConsumer<String, String> problem) {
    try (Stream<Path> walk = Files.walk(dir)) {
      List<Input> found = walk.filter(Inputs::isArticleFile).sorted().map(Input::of)
          .collect(Collectors.toList());
      if (found.isEmpty()) {
        problem.accept(arg, "folder holds no " + TEXT_EXTENSION + " files");
      }
      return found;
    } catch (IOException | RuntimeException e) {
      problem.accept(arg, Messages.of(e));
      return List.of();
    }
  }

  private static boolean isArticleFile(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(TEXT_EXTENSION) && Files.isRegularFile(p);
  }
}
