package io.github.sitrep.parser.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sitrep.json.SitrepJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The expected reading of one article, in the project's neutral expected-file format (the
 * format of {@code seeds/000_d761ccc542c0aeb6.expected.json}; see {@code seeds/dev/README.md}).
 * Every field is optional in the file: absent lists read as empty, absent values as {@code
 * null}, unknown fields are ignored.
 *
 * <pre>{@code
 * ExpectedArticle expected = ExpectedArticle.read(Path.of("seeds/dev/001_x.expected.json"));
 * expected.published().ifPresent(System.out::println);
 * }</pre>
 *
 * @param headline the headline
 * @param dateline the place word of the dateline
 * @param published the publication date, or {@code null}
 * @param persons named persons
 * @param forces armed and security organisations
 * @param organisations non-armed organisations: media, ministries, agencies
 * @param places places
 * @param statements who said what
 * @param events who did what
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExpectedArticle(String headline, String dateline, LocalDate published,
    List<ExpectedEntity> persons, List<ExpectedEntity> forces,
    List<ExpectedEntity> organisations, List<ExpectedEntity> places,
    List<ExpectedStatement> statements, List<ExpectedEvent> events) {

  private static final ObjectMapper MAPPER = SitrepJson.newMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /** Replaces absent lists by empty ones. */
  public ExpectedArticle {
    persons = copy(persons);
    forces = copy(forces);
    organisations = copy(organisations);
    places = copy(places);
    statements = copy(statements);
    events = copy(events);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /**
   * @param json the text of an expected file
   * @return what it says
   * @throws UncheckedIOException if the JSON is malformed or of the wrong shape
   */
  public static ExpectedArticle parse(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return MAPPER.readValue(json, ExpectedArticle.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param file an expected file, UTF-8
   * @return what it says
   * @throws UncheckedIOException if it cannot be read or is not an expected file
   */
  public static ExpectedArticle read(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      return parse(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException("cannot read " + file, e.getCause());
    }
  }

  /** @return the publication date, if the file gives one */
  public Optional<LocalDate> publishedDate() {
    return Optional.ofNullable(published);
  }

  /** @return persons, forces, organisations and places, in that order */
  public List<ExpectedEntity> entities() {
    List<ExpectedEntity> all = new ArrayList<>();
    all.addAll(persons);
    all.addAll(forces);
    all.addAll(organisations);
    all.addAll(places);
    return all;
  }
}
