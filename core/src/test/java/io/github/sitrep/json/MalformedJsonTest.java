package io.github.sitrep.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sitrep.testing.SmallArticle;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Documents the reader must refuse, and what it must say about them. */
class MalformedJsonTest {

  private final String json = SitrepJson.write(SmallArticle.build());

  @Test
  void unknownEnumConstantNamesTheFieldTheChoicesAndTheLine() {
    String doc = replace("\"status\" : \"CLAIMED\"", "\"status\" : \"HAPPEND\"");
    ArticleJsonException e = refuse(doc);
    int line = lineOf(doc, "HAPPEND");
    assertThat(e).hasMessage("events[1].status: 'HAPPEND' is not one of HAPPENED, INTENDED, "
        + "NEGATED, CLAIMED (line " + line + ", column 16)");
    assertThat(e.getPath()).isEqualTo("events[1].status");
    assertThat(e.getLine()).isEqualTo(line);
    assertThat(e.getColumn()).isEqualTo(16);
  }

  @Test
  void enumGivenAsANumberIsRefused() {
    assertThat(refuse(replace("\"status\" : \"CLAIMED\"", "\"status\" : 1")))
        .hasMessageStartingWith("events[1].status: '1' is not one of HAPPENED");
  }

  @Test
  void valuesOfTheWrongTypeAreNotCoerced() {
    assertThat(refuse(replace("\"start\" : 0", "\"start\" : \"zero\"")))
        .hasMessageStartingWith("headline.span.start: expected a whole number, found a string (line");
    assertThat(refuse(replace("\"start\" : 0", "\"start\" : \"0\"")))
        .hasMessageStartingWith("headline.span.start: expected a whole number, found a string");
    assertThat(refuse(replace("\"start\" : 0", "\"start\" : 0.5")))
        .hasMessageStartingWith("headline.span.start: '0.5' is not a whole number");
    assertThat(refuse(replace("\"name\" : \"Amir Dost\"", "\"name\" : 5")))
        .hasMessageStartingWith("actors[0].name: '5' is not a string");
    assertThat(refuse(replace("\"speakerUnknown\" : true", "\"speakerUnknown\" : \"yes\"")))
        .hasMessageStartingWith("statements[0].speakerUnknown: expected true or false, found a string");
    assertThat(refuse(replace("\"actors\" : [", "\"actors\" : 3, \"x\" : [")))
        .hasMessageStartingWith("actors: expected a list, found a whole number");
    assertThat(refuse("[ ]")).hasMessage("expected an object, found a list (line 1, column 1)");
  }

  @Test
  void invalidDateIsRefused() {
    assertThat(refuse(replace("\"published\" : \"2023-03-08\"", "\"published\" : \"2023-02-30\"")))
        .hasMessageStartingWith("published: '2023-02-30' is not a date (yyyy-mm-dd) (line");
  }

  @Test
  void missingOrNullRequiredFieldIsNamed() {
    assertThat(refuse(replace("\"name\" : \"Amir Dost\",", "")))
        .hasMessageStartingWith("actors[0].name: required field missing (line");
    assertThat(refuse(replace("\"name\" : \"Amir Dost\"", "\"name\" : null")))
        .hasMessageStartingWith("actors[0].name: required field missing");
    assertThat(refuse("{ }")).hasMessageStartingWith("required fields missing: id, text");
  }

  @Test
  void nullInsideAListIsRefused() {
    assertThat(refuse(replace("\"titles\" : [ \"Col.\" ]", "\"titles\" : [ null ]")))
        .hasMessageStartingWith("actors[0].titles: null is not allowed in this list");
  }

  @Test
  void brokenInvariantIsReportedWithItsReason() {
    assertThat(refuse(replace("\"end\" : 45", "\"end\" : -2")))
        .hasMessageStartingWith("headline.span: span end -2 must not be before its start 0");
  }

  @Test
  void unknownFieldIsRefusedAndTheKnownOnesListed() {
    assertThat(refuse(replace("\"kind\" : \"PERSON\"", "\"kind\" : \"PERSON\", \"knd\" : 1")))
        .hasMessageStartingWith("actors[0].knd: unknown field; the fields here are affiliation, "
            + "aliases, country, id, kind, mentions, name, role, titles (line");
  }

  @Test
  void duplicateFieldIsRefused() {
    String doc = replace("\"id\" : \"small-1\",", "\"id\" : \"small-1\", \"id\" : \"x\",");
    assertThat(refuse(doc)).hasMessage("id: duplicate field (line " + lineOf(doc, "\"x\"")
        + ", column 25)");
  }

  @Test
  void truncatedDocumentIsRefused() {
    assertThat(refuse(json.substring(0, json.length() / 2)))
        .hasMessageContaining("the document ends too early (is it truncated?)");
    assertThat(refuse(json.substring(0, json.length() - 2)))
        .hasMessageStartingWith("events: the document ends too early");
  }

  @Test
  void contentAfterTheArticleIsRefused() {
    assertThat(refuse(json + " {}")).hasMessageStartingWith("content after the end of the article (line");
  }

  @Test
  void emptyAndNonJsonDocumentsAreRefused() {
    assertThat(refuse("")).hasMessageStartingWith("the document is empty");
    assertThat(refuse("{\"id\": tru}")).hasMessageStartingWith("id: malformed JSON: Unrecognized token 'tru'");
    assertThat(refuse("\u0000\u0001")).hasMessageStartingWith("malformed JSON:");
  }

  @Test
  void tooLongStringIsRefused() {
    String text = "a".repeat(SitrepJson.MAX_STRING_LENGTH + 1);
    assertThat(refuse("{\"id\": \"a\", \"text\": \"" + text + "\"}")).hasMessage(
        "text: string value length (4194305) exceeds the maximum allowed (4194304)");
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void tooLongDocumentIsRefusedWhileStreaming() {
    ArticleJsonException e = catchThrowableOfType(ArticleJsonException.class,
        () -> SitrepJson.read(new EndlessSpaces()));
    assertThat(e).hasMessageStartingWith("document length (")
        .hasMessageContaining("exceeds the maximum allowed (" + SitrepJson.MAX_DOCUMENT_LENGTH + ")");
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void deepDocumentIsRefusedWithoutRecursion() {
    assertThat(refuse("[".repeat(100_000))).hasMessageStartingWith("expected an object");
    assertThat(refuse("{\"id\": " + "[".repeat(100_000)))
        .hasMessageStartingWith("id: expected a string, found a list");
  }

  @Test
  void mapperRefusesNestingBeyondTheLimit() throws Exception {
    ObjectMapper mapper = SitrepJson.newMapper();
    int max = SitrepJson.MAX_NESTING_DEPTH;
    assertThat(mapper.readTree("[".repeat(max) + "]".repeat(max)).isArray()).isTrue();
    assertThatThrownBy(() -> mapper.readTree("[".repeat(max + 1) + "]".repeat(max + 1)))
        .isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("nesting depth (" + (max + 1) + ") exceeds the maximum allowed (" + max);
  }

  @Test
  void messagesNameNoJavaInternals() {
    String[] docs = {replace("\"status\" : \"CLAIMED\"", "\"status\" : \"X\""), "[ ]", "{ }",
        replace("\"actors\" : [", "\"actors\" : {\"a\": 1}, \"x\" : ["), json + "]",
        replace("\"kind\" : \"PERSON\"", "\"kind\" : \"PERSON\", \"knd\" : 1")};
    for (String doc : docs) {
      assertThat(refuse(doc).getMessage()).doesNotContain("Immutable", "java.", "com.fasterxml", "`");
    }
  }

  private String replace(String from, String to) {
    assertThat(json).contains(from);
    return json.replaceFirst(java.util.regex.Pattern.quote(from),
        java.util.regex.Matcher.quoteReplacement(to));
  }

  private static ArticleJsonException refuse(String doc) {
    ArticleJsonException e = catchThrowableOfType(ArticleJsonException.class, () -> SitrepJson.read(doc));
    assertThat(e).as("refused: %s", doc.length() > 80 ? doc.substring(0, 80) : doc).isNotNull();
    return e;
  }

  private static int lineOf(String doc, String needle) {
    int at = doc.indexOf(needle);
    return (int) doc.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  /** An article that opens and then never ends: white space without end. */
  private static final class EndlessSpaces extends InputStream {
    private boolean opened;

    @Override
    public int read() {
      if (!opened) {
        opened = true;
        return '{';
      }
      return ' ';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (!opened) {
        return read() == '{' ? fill(b, off, len, true) : 0;
      }
      return fill(b, off, len, false);
    }

    private static int fill(byte[] b, int off, int len, boolean first) {
      java.util.Arrays.fill(b, off, off + len, (byte) ' ');
      if (first) {
        b[off] = '{';
      }
      return len;
    }
  }
}
