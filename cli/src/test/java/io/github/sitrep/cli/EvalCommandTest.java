package io.github.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

  @TempDir
  Path tmp;

  @Test
  void theDevelopmentArticlesAreScoredInATable() {
    Path dev = Paths.get("..", "seeds", "dev");
    long pairs = dev.toFile().list((d, n) -> n.endsWith(".expected.json")).length;

    Cli cli = Cli.run("eval", dev.toString());

    assertThat(cli.exitCode).isZero();
    assertThat(cli.out).startsWith(pairs + " articles\n").containsPattern("(?m)^kind +tp +fp +fn +P +R +F1$");
  }

  @Test
  void aFolderWithoutAnnotatedArticlesIsAUsageError() throws IOException {
    Files.writeString(tmp.resolve("a.txt"), "Headline\n\nBody.");

    Cli cli = Cli.run("eval", tmp.toString());

    assertThat(cli.exitCode).isEqualTo(2);
    assertThat(cli.err).contains("holds no NAME.txt with a NAME.expected.json beside it");
  }

  @Test
  void aBrokenExpectedFileIsOneLine() throws IOException {
    Files.writeString(tmp.resolve("a.txt"), "Headline\n\nBody.");
    Files.writeString(tmp.resolve("a.expected.json"), "{ not json");

    Cli cli = Cli.run("eval", tmp.toString());

    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.err.lines()).hasSize(1);
    assertThat(cli.err).startsWith("sitrep: ");
  }
}
