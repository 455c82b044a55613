package io.github.sitrep.parser.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sitrep.json.SitrepJson;
import io.github.sitrep.model.Article;
import io.github.sitrep.parser.ParseResult;
import io.github.sitrep.validation.Issue;
import io.github.sitrep.validation.Severity;
import io.github.sitrep.validation.ValidationReport;
import io.github.sitrep.validation.ValidatorSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What every parse result must be, whatever the input: the text kept as given, no
 * error-level problem (no failed stage, no validation error), an article that
 * {@link ValidatorSet#standard()} finds no error in, and every span of the article and of
 * the problems inside the text.
 */
final class ParseChecks {

  private static final ValidatorSet VALIDATORS = ValidatorSet.standard();
  private static final ObjectMapper MAPPER = SitrepJson.newMapper();

  private ParseChecks() {}

  /**
   * Checks a result of text the parser accepted.
   *
   * @param text the input
   * @param result what the parser returned for it
   */
  static void sound(String text, ParseResult result) {
    assertThat(result).isNotNull();
    Article article = result.getArticle();
    assertThat(article.getText()).as("the article's text is the input").isEqualTo(text);
    assertThat(result.getProblems()).as("error-level problems of %s", excerpt(text))
        .noneMatch(p -> p.getSeverity() == Severity.ERROR);
    validatesClean(article);
    spansInside(article, result.getProblems());
  }

  /** @param article an article that must have no error-level issue */
  static void validatesClean(Article article) {
    ValidationReport report = VALIDATORS.validate(article);
    assertThat(report.errors()).as("validation errors of %s", excerpt(article.getText()))
        .isEmpty();
  }

  /**
   * Checks every span anywhere in the article (found in its JSON tree: any object with whole
   * numbers {@code start} and {@code end}) and in the problems.
   *
   * @param article the article
   * @param problems the problems reported with it
   */
  static void spansInside(Article article, List<Issue> problems) {
    int length = article.getText().length();
    List<int[]> spans = new ArrayList<>();
    collect(MAPPER.valueToTree(article), spans);
    for (Issue problem : problems) {
      problem.getSpan().ifPresent(s -> spans.add(new int[] {s.getStart(), s.getEnd()}));
    }
    for (int[] span : spans) {
      assertThat(span[0]).as("span %d..%d in a text of %d", span[0], span[1], length)
          .isBetween(0, span[1]);
      assertThat(span[1]).as("span %d..%d in a text of %d", span[0], span[1], length)
          .isLessThanOrEqualTo(length);
    }
  }

  private static void collect(JsonNode node, List<int[]> spans) {
    if (node.isObject() && node.path("start").isInt() && node.path("end").isInt()) {
      spans.add(new int[] {node.get("start").asInt(), node.get("end").asInt()});
    }
    if (node.isObject()) {
      for (var fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        collect(field.getValue(), spans);
      }
    } else if (node.isArray()) {
      node.forEach(child -> collect(child, spans));
    }
  }

  /**
   * @param text a text
   * @return its start, short enough for a failure message
   */
  static String excerpt(String text) {
    return text.length() <= 120 ? "'" + text + "'"
        : "'" + text.substring(0, 120) + "...' (" + text.length() + " characters)";
  }
}
