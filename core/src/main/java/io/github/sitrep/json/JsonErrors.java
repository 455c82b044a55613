package io.github.sitrep.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Turns the JSON library's exceptions into {@link ArticleJsonException}s that name the field. */
final class JsonErrors {

  private static final String MISSING = "some of required attributes are not set [";

  private JsonErrors() {}

  /**
   * @param e an exception from reading
   * @return an {@link ArticleJsonException} for a JSON problem, an
   *     {@link UncheckedIOException} for an input/output problem
   */
  static RuntimeException translate(IOException e) {
    if (!(e instanceof JsonProcessingException)) {
      return new UncheckedIOException(e);
    }
    JsonProcessingException j = (JsonProcessingException) e;
    String path = j instanceof JsonMappingException m ? path(m.getPath()) : path(j.getProcessor());
    Problem problem = problem(j, path);
    JsonLocation at = location(j);
    int line = at == null ? -1 : at.getLineNr();
    int column = at == null ? -1 : at.getColumnNr();
    return new ArticleJsonException(problem.text(), problem.path(), line, column, e);
  }

  private static JsonLocation location(JsonProcessingException e) {
    for (Throwable t = e; t instanceof JsonProcessingException j; t = t.getCause()) {
      if (j.getLocation() != null) {
        return j.getLocation();
      }
      if (j.getProcessor() instanceof JsonParser p) {
        return p.currentLocation();
      }
    }
    return null;
  }

  /** What is wrong and where in the article. */
  private record Problem(String path, String text) {}

  private static Problem problem(JsonProcessingException e, String path) {
    Throwable cause = e.getCause();
    if (e instanceof StreamConstraintsException || cause instanceof StreamConstraintsException) {
      return new Problem(path, limit(cause instanceof StreamConstraintsException s ? s : e));
    }
    if (e instanceof JsonEOFException || cause instanceof JsonEOFException) {
      return new Problem(path, "the document ends too early (is it truncated?)");
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return new Problem(path, "unknown field; the fields here are "
          + String.join(", ", new TreeSet<>(names(u.getKnownPropertyIds()))));
    }
    if (e instanceof ValueInstantiationException) {
      return instantiation(path, cause);
    }
    if (e instanceof InvalidFormatException f) {
      return new Problem(path, "'" + f.getValue() + "' is not " + JsonTypes.describe(f.getTargetType()));
    }
    if (e instanceof MismatchedInputException m) {
      return mismatch(path, m);
    }
    String plain = plain(e);
    if (plain.startsWith("Duplicate field")) {
      return new Problem(withField(path, plain), "duplicate field");
    }
    return new Problem(path, "malformed JSON: " + plain);
  }

  private static Problem instantiation(String path, Throwable cause) {
    String message = cause == null || cause.getMessage() == null ? "" : cause.getMessage();
    int missing = message.indexOf(MISSING);
    if (missing >= 0) {
      String fields = message.substring(missing + MISSING.length(), message.indexOf(']', missing));
      return fields.contains(",")
          ? new Problem(path, "required fields missing: " + fields)
          : new Problem(join(path, fields), "required field missing");
    }
    if (cause instanceof NullPointerException && message.endsWith(" element")) {
      String list = message.substring(0, message.length() - " element".length());
      return new Problem(join(path, list), "null is not allowed in this list");
    }
    if (cause instanceof NullPointerException) {
      return new Problem(path, "null where a value is required: " + message);
    }
    return new Problem(path, message.isEmpty() ? "not a valid value" : message);
  }

  private static Problem mismatch(String path, MismatchedInputException m) {
    String original = m.getOriginalMessage() == null ? "" : m.getOriginalMessage();
    if (original.startsWith("No content to map")) {
      return new Problem(path, "the document is empty");
    }
    if (original.startsWith("Trailing token")) {
      return new Problem(path, "content after the end of the article");
    }
    String found = JsonTypes.coercedFrom(original);
    if (found.isEmpty() && m.getProcessor() instanceof JsonParser p) {
      found = JsonTypes.describe(p.currentToken());
    }
    return new Problem(path, "expected " + JsonTypes.describe(m.getTargetType())
        + (found.isEmpty() ? "" : ", found " + found));
  }

  private static String limit(JsonProcessingException e) {
    String message = plain(e);
    int from = message.indexOf(", from `");
    return (from < 0 ? message : message.substring(0, from) + ")").toLowerCase(Locale.ROOT);
  }

  /** The path of the object with the duplicated field's name added, when it is not there. */
  private static String withField(String path, String message) {
    int open = message.indexOf('\'');
    int close = message.indexOf('\'', open + 1);
    if (open < 0 || close < 0) {
      return path;
    }
    String field = message.substring(open + 1, close);
    if (path.equals(field) || path.endsWith("." + field)) {
      return path;
    }
    return path.isEmpty() ? field : path + "." + field;
  }

  private static String plain(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }

  private static List<String> names(java.util.Collection<Object> ids) {
    List<String> names = new ArrayList<>(ids.size());
    ids.forEach(id -> names.add(String.valueOf(id)));
    return names;
  }

  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference r : references) {
      if (r.getFieldName() != null) {
        out.append(out.length() > 0 ? "." : "").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        out.append('[').append(r.getIndex()).append(']');
      }
    }
    return out.toString();
  }

  private static String path(Object processor) {
    if (!(processor instanceof JsonParser parser)) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        parts.add(0, "." + c.getCurrentName());
      }
    }
    String joined = String.join("", parts);
    return joined.startsWith(".") ? joined.substring(1) : joined;
  }

  private static String join(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }
}
