package io.github.sitrep.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named person or a non-armed organisation (a ministry, a government, a news agency, a UN
 * body). Armed and security organisations are {@link Force}s.
 *
 * <pre>{@code
 * Actor abadi = Actor.builder()
 *     .id("haider-al-abadi")
 *     .kind(ActorKind.PERSON)
 *     .name("Haider al-Abadi")
 *     .addTitle("Prime Minister")
 *     .country("IQ")
 *     .addMention(Mention.in(text, 1893, 1908))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActor.class)
@JsonDeserialize(as = ImmutableActor.class)
public interface Actor extends Entity {

  /** @return a new builder */
  static ImmutableActor.Builder builder() {
    return ImmutableActor.builder();
  }

  /** @return person or organisation */
  @NotNull
  ActorKind getKind();

  /** @return titles and ranks as written, in order: "Lt. Gen.", "Prime Minister" */
  List<@NotBlank String> getTitles();

  /** @return the role or post the text gives: "commander of the US operation" */
  Optional<@Pattern(regexp = Patterns.NOT_BLANK, message = Patterns.NOT_BLANK_MESSAGE) String> getRole();

  /** @return the force or organisation the actor belongs to or speaks for */
  Optional<@Valid EntityRef> getAffiliation();

  /** @return the actor's country as an ISO 3166-1 alpha-2 code */
  Optional<@Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String> getCountry();

  @Override
  default EntityKind entityKind() {
    return EntityKind.ACTOR;
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
