package io.github.sitrep.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A news article and everything read from it: headline, dateline, paragraphs, and the
 * {@link Actor actors}, {@link Force forces}, {@link Place places}, {@link Statement
 * statements} and {@link Event events} in it, each pointing at the characters of
 * {@link #getText()} it came from.
 *
 * <p>The JSON form of an article is sitrep's interchange format; it carries a
 * {@link #getSchemaVersion() schema version}.
 *
 * <pre>{@code
 * Article article = Article.builder()
 *     .id("000_d761ccc542c0aeb6")
 *     .text(text)
 *     .published(LocalDate.of(2017, 12, 11))
 *     .addForce(isf)
 *     .build();
 * article.findForce("isf").ifPresent(f -> System.out.println(f.getName()));
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableArticle.class)
@JsonDeserialize(as = ImmutableArticle.class)
@JsonPropertyOrder({"schemaVersion", "id", "headline", "dateline", "published", "source", "text",
    "paragraphs", "actors", "forces", "places", "statements", "events"})
public interface Article {

  /** The version of the article JSON this library writes. */
  String SCHEMA_VERSION = "1.0";

  /** @return a new builder */
  static ImmutableArticle.Builder builder() {
    return ImmutableArticle.builder();
  }

  /** @return the version of the JSON schema; {@value #SCHEMA_VERSION} for this library */
  @Value.Default
  @NotBlank
  default String getSchemaVersion() {
    return SCHEMA_VERSION;
  }

  /** @return the article's id: given by the caller or made from its text */
  @NotNull
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String getId();

  /** @return the headline, when the article has one */
  Optional<@Valid Mention> getHeadline();

  /** @return the dateline, when the article has one */
  Optional<@Valid Dateline> getDateline();

  /** @return the publication date, given by the caller or found in the text */
  Optional<LocalDate> getPublished();

  /** @return the outlet or source: "Rudaw English" */
  Optional<@Pattern(regexp = Patterns.NOT_BLANK, message = Patterns.NOT_BLANK_MESSAGE) String> getSource();

  /** @return the exact text that was parsed; every span points into it */
  @NotNull
  String getText();

  /** @return the paragraphs of the body, in order */
  List<@NotNull @Valid Span> getParagraphs();

  /** @return persons and non-armed organisations */
  List<@NotNull @Valid Actor> getActors();

  /** @return armed and security organisations */
  List<@NotNull @Valid Force> getForces();

  /** @return places */
  List<@NotNull @Valid Place> getPlaces();

  /** @return who said what */
  List<@NotNull @Valid Statement> getStatements();

  /** @return who did what, to whom, where and when */
  List<@NotNull @Valid Event> getEvents();

  /**
   * @param id an actor id
   * @return the actor with that id
   */
  default Optional<Actor> findActor(String id) {
    return getActors().stream().filter(a -> a.getId().equals(id)).findFirst();
  }

  /**
   * @param id a force id
   * @return the force with that id
   */
  default Optional<Force> findForce(String id) {
    return getForces().stream().filter(f -> f.getId().equals(id)).findFirst();
  }

  /**
   * @param id a place id
   * @return the place with that id
   */
  default Optional<Place> findPlace(String id) {
    return getPlaces().stream().filter(p -> p.getId().equals(id)).findFirst();
  }

  /**
   * @param id a statement id
   * @return the statement with that id
   */
  default Optional<Statement> findStatement(String id) {
    return getStatements().stream().filter(s -> s.getId().equals(id)).findFirst();
  }

  /**
   * @param ref a reference
   * @return the entity it points at, if the article has it
   */
  default Optional<? extends Entity> resolve(EntityRef ref) {
    switch (ref.getKind()) {
      case ACTOR:
        return findActor(ref.getId());
      case FORCE:
        return findForce(ref.getId());
      default:
        return findPlace(ref.getId());
    }
  }

  /** @return actors, forces and places, in that order */
  default List<Entity> entities() {
    List<Entity> all = new ArrayList<>(getActors().size() + getForces().size() + getPlaces().size());
    Stream.of(getActors(), getForces(), getPlaces()).forEach(all::addAll);
    return all;
  }

  /**
   * @param span a span inside the text
   * @return the text it covers
   * @throws IndexOutOfBoundsException if the span does not lie inside the text
   */
  default String covered(Span span) {
    return getText().substring(span.getStart(), span.getEnd());
  }
}
