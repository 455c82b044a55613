package io.github.sitrep.json;

import com.fasterxml.jackson.core.JsonToken;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/** Describes JSON tokens and the Java types values are read into, for error messages. */
final class JsonTypes {

  private JsonTypes() {}

  /**
   * @param type the type a value was to be read into, or {@code null}
   * @return what it takes, in words: "a whole number", "one of DAY, WEEK, ..."
   */
  static String describe(Class<?> type) {
    if (type == null) {
      return "a value of another type";
    }
    if (type.isEnum()) {
      return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
          .collect(Collectors.joining(", "));
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number";
    }
    if (type == double.class || type == Double.class || type == float.class) {
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    return describeOther(type);
  }

  private static String describeOther(Class<?> type) {
    if (CharSequence.class.isAssignableFrom(type)) {
      return "a string";
    }
    if (type == LocalDate.class) {
      return "a date (yyyy-mm-dd)";
    }
    if (type.getName().startsWith("java.time.")) {
      return "a " + type.getSimpleName();
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    return "an object";
  }

  /**
   * @param message a message of the form "Cannot coerce String value (...) to ..." or one
   *     naming a token: "(token `JsonToken.START_OBJECT`)"
   * @return the kind of value that could not be read, in words, or empty
   */
  static String coercedFrom(String message) {
    String prefix = "Cannot coerce ";
    if (!message.startsWith(prefix)) {
      return tokenIn(message);
    }
    String rest = message.substring(prefix.length());
    if (rest.startsWith("String")) {
      return "a string";
    }
    if (rest.startsWith("Integer")) {
      return "a whole number";
    }
    if (rest.startsWith("Floating-point")) {
      return "a number";
    }
    return rest.startsWith("Boolean") ? "true or false" : "";
  }

  private static String tokenIn(String message) {
    String marker = "(token `JsonToken.";
    int at = message.indexOf(marker);
    int end = at < 0 ? -1 : message.indexOf('`', at + marker.length());
    if (end < 0) {
      return "";
    }
    try {
      return describe(JsonToken.valueOf(message.substring(at + marker.length(), end)));
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /**
   * @param token a token, or {@code null}
   * @return what it is, in words, or empty
   */
  static String describe(JsonToken token) {
    if (token == null) {
      return "";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "a list";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
        return "a whole number";
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "true or false";
      case VALUE_NULL:
        return "null";
      default:
        return "";
    }
  }
}
