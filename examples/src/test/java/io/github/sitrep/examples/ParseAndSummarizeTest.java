package io.github.sitrep.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.parser.ParseResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParseAndSummarizeTest {

  @Test
  void printsTheSummaryOfTheSeed() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    ParseResult result = ParseAndSummarize.run(Seeds.SEED, Optional.of(LocalDate.of(2017, 12, 11)),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));

    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(result.getArticle().getText()).isEqualTo(Files.readString(Seeds.SEED));
    assertThat(out).startsWith("Iraqi, Syrian defense forces agree to coordinate border security\n")
        .contains("published 2017-12-11")
        .contains("\nPeople (" + result.getArticle().getActors().stream()
            .filter(a -> a.getKind() == io.github.sitrep.model.ActorKind.PERSON).count() + ")\n")
        .contains("\nEvents (" + result.getArticle().getEvents().size() + ")\n");
  }

  @Test
  void mainWithoutArgumentsPrintsUsage() throws Exception {
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      ParseAndSummarize.main(new String[0]);
    } finally {
      System.setErr(saved);
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage: ParseAndSummarize");
  }
}
