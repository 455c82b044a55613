package io.github.sitrep.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.model.EventType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the crosswalk table of docs/events.md equal to {@link EventType}: the table between
 * the markers is generated from the enum and the Javadoc of its constants. When they
 * differ the file is rewritten and the test fails, so that the change is seen and committed.
 */
class EventCrosswalkDocTest {

  static final Path DOC = Path.of("..", "docs", "events.md");
  static final Path SOURCE = Path.of("..", "core", "src", "main", "java", "io", "github", "sitrep",
      "model", "EventType.java");
  static final String START = "<!-- crosswalk: generated from EventType by EventCrosswalkDocTest -->\n";
  static final String END = "<!-- end of crosswalk -->\n";

  private static final Pattern CONSTANT = Pattern.compile("^\\s*([A-Z][A-Z_]*)\\(");

  @Test
  void theCrosswalkTableIsTheEnum() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int start = doc.indexOf(START);
    int end = doc.indexOf(END);
    assertThat(start).as("docs/events.md has the crosswalk markers").isNotNegative();
    assertThat(end).isGreaterThan(start);
    String table = table(descriptions());
    String current = doc.substring(start + START.length(), end);
    if (!current.equals(table)) {
      Files.writeString(DOC, doc.substring(0, start + START.length()) + table + doc.substring(end),
          StandardCharsets.UTF_8);
    }
    assertThat(current).as("docs/events.md was out of date and has been regenerated; commit it")
        .isEqualTo(table);
  }

  @Test
  void everyTypeHasADescription() throws IOException {
    assertThat(descriptions().keySet()).containsExactly(
        java.util.Arrays.stream(EventType.values()).map(Enum::name).toArray(String[]::new));
  }

  static String table(Map<String, String> descriptions) {
    StringBuilder out = new StringBuilder();
    out.append("| sitrep type | what it is | PLOVER | CAMEO | ACLED event type | ACLED sub-event type |\n");
    out.append("|---|---|---|---|---|---|\n");
    for (EventType type : EventType.values()) {
      out.append("| `").append(type.name()).append("` | ").append(descriptions.get(type.name()))
          .append(" | ").append(cell(type.plover())).append(" | ").append(cell(type.cameo()))
          .append(" | ").append(cell(type.acledEventType())).append(" | ")
          .append(cell(type.acledSubEventType())).append(" |\n");
    }
    return out.toString();
  }

  private static String cell(Optional<String> value) {
    return value.orElse("(none)");
  }

  /** The Javadoc sentence of each constant, read from the enum's source. */
  static Map<String, String> descriptions() throws IOException {
    Map<String, String> found = new LinkedHashMap<>();
    StringBuilder comment = new StringBuilder();
    boolean inComment = false;
    for (String line : Files.readAllLines(SOURCE, StandardCharsets.UTF_8)) {
      String t = line.strip();
      if (t.startsWith("/**")) {
        inComment = true;
        comment.setLength(0);
      }
      if (inComment) {
        comment.append(' ').append(t.replace("/**", "").replace("*/", "").replaceFirst("^\\*", "").strip());
        inComment = !t.endsWith("*/");
        continue;
      }
      Matcher m = CONSTANT.matcher(line);
      if (m.find() && comment.length() > 0) {
        found.put(m.group(1), comment.toString().strip());
        comment.setLength(0);
      }
    }
    return found;
  }
}
