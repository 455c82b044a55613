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
 * An armed or security organisation: a state's military or police, a non-state armed group,
 * a militia, a coalition, a designated terrorist organisation, foreign troops.
 *
 * <pre>{@code
 * Force ypg = Force.builder()
 *     .id("ypg")
 *     .name("People's Protection Units")
 *     .acronym("YPG")
 *     .kind(ForceKind.MILITIA)
 *     .country("SY")
 *     .partOf(EntityRef.force("sdf"))
 *     .addMention(Mention.in(text, 2410, 2435))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableForce.class)
@JsonDeserialize(as = ImmutableForce.class)
public interface Force extends Entity {

  /** @return a new builder */
  static ImmutableForce.Builder builder() {
    return ImmutableForce.builder();
  }

  /** @return the acronym, when the text or a lexicon gives one: "SDF" */
  Optional<@Pattern(regexp = Patterns.NOT_BLANK, message = Patterns.NOT_BLANK_MESSAGE) String> getAcronym();

  /** @return what kind of force this is */
  @NotNull
  ForceKind getKind();

  /** @return the country whose force this is, or where it is based, as ISO 3166-1 alpha-2 */
  Optional<@Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String> getCountry();

  /** @return the larger force this one is part of (the YPG within the SDF) */
  Optional<@Valid EntityRef> getPartOf();

  /** @return countries said to back this force ("Russian-backed"), as ISO 3166-1 alpha-2 */
  List<@Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String> getBackers();

  @Override
  default EntityKind entityKind() {
    return EntityKind.FORCE;
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
