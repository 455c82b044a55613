package io.github.sitrep.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.model.Article;
import io.github.sitrep.testing.ArticleArbitraries;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class JsonProperties {

  @Property(tries = 150)
  void jsonRoundTripIsIdentity(@ForAll("articles") Article article) {
    String json = SitrepJson.write(article);
    Article back = SitrepJson.read(json);
    assertThat(back).isEqualTo(article);
    assertThat(SitrepJson.write(back)).isEqualTo(json);
  }

  @Property(tries = 50)
  void bytesRoundTripIsIdentity(@ForAll("articles") Article article) {
    byte[] utf8 = SitrepJson.write(article).getBytes(StandardCharsets.UTF_8);
    assertThat(SitrepJson.read(new ByteArrayInputStream(utf8))).isEqualTo(article);
  }

  @Property(tries = 100)
  void cuttingADocumentShortIsAClearError(@ForAll("articles") Article article,
      @ForAll double where) {
    String json = SitrepJson.write(article);
    int cut = (int) (Math.abs(where) % 1.0 * (json.length() - 1));
    try {
      SitrepJson.read(json.substring(0, cut));
      throw new AssertionError("a document cut at " + cut + " was read");
    } catch (ArticleJsonException e) {
      assertThat(e.getMessage()).doesNotContain("com.fasterxml", "Immutable");
    }
  }

  @Provide
  Arbitrary<Article> articles() {
    return ArticleArbitraries.articles();
  }
}
