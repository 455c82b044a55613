package io.github.sitrep.cli;

import picocli.CommandLine.Option;

/** The {@code --debug} option, mixed into every command. */
final class Debug {

  @Option(names = "--debug", description = "Show the stack trace of errors.")
  boolean debug;

  /**
   * @param args the command line
   * @return whether {@code --debug} is among the arguments (before any {@code --})
   */
  static boolean requested(String... args) {
    for (String arg : args) {
      if ("--".equals(arg)) {
        return false;
      }
      if ("--debug".equals(arg)) {
        return true;
      }
    }
    return false;
  }
}
