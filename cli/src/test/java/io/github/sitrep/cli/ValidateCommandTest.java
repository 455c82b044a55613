package io.github.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.json.SitrepJson;
import io.github.sitrep.model.Article;
import io.github.sitrep.model.EntityRef;
import io.github.sitrep.model.Event;
import io.github.sitrep.model.EventStatus;
import io.github.sitrep.model.EventType;
import io.github.sitrep.model.Mention;
import io.github.sitrep.model.Participant;
import io.github.sitrep.model.ParticipantRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  static final String TEXT = "Talks held\n\nThe sides met in Geneva.";

  @TempDir
  Path tmp;

  @Test
  void aConsistentArticleIsOk() throws IOException {
    Path file = json("good.json", Article.builder().id("good").text(TEXT).build());

    Cli cli = Cli.run("validate", file.toString());

    assertThat(cli.exitCode).isZero();
    assertThat(cli.out).isEqualTo(file + ": ok\n");
    assertThat(cli.err).isEmpty();
  }

  @Test
  void aDanglingReferenceIsAnErrorWithItsPath() throws IOException {
    Path file = json("bad.json", Article.builder().id("bad").text(TEXT).addEvent(Event.builder()
        .id("e1").type(EventType.MEET).status(EventStatus.HAPPENED).trigger(Mention.in(TEXT, 22, 25))
        .addParticipant(Participant.of(EntityRef.force("nobody"), ParticipantRole.AGENT)).build())
        .build());

    Cli cli = Cli.run("validate", file.toString());

    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.out).startsWith(file + ": ERROR ").contains("events[0].participants[0]");
  }

  @Test
  void malformedJsonIsReportedAndTheOtherFilesAreChecked() throws IOException {
    Path broken = Files.writeString(tmp.resolve("a-broken.json"), "{\"id\": \"x\", \"text\": ");
    json("b-good.json", Article.builder().id("good").text(TEXT).build());

    Cli cli = Cli.run("validate", tmp.toString());

    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.err).contains(broken + ": not article JSON: ").contains("(line 1, column ")
        .contains("1 article checked, 1 with errors or unreadable");
    assertThat(cli.out).contains("b-good.json: ok");
  }

  @Test
  void jsonLinesAreCheckedLineByLine() throws IOException {
    String one = SitrepJson.newMapper().writeValueAsString(Article.builder().id("one").text(TEXT).build());
    Path file = Files.writeString(tmp.resolve("many.jsonl"), one + "\n\n" + one + "\n");

    Cli cli = Cli.run("validate", file.toString());

    assertThat(cli.exitCode).isZero();
    assertThat(cli.out.lines()).containsExactly(file + ":1: ok", file + ":3: ok");
  }

  @Test
  void whatParseWritesValidates() throws IOException {
    Path out = tmp.resolve("seed.json");
    assertThat(Cli.run("parse", ParseCommandTest.SEED.toString(), "--published", "2017-12-11",
        "-o", out.toString()).exitCode).isZero();

    Cli cli = Cli.run("validate", out.toString());

    assertThat(cli.out).doesNotContain("ERROR");
    assertThat(cli.exitCode).isZero();
  }

  private Path json(String name, Article article) throws IOException {
    return Files.writeString(tmp.resolve(name), SitrepJson.write(article));
  }
}
