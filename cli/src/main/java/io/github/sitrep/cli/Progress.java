package io.github.sitrep.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;

/**
 * A one-line progress bar on standard error, drawn only when the console is a terminal and
 * there is more than one article. Other messages go through {@link #message(String)} so that
 * they do not mix with the bar.
 */
final class Progress {

  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final int total;
  private final boolean visible;
  private long lastDraw;
  private boolean drawn;

  Progress(PrintWriter err, int total, boolean visible) {
    this.err = err;
    this.total = total;
    this.visible = visible && total > 1;
  }

  /** @return whether standard input and output are an interactive terminal */
  static boolean interactive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      // Java 22 and later return a console for redirected streams too; ask it.
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  /**
   * Shows how far the run has got.
   *
   * @param done articles finished
   * @param current the article now being read
   */
  void step(int done, String current) {
    long now = System.nanoTime();
    if (!visible || (drawn && now - lastDraw < REDRAW_NANOS && done < total)) {
      return;
    }
    lastDraw = now;
    drawn = true;
    int filled = (int) ((long) WIDTH * done / total);
    String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
    err.print("\r[" + bar + "] " + done + "/" + total + " " + shorten(current) + "\u001b[K");
    err.flush();
  }

  /**
   * Prints a line on standard error, above the bar.
   *
   * @param line the message
   */
  void message(String line) {
    clear();
    err.println(line);
    err.flush();
  }

  /** Removes the bar. */
  void clear() {
    if (drawn) {
      err.print("\r\u001b[K");
      err.flush();
      drawn = false;
    }
  }

  private static String shorten(String name) {
    return name.length() <= 40 ? name : "\u2026" + name.substring(name.length() - 39);
  }
}
