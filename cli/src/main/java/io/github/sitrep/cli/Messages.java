package io.github.sitrep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
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
    if (e instanceof UncheckedIOException && e.getCause() != null) {
      String context = e.getMessage();
      String cause = of(e.getCause());
      return context == null || context.equals(e.getCause().toString()) ? cause : context + ": " + cause;
    }
    if (e instanceof NoSuchFileException) {
      return "no such file: " + ((NoSuchFileException) e).getFile();
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied: " + ((AccessDeniedException) e).getFile();
    }
    if (e instanceof CharacterCodingException) {
      return "not UTF-8 text";
    }
    if (e instanceof JsonProcessingException) {
      return json((JsonProcessingException) e);
    }
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return firstLine(message);
  }

  /** Jackson's own message, without its source excerpt, with the line and column. */
  private static String json(JsonProcessingException e) {
    String where = e.getLocation() == null ? ""
        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    return withoutSource(firstLine(String.valueOf(e.getOriginalMessage()))) + where;
  }

  /** Cuts Jackson's "(start marker at [Source: ...])" aside from a message. */
  private static String withoutSource(String message) {
    int source = message.indexOf("[Source:");
    if (source < 0) {
      return message;
    }
    int open = message.lastIndexOf(" (", source);
    return message.substring(0, open < 0 ? source : open).strip();
  }

  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).strip();
  }
}
