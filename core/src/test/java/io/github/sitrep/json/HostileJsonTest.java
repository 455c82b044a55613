package io.github.sitrep.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sitrep.model.Article;
import io.github.sitrep.testing.SmallArticle;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile documents beyond those of {@link MalformedJsonTest}: duplicates and deep nesting
 * inside the article, over-long names and numbers, JSON extensions the reader must not
 * accept, and values of the wrong shape. Each is refused with an {@link ArticleJsonException}
 * that names no Java internals, quickly.
 */
class HostileJsonTest {

  private final String json = SitrepJson.write(SmallArticle.build());

  @Test
  void duplicateFieldInsideAnEntityIsRefusedAndNamed() {
    String doc = replace("\"name\" : \"Amir Dost\"", "\"name\" : \"Amir Dost\", \"name\" : \"X\"");
    assertThat(refuse(doc)).hasMessageStartingWith("actors[0].name: duplicate field");
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void deepNestingInsideAFieldIsRefusedWithoutRecursion() {
    String deep = "[".repeat(200_000) + "]".repeat(200_000);
    assertThat(refuse(replace("\"titles\" : [ \"Col.\" ]", "\"titles\" : " + deep)))
        .hasMessageContaining("actors[0].titles");
    byte[] bytes = ("{\"id\": \"a\", \"actors\": " + "[{\"aliases\": ".repeat(50_000))
        .getBytes(StandardCharsets.UTF_8);
    ArticleJsonException e = catchThrowableOfType(ArticleJsonException.class,
        () -> SitrepJson.read(new ByteArrayInputStream(bytes)));
    assertThat(e).isNotNull();
  }

  @Test
  void overLongFieldNameIsRefused() {
    String name = "n".repeat(SitrepJson.MAX_NAME_LENGTH + 1);
    assertThat(refuse("{\"" + name + "\": 1}").getMessage())
        .contains("name", String.valueOf(SitrepJson.MAX_NAME_LENGTH));
  }

  @Test
  void overLongNumberIsRefused() {
    String number = "1".repeat(SitrepJson.MAX_NUMBER_LENGTH + 1);
    assertThat(refuse(replace("\"start\" : 0", "\"start\" : " + number)).getMessage())
        .contains("number value length", String.valueOf(SitrepJson.MAX_NUMBER_LENGTH));
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "0x10", "010", "+1", "1.", ".5"})
  void numbersOutsideJsonAreRefused(String number) {
    refuse(replace("\"start\" : 0", "\"start\" : " + number));
  }

  @ParameterizedTest
  @ValueSource(strings = {"// comment\n", "/* comment */", "# comment\n"})
  void commentsAreRefused(String comment) {
    refuse(comment + json);
    refuse(json.replaceFirst("\\{", "{" + java.util.regex.Matcher.quoteReplacement(comment)));
  }

  @Test
  void singleQuotesUnquotedNamesAndTrailingCommasAreRefused() {
    refuse(replace("\"id\" : \"small-1\"", "'id' : 'small-1'"));
    refuse(replace("\"id\" : \"small-1\"", "id : \"small-1\""));
    refuse(replace("\"titles\" : [ \"Col.\" ]", "\"titles\" : [ \"Col.\", ]"));
  }

  @Test
  void valuesOfTheWrongShapeAreRefusedAndNamed() {
    assertThat(refuse(replace("\"name\" : \"Amir Dost\"", "\"name\" : {\"a\": 1}")))
        .hasMessageStartingWith("actors[0].name:");
    assertThat(refuse(replace("\"name\" : \"Amir Dost\"", "\"name\" : [\"Amir Dost\"]")))
        .hasMessageStartingWith("actors[0].name:");
    assertThat(refuse(replace("\"start\" : 0", "\"start\" : true")))
        .hasMessageStartingWith("headline.span.start:");
    assertThat(refuse(replace("\"start\" : 0", "\"start\" : null")))
        .hasMessageStartingWith("headline.span.start:");
    assertThat(refuse(replace("\"titles\" : [ \"Col.\" ]", "\"titles\" : \"Col.\"")))
        .hasMessageStartingWith("actors[0].titles:");
    assertThat(refuse("\"just a string\"")).hasMessageStartingWith("expected an object");
    assertThat(refuse("42")).hasMessageStartingWith("expected an object");
    assertThat(refuse("null")).hasMessage("expected an object, found null");
  }

  @Test
  void expressionLanguageInAFailingValueIsShownNotEvaluated() {
    String doc = replace("\"name\" : \"Amir Dost\"", "\"name\" : \"${1+1}#{2*3}\"")
        .replace("\"kind\" : \"PERSON\"", "\"kind\" : \"PERSON\", \"knd\" : \"${7*7}\"");
    ArticleJsonException e = refuse(doc);
    assertThat(e.getMessage()).doesNotContain("49", "${2}");
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void manyThousandsOfElementsAreReadInLinearTime() {
    StringBuilder spans = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      spans.append(i == 0 ? "" : ",").append("{\"start\":0,\"end\":0}");
    }
    String doc = "{\"id\":\"a\",\"text\":\"\",\"paragraphs\":[" + spans + "]}";
    Article article = SitrepJson.read(doc);
    assertThat(article.getParagraphs()).hasSize(200_000);
  }

  @Test
  void unpairedSurrogateEscapesReadAsTextOrAClearError() {
    String doc = replace("\"name\" : \"Amir Dost\"", "\"name\" : \"Amir \\ud800 Dost\"");
    try {
      assertThat(SitrepJson.read(doc).getActors().get(0).getName()).contains("\ud800");
    } catch (ArticleJsonException e) {
      assertThat(e.getMessage()).startsWith("actors[0].name");
    }
  }

  private String replace(String from, String to) {
    assertThat(json).contains(from);
    return json.replaceFirst(java.util.regex.Pattern.quote(from),
        java.util.regex.Matcher.quoteReplacement(to));
  }

  private static ArticleJsonException refuse(String doc) {
    ArticleJsonException e = catchThrowableOfType(ArticleJsonException.class,
        () -> SitrepJson.read(doc));
    assertThat(e).as("refused: %s", doc.length() > 80 ? doc.substring(0, 80) : doc).isNotNull();
    assertThat(e.getMessage()).doesNotContain("com.fasterxml", "Immutable", "java.");
    return e;
  }
}
