package io.github.sitrep.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.sitrep.model.Article;
import java.io.UncheckedIOException;

/**
 * Reads and writes the article JSON, sitrep's interchange format.
 *
 * <pre>{@code
 * String json = SitrepJson.write(article);
 * Article back = SitrepJson.read(json);   // back.equals(article)
 * }</pre>
 *
 * <p>Thread-safe: the shared mapper is configured once and never changed.
 */
public final class SitrepJson {

  private static final ObjectMapper MAPPER = newMapper();

  private SitrepJson() {}

  /**
   * A new mapper configured for the sitrep model: {@code Optional} and {@code java.time}
   * support, ISO dates, empty optionals left out.
   *
   * @return a new, independently configurable mapper
   */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .serializationInclusion(JsonInclude.Include.NON_ABSENT)
        .build();
  }

  /**
   * @param article an article
   * @return its JSON, pretty-printed
   */
  public static String write(Article article) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(article);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param json the JSON of an article
   * @return the article
   * @throws UncheckedIOException if the JSON is malformed or does not describe an article
   */
  public static Article read(String json) {
    try {
      return MAPPER.readValue(json, Article.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
