package io.github.sitrep.parser.eval;

import static io.github.sitrep.parser.eval.Articles.TEXT;
import static io.github.sitrep.parser.eval.Articles.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.model.Article;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

  private static final String EXPECTED = "{\"persons\": [{\"name\": \"Haider al-Abadi\"},"
      + " {\"name\": \"Bashar al-Assad\"}]}";

  /** Persons tp 1, fp 0, fn 1: F1 = 2/3. */
  private static EvaluationReport halfOfThePersons() {
    Article found = Article.builder().id("t").text(TEXT)
        .addActor(person("abadi", "Haider al-Abadi")).build();
    return new EvaluationReport(List.of(
        Evaluator.score("t", found, ExpectedArticle.parse(EXPECTED))));
  }

  @Test
  void aScoreBelowTheMinimumByMoreThanTheToleranceIsARegression() {
    Baseline baseline = new Baseline(0.01, Map.of("persons", 0.7));

    assertThat(baseline.regressions(halfOfThePersons()))
        .containsExactly("persons: 0.667 is below the baseline 0.700");
  }

  @Test
  void aScoreWithinTheToleranceIsNoRegression() {
    Baseline baseline = new Baseline(0.05, Map.of("persons", 0.7, "speaker-attribution", 0.0));

    assertThat(baseline.regressions(halfOfThePersons())).isEmpty();
  }

  @Test
  void anUnknownKindIsReportedRatherThanIgnored() {
    Baseline baseline = new Baseline(0.0, Map.of("people", 0.1));

    assertThat(baseline.regressions(halfOfThePersons()))
        .containsExactly("unknown kind in baseline: people");
  }

  @Test
  void raisingNeverLowersAMinimum() {
    Baseline baseline = new Baseline(0.0, Map.of("persons", 0.9, "forces", 0.0));

    Baseline raised = baseline.raisedTo(halfOfThePersons());

    assertThat(raised.minimum()).containsEntry("persons", 0.9).containsEntry("forces", 0.0)
        .containsEntry("persons+title", 0.666).containsKey("speaker-attribution");
    assertThat(raised.regressions(halfOfThePersons())).containsExactly(
        "persons: 0.667 is below the baseline 0.900");
  }

  @Test
  void writesAndReadsBack(@TempDir Path dir) {
    Baseline baseline = Baseline.of(halfOfThePersons(), 0.005);
    Path file = dir.resolve("baseline.json");

    baseline.write(file);

    assertThat(Baseline.read(file)).isEqualTo(baseline);
    assertThat(Baseline.read(file).minimum()).containsEntry("persons", 0.666);
  }
}
