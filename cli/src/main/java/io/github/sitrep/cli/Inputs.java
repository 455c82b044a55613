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
 * Expands command arguments into files to read: files as given, folders into their files
 * with one of the wanted extensions (all depths, in path order), {@code -} into standard
 * input.
 */
final class Inputs {

  /** The extension of article text files. */
  static final List<String> TEXT = List.of(".txt");
  /** The extensions of article JSON and JSON Lines files. */
  static final List<String> JSON = List.of(".json", ".jsonl");

  private Inputs() {}

  /**
   * @param args the arguments
   * @param extensions the extensions of the files looked for in folders, lower case
   * @param problem told the argument and what is wrong with it, for each one that gives nothing
   * @return the inputs, in argument order
   */
  static List<Input> expand(List<String> args, List<String> extensions,
      BiConsumer<String, String> problem) {
    List<Input> inputs = new ArrayList<>();
    for (String arg : args) {
      if (Input.STDIN.equals(arg)) {
        inputs.add(Input.stdin());
        continue;
      }
      Path path = Paths.get(arg);
      if (Files.isDirectory(path)) {
        inputs.addAll(folder(path, arg, extensions, problem));
      } else if (Files.exists(path)) {
        inputs.add(Input.of(path));
      } else {
        problem.accept(arg, "no such file or folder");
      }
    }
    return inputs;
  }

  private static List<Input> folder(Path dir, String arg, List<String> extensions,
      BiConsumer<String, String> problem) {
    try (Stream<Path> walk = Files.walk(dir)) {
      List<Input> found = walk.filter(p -> hasExtension(p, extensions)).sorted().map(Input::of)
          .collect(Collectors.toList());
      if (found.isEmpty()) {
        problem.accept(arg, "folder holds no " + String.join(" or ", extensions) + " files");
      }
      return found;
    } catch (IOException | RuntimeException e) {
      problem.accept(arg, Messages.of(e));
      return List.of();
    }
  }

  private static boolean hasExtension(Path p, List<String> extensions) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return extensions.stream().anyMatch(name::endsWith) && Files.isRegularFile(p);
  }
}
