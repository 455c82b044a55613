package io.github.sitrep.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.sitrep.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads and writes the article JSON, sitrep's interchange format (documented in
 * {@code docs/json.md}).
 *
 * <pre>{@code
 * String json = SitrepJson.write(article);
 * Article back = SitrepJson.read(json);            // back.equals(article)
 * Article fromFile = SitrepJson.read(Path.of("article.json"));
 * }</pre>
 *
 * <p>The reader is strict: a field it does not know, a duplicate field, a value of the wrong
 * type (a number where text belongs, text where a number belongs), an unknown enum constant,
 * a missing required field, content after the article, and a schema version of another
 * major version are errors. It refuses documents nested deeper than
 * {@value #MAX_NESTING_DEPTH} levels, strings longer than {@value #MAX_STRING_LENGTH}
 * characters and documents longer than {@value #MAX_DOCUMENT_LENGTH} characters (or bytes).
 * Every such problem is an {@link ArticleJsonException} naming the field and the line.
 *
 * <p>Thread-safe: the shared mapper is configured once and never changed.
 */
public final class SitrepJson {

  /** The deepest nesting of arrays and objects the reader accepts; an article needs about 8. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The longest string value the reader accepts, in characters: 4 Mi, room for any text the parser takes. */
  public static final int MAX_STRING_LENGTH = 4 * 1024 * 1024;

  /** The longest document the reader accepts, in characters or bytes: 64 Mi. */
  public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  /** The longest field name the reader accepts, in characters. */
  public static final int MAX_NAME_LENGTH = 256;

  /** The longest number the reader accepts, in digits. */
  public static final int MAX_NUMBER_LENGTH = 64;

  private static final ObjectMapper MAPPER = newMapper();
  private static final ObjectReader READER = MAPPER.readerFor(Article.class);

  private SitrepJson() {}

  /**
   * A new mapper configured for the sitrep model: {@code Optional} and {@code java.time}
   * support, ISO dates, empty optionals left out, and the strict reading and limits
   * described {@link SitrepJson above}. Its errors are Jackson's; use the {@code read}
   * methods for errors that name the field.
   *
   * @return a new, independently configurable mapper
   */
  public static ObjectMapper newMapper() {
    JsonMapper mapper = JsonMapper.builder(jsonFactory())
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .serializationInclusion(JsonInclude.Include.NON_ABSENT)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .build();
    mapper.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    return mapper;
  }

  private static JsonFactory jsonFactory() {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .build())
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
   * @throws ArticleJsonException if the JSON is malformed, does not describe an article, or
   *     exceeds the reader's limits
   */
  public static Article read(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return checked(READER.readValue(json));
    } catch (IOException e) {
      throw JsonErrors.translate(e);
    }
  }

  /**
   * Reads an article from a character stream, which is left open.
   *
   * @param json the JSON of an article
   * @return the article
   * @throws ArticleJsonException if the JSON is malformed, does not describe an article, or
   *     exceeds the reader's limits
   * @throws UncheckedIOException if reading fails
   */
  public static Article read(Reader json) {
    Objects.requireNonNull(json, "json");
    try {
      return checked(READER.readValue(json));
    } catch (IOException e) {
      throw JsonErrors.translate(e);
    }
  }

  /**
   * Reads an article from a byte stream in UTF-8 (or UTF-16 or UTF-32, detected), which is
   * left open.
   *
   * @param json the JSON of an article
   * @return the article
   * @throws ArticleJsonException if the JSON is malformed, does not describe an article, or
   *     exceeds the reader's limits
   * @throws UncheckedIOException if reading fails
   */
  public static Article read(InputStream json) {
    Objects.requireNonNull(json, "json");
    try {
      return checked(READER.readValue(json));
    } catch (IOException e) {
      throw JsonErrors.translate(e);
    }
  }

  /**
   * Reads an article from a file.
   *
   * @param file a file holding the JSON of an article
   * @return the article
   * @throws ArticleJsonException if the JSON is malformed, does not describe an article, or
   *     exceeds the reader's limits
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Article read(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(file.toString(), e);
    }
  }

  private static Article checked(Article article) {
    if (article == null) {
      throw new ArticleJsonException("expected an object, found null", "", -1, -1, null);
    }
    SchemaVersions.check(article.getSchemaVersion());
    return article;
  }
}
