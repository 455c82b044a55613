package io.github.sitrep.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sitrep.model.Article;
import io.github.sitrep.model.EntityRef;
import io.github.sitrep.model.Force;
import io.github.sitrep.model.ForceKind;
import io.github.sitrep.model.Mention;
import io.github.sitrep.testing.SmallArticle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitrepJsonTest {

  private final Article small = SmallArticle.build();
  private final String json = SitrepJson.write(small);

  @Test
  void smallArticleRoundTrips() {
    String text = "The YPG is part of the SDF.";
    Article article = Article.builder()
        .id("a1")
        .text(text)
        .published(LocalDate.of(2017, 12, 11))
        .addForce(Force.builder().id("sdf").name("SDF").kind(ForceKind.NON_STATE)
            .addMention(Mention.in(text, 23, 26)).build())
        .addForce(Force.builder().id("ypg").name("YPG").kind(ForceKind.MILITIA)
            .partOf(EntityRef.force("sdf")).addMention(Mention.in(text, 4, 7)).build())
        .build();

    String written = SitrepJson.write(article);

    assertThat(written).contains("\"schemaVersion\" : \"1.0\"", "\"published\" : \"2017-12-11\"");
    assertThat(SitrepJson.read(written)).isEqualTo(article);
  }

  @Test
  void fixtureRoundTripsFromEverySource(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("small.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);

    assertThat(SitrepJson.read(json)).isEqualTo(small);
    assertThat(SitrepJson.read(new StringReader(json))).isEqualTo(small);
    assertThat(SitrepJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(small);
    assertThat(SitrepJson.read(file)).isEqualTo(small);
  }

  @Test
  void emptyOptionalsAndListsAreLeftOutOrEmpty() {
    assertThat(json).doesNotContain("null").contains("\"aliases\" : [ ]");
  }

  @Test
  void newerMinorVersionsAreReadOtherMajorVersionsAreNot() {
    assertThat(SitrepJson.read(json.replace("\"1.0\"", "\"1.7\"")).getSchemaVersion()).isEqualTo("1.7");
    assertThatThrownBy(() -> SitrepJson.read(json.replace("\"1.0\"", "\"2.0\"")))
        .isInstanceOf(ArticleJsonException.class)
        .hasMessage("schemaVersion: version '2.0' is not supported; this reader reads versions 1.x")
        .satisfies(e -> assertThat(((ArticleJsonException) e).getPath()).isEqualTo("schemaVersion"));
  }

  @Test
  void missingFileIsAnInputOutputError(@TempDir Path dir) {
    assertThatThrownBy(() -> SitrepJson.read(dir.resolve("none.json")))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("none.json");
  }

  @Test
  void failingReaderIsAnInputOutputError() {
    Reader broken = new Reader() {
      @Override
      public int read(char[] buffer, int off, int len) throws IOException {
        throw new IOException("disk gone");
      }

      @Override
      public void close() {}
    };
    assertThatThrownBy(() -> SitrepJson.read(broken)).isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk gone");
  }
}
