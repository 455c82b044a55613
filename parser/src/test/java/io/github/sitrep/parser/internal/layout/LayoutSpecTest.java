package io.github.sitrep.parser.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Walks the examples of {@code layout-spec.txt}: sentences and quotations. */
class LayoutSpecTest {

  private static final String HEADLINE = "Spec headline\n\n";

  /** One example of the spec file. */
  record Example(String title, String body, List<String> sentences, List<String> quotes) {
    @Override
    public String toString() {
      return title;
    }
  }

  static List<Example> examples() throws IOException {
    try (InputStream in = LayoutSpecTest.class.getResourceAsStream("layout-spec.txt");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(reader.lines().collect(Collectors.toList()));
    }
  }

  private static List<Example> parse(List<String> lines) {
    List<Example> examples = new ArrayList<>();
    String title = null;
    List<String> body = new ArrayList<>();
    List<String> sentences = new ArrayList<>();
    List<String> quotes = new ArrayList<>();
    List<String> current = body;
    for (String line : lines) {
      if (line.startsWith("### ")) {
        if (title != null) {
          examples.add(new Example(title, String.join("\n", body), sentences, quotes));
        }
        title = line.substring(4);
        body = new ArrayList<>();
        sentences = new ArrayList<>();
        quotes = new ArrayList<>();
        current = body;
      } else if (line.equals("--- sentences")) {
        current = sentences;
      } else if (line.equals("--- quotes")) {
        current = quotes;
      } else if (title != null && !line.isEmpty()) {
        current.add(line);
      }
    }
    examples.add(new Example(title, String.join("\n", body), sentences, quotes));
    return examples;
  }

  @Test
  void specFileHoldsExamples() throws IOException {
    assertThat(examples()).hasSizeGreaterThan(20)
        .allMatch(e -> !e.body().isEmpty() && !e.sentences().isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example(Example example) {
    String text = HEADLINE + example.body();
    Layout layout = new LayoutAnalyzer().analyze(text);
    LayoutInvariants.check(text, layout);
    assertThat(layout.sentences())
        .extracting(s -> text.substring(s.getStart(), s.getEnd()))
        .containsExactlyElementsOf(example.sentences());
    assertThat(layout.quotes())
        .extracting(q -> sign(q) + " " + text.substring(q.inner().getStart(), q.inner().getEnd()))
        .containsExactlyElementsOf(example.quotes());
  }

  private static String sign(Quote q) {
    if (q.opened() && q.closed()) {
      return "=";
    }
    return q.opened() ? ">" : "<";
  }
}
