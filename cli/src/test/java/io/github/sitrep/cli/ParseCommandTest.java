package io.github.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.json.SitrepJson;
import io.github.sitrep.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {

  static final Path SEED = Paths.get("..", "seeds", "000_d761ccc542c0aeb6.txt");

  @TempDir
  Path tmp;

  @Test
  void oneFileGivesPrettyArticleJsonOnStdout() {
    Cli cli = Cli.run("parse", SEED.toString(), "--published", "2017-12-11", "--source", "Rudaw English");

    assertThat(cli.exitCode).isZero();
    assertThat(cli.err).isEmpty();
    assertThat(cli.out).startsWith("{\n");
    Article article = SitrepJson.read(cli.out);
    assertThat(article.getId()).isEqualTo("000_d761ccc542c0aeb6");
    assertThat(article.getPublished()).contains(LocalDate.of(2017, 12, 11));
    assertThat(article.getSource()).contains("Rudaw English");
    assertThat(article.getText()).startsWith("Iraqi, Syrian defense forces agree");
  }

  @Test
  void aBadFileInAFolderIsNamedAndTheOthersAreWritten() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("in"));
    write(dir.resolve("a.txt"), "Rebels attack a town\n\nGunmen attacked the town on Monday.");
    Files.write(dir.resolve("b.txt"), new byte[] {'x', (byte) 0xC3, (byte) 0x28, 'y'});
    write(dir.resolve("c.txt"), "Troops withdraw\n\nThe army withdrew from the valley.");
    write(dir.resolve("notes.md"), "not an article");
    Path out = tmp.resolve("out.jsonl");

    Cli cli = Cli.run("parse", dir.toString(), "-o", out.toString());

    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.err).contains("b.txt: not UTF-8 text").contains("2 articles written, 1 failed");
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2);
    assertThat(SitrepJson.read(lines.get(0)).getId()).isEqualTo("a");
    assertThat(SitrepJson.read(lines.get(1)).getId()).isEqualTo("c");
  }

  @Test
  void severalFilesDefaultToJsonLines() throws IOException {
    Path a = write(tmp.resolve("One Article.txt"), "First\n\nBody one.");
    Path b = write(tmp.resolve("two.txt"), "Second\n\nBody two.");

    Cli cli = Cli.run("parse", a.toString(), b.toString());

    assertThat(cli.exitCode).isZero();
    String[] lines = cli.out.split("\n");
    assertThat(lines).hasSize(2);
    assertThat(SitrepJson.read(lines[0]).getId()).isEqualTo("one-article");
    assertThat(cli.err).contains("2 articles written, 0 failed");
  }

  @Test
  void jsonForSeveralArticlesIntoOneStreamIsAUsageError() throws IOException {
    Path a = write(tmp.resolve("a.txt"), "A\n\nBody.");
    Path b = write(tmp.resolve("b.txt"), "B\n\nBody.");

    Cli cli = Cli.run("parse", "--format", "json", a.toString(), b.toString());

    assertThat(cli.exitCode).isEqualTo(2);
    assertThat(cli.out).isEmpty();
    assertThat(cli.err).contains("--format json holds one article").contains("sitrep parse --help");
  }

  @Test
  void anOutputFolderGetsOneFilePerArticle() throws IOException {
    Path a = write(tmp.resolve("a.txt"), "A\n\nBody.");
    Path b = write(tmp.resolve("b.txt"), "B\n\nBody.");
    Path dir = tmp.resolve("out");

    Cli cli = Cli.run("parse", a.toString(), b.toString(), "-o", dir + "/", "-f", "summary");

    assertThat(cli.exitCode).isZero();
    assertThat(dir.resolve("a.summary.txt")).exists();
    assertThat(Files.readString(dir.resolve("b.summary.txt"))).startsWith("B\nid b");
  }

  @Test
  void standardInputIsReadForADash() {
    java.io.InputStream saved = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream(
          "Headline\n\nBody text.".getBytes(StandardCharsets.UTF_8)));
      Cli cli = Cli.run("parse", "-", "-f", "jsonl");
      assertThat(cli.exitCode).isZero();
      assertThat(SitrepJson.read(cli.out.strip()).getText()).isEqualTo("Headline\n\nBody text.");
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void anArticleOverTheLimitFailsWithOneLine() throws IOException {
    Path big = write(tmp.resolve("big.txt"), "Headline\n\n" + "word ".repeat(100));

    Cli cli = Cli.run("parse", big.toString(), "--max-chars", "50");

    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.out).isEmpty();
    assertThat(cli.err.strip().lines()).hasSize(2);
    assertThat(cli.err).contains("big.txt: ").contains("--max-chars").doesNotContain("Exception");
  }

  @Test
  void debugShowsTheStackTrace() throws IOException {
    Path bad = tmp.resolve("bad.txt");
    Files.write(bad, new byte[] {(byte) 0xFF});

    Cli cli = Cli.run("parse", "--debug", bad.toString());

    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.err).contains("bad.txt: not UTF-8 text").contains("MalformedInputException").contains("\tat ");
  }

  @Test
  void aMissingFileIsReportedAndTheRunGoesOn() throws IOException {
    Path a = write(tmp.resolve("a.txt"), "A\n\nBody.");

    Cli cli = Cli.run("parse", tmp.resolve("missing.txt").toString(), a.toString(), "-f", "jsonl");

    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.err).contains("missing.txt: no such file or folder");
    assertThat(cli.out.lines()).hasSize(1);
  }

  @Test
  void acledCsvOverSeveralArticlesHasOneHeader() throws IOException {
    Path a = write(tmp.resolve("a.txt"), "A\n\nBody.");
    Path b = write(tmp.resolve("b.txt"), "B\n\nBody.");

    Cli cli = Cli.run("parse", a.toString(), b.toString(), "-f", "acled-csv");

    assertThat(cli.exitCode).isZero();
    assertThat(cli.out.lines().filter(l -> l.startsWith("event_date,time_precision,event_type"))).hasSize(1);
  }

  @Test
  void ploverJsonIsOneArray() throws IOException {
    Path a = write(tmp.resolve("a.txt"), "A\n\nBody.");
    Path b = write(tmp.resolve("b.txt"), "B\n\nBody.");

    Cli cli = Cli.run("parse", a.toString(), b.toString(), "--format", "PLOVER-JSON");

    assertThat(cli.exitCode).isZero();
    assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(cli.out).isArray()).isTrue();
  }

  static Path write(Path file, String text) throws IOException {
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
