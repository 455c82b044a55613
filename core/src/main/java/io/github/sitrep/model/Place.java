package io.github.sitrep.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A place: a country, region, province, district, city, village, river, valley, border,
 * crossing or base.
 *
 * <pre>{@code
 * Place anbar = Place.builder()
 *     .id("anbar")
 *     .name("Anbar")
 *     .kind(PlaceKind.PROVINCE)
 *     .country("IQ")
 *     .parent(EntityRef.place("iraq"))
 *     .addMention(Mention.in(text, 2640, 2645))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlace.class)
@JsonDeserialize(as = ImmutablePlace.class)
public interface Place extends Entity {

  /** @return a new builder */
  static ImmutablePlace.Builder builder() {
    return ImmutablePlace.builder();
  }

  /** @return what kind of place this is */
  @NotNull
  PlaceKind getKind();

  /** @return the place this one lies in (a province's country, a city's province) */
  Optional<@Valid EntityRef> getParent();

  /** @return the country the place lies in, as ISO 3166-1 alpha-2; empty for a river across several */
  Optional<@Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String> getCountry();

  /** @return the position, when a gazetteer gives one */
  Optional<@Valid Coordinates> getCoordinates();

  /** @return the id in the gazetteer the coordinates came from: "geonames:170063" */
  Optional<@Pattern(regexp = Patterns.NOT_BLANK, message = Patterns.NOT_BLANK_MESSAGE) String> getGazetteerId();

  @Override
  default EntityKind entityKind() {
    return EntityKind.PLACE;
  }

  /**
   * {@inheritDoc}
   *
   * <p>At least one: an entity exists in an article because the text names it. The
   * element constraints ({@code @NotNull @Valid}) are inherited from {@link Entity}; Bean
   * Validation forbids marking them for cascading twice.
   */
  @Override
  @NotEmpty
  List<Mention> getMentions();
}
