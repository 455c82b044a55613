package io.github.sitrep.parser.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sitrep.parser.ArticleParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluatorFolderTest {

  private static final String EXPECTED = "{\"published\": \"2023-03-15\","
      + " \"persons\": [{\"name\": \"Amadou Keita\"}],"
      + " \"places\": [{\"name\": \"Gao\", \"kind\": \"city\"}, {\"name\": \"Mali\", \"kind\": \"country\"}]}";

  private static void article(Path dir, String name) throws IOException {
    Files.writeString(dir.resolve(name + ".txt"),
        "Clashes near Gao\n\nGAO, Mali — Fighting broke out near Gao on Tuesday, Amadou Keita said.\n");
    Files.writeString(dir.resolve(name + ".expected.json"), EXPECTED);
  }

  @Test
  void scoresEveryTextWithAnExpectedFileInNameOrder(@TempDir Path dir) throws IOException {
    article(dir, "002_b");
    article(dir, "001_a");
    Files.writeString(dir.resolve("003_no_expected.txt"), "Headline\n\nBody.\n");
    Files.writeString(dir.resolve("README.md"), "not an article");

    EvaluationReport report = Evaluator.of(ArticleParser.builder().build()).evaluate(dir);

    assertThat(report.articles()).extracting(ArticleEvaluation::id).containsExactly("001_a", "002_b");
    assertThat(report.total(ScoreKind.PERSONS).expected()).isEqualTo(2);
    assertThat(report.total(ScoreKind.PLACES).expected()).isEqualTo(4);
  }

  @Test
  void aMissingFolderIsAnUncheckedIoError(@TempDir Path dir) {
    Evaluator evaluator = Evaluator.of(ArticleParser.builder().build());

    assertThatThrownBy(() -> evaluator.evaluate(dir.resolve("absent")))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("absent");
  }

  @Test
  void commandPrintsTheTableAndChecksTheBaseline(@TempDir Path dir) throws IOException {
    article(dir, "001_a");
    Path baseline = dir.resolve("baseline.json");
    Files.writeString(baseline, "{\"tolerance\": 0, \"minimum\": {\"places\": 1.01}}");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = EvaluationCommand.run(List.of(dir.toString(), "--baseline", baseline.toString()),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(EvaluationCommand.BELOW_BASELINE);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("kind", "== 001_a",
        "BELOW BASELINE places:");
  }

  @Test
  void commandWithoutAFolderPrintsUsage() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = EvaluationCommand.run(List.of("--verbose"), System.out,
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(EvaluationCommand.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage: eval FOLDER");
  }
}
