package io.github.sitrep.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Times runs of the command line, each a new process and a new JVM. */
final class CliTimer {

  private CliTimer() {}

  /**
   * Runs the command once unmeasured (so a first run's one-off work, such as writing the
   * class-data archive, is not counted), then {@code runs} times measured.
   *
   * @param root the folder to run in
   * @param command the command
   * @param runs how many measured runs
   * @return the times
   * @throws IOException if the command cannot be started or fails
   */
  static CliStart time(Path root, List<String> command, int runs) throws IOException {
    run(root, command);
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      run(root, command);
      millis.add((System.nanoTime() - start) / 1e6);
    }
    return new CliStart(command, List.copyOf(millis));
  }

  private static void run(Path root, List<String> command) throws IOException {
    Process p = new ProcessBuilder(command).directory(root.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    try {
      int status = p.waitFor();
      if (status != 0) {
        throw new IOException(String.join(" ", command) + " exited with " + status);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
