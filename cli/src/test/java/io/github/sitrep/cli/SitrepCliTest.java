package io.github.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SitrepCliTest {

  @Test
  void versionNamesTheProjectVersion() {
    Cli cli = Cli.run("--version");

    assertThat(cli.exitCode).isZero();
    assertThat(cli.out).matches("(?s)sitrep \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\nJava .*");
  }

  @Test
  void helpListsTheCommands() {
    Cli cli = Cli.run("--help");

    assertThat(cli.exitCode).isZero();
    assertThat(cli.out).contains("Usage: sitrep").contains("parse");
  }

  @Test
  void anUnknownOptionIsOneLineAndAPointerToHelp() {
    Cli cli = Cli.run("parse", "--frobnicate", "x.txt");

    assertThat(cli.exitCode).isEqualTo(2);
    assertThat(cli.err.lines()).containsExactly(
        "sitrep: Unknown option: '--frobnicate'",
        "Try 'sitrep parse --help' for more information.");
  }

  @Test
  void noCommandIsAUsageError() {
    Cli cli = Cli.run();

    assertThat(cli.exitCode).isEqualTo(2);
    assertThat(cli.err).startsWith("sitrep: missing command; one of: parse");
  }

  @Test
  void schemaPrintsTheArticleJsonSchema() {
    Cli cli = Cli.run("schema");

    assertThat(cli.exitCode).isZero();
    assertThat(cli.out).startsWith("{").contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\"")
        .contains("\"events\"");
  }

  @Test
  void anUnknownFormatNamesTheFormats() {
    Cli cli = Cli.run("parse", "-f", "xml", "x.txt");

    assertThat(cli.exitCode).isEqualTo(2);
    assertThat(cli.err).contains("'xml' is not a format; expected one of json, jsonl");
  }
}
