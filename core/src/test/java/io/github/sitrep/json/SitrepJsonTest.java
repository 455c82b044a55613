package io.github.sitrep.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.model.Article;
import io.github.sitrep.model.EntityRef;
import io.github.sitrep.model.Force;
import io.github.sitrep.model.ForceKind;
import io.github.sitrep.model.Mention;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SitrepJsonTest {

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

    String json = SitrepJson.write(article);

    assertThat(json).contains("\"schemaVersion\" : \"1.0\"", "\"published\" : \"2017-12-11\"");
    assertThat(SitrepJson.read(json)).isEqualTo(article);
  }
}
