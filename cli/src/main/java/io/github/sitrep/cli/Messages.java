package io.github.sitrep.cli;

import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** One-line messages for exceptions, without class names where a plain phrase says more. */
final class Messages {

  private Messages() {}

  /**
   * @param e an exception
   * @return a short description for people
   */
  static String of(Throwable e) {
    Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    if (t instanceof NoSuchFileException) {
      return "no such file: " + ((NoSuchFileException) t).getFile();
    }
    if (t instanceof AccessDeniedException) {
      return "permission denied: " + ((AccessDeniedException) t).getFile();
    }
    if (t instanceof CharacterCodingException) {
      return "not UTF-8 text";
    }
    String message = t.getMessage();
    if (message == null || message.isBlank()) {
      return t.getClass().getSimpleName();
    }
    return firstLine(message);
  }

  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).strip();
  }
}
