package io.github.sitrep.parser.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An event as an annotator reads it.
 *
 * @param type the name of an {@link io.github.sitrep.model.EventType}: "ATTACK"
 * @param trigger the word or phrase in the text that signals it
 * @param participants names of persons, forces, organisations or places of the same expected
 *     article
 * @param place the name of a place of the same expected article, or {@code null}
 * @param dateText the date as written, or {@code null}
 * @param date the date resolved against the publication date: {@code 2017-12-03}, a month
 *     {@code 2017-12}, a year {@code 2017} or a range {@code 2017-12-04/2017-12-10}; {@code
 *     null} when the text gives none or it cannot be placed
 * @param status happened, intended, claimed or negated
 * @param fatalities the number of people killed, when the text gives one
 * @param injuries the number of people injured, when the text gives one
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExpectedEvent(String type, String trigger, List<String> participants, String place,
    @JsonProperty("date_text") String dateText, String date, String status, Integer fatalities,
    Integer injuries) {

  /** Checks the type and replaces an absent participant list by an empty one. */
  public ExpectedEvent {
    Objects.requireNonNull(type, "type");
    participants = participants == null ? List.of() : List.copyOf(participants);
  }

  /** @return the place name, if given */
  public Optional<String> placeName() {
    return Names.present(place);
  }

  /** @return the resolved date range, if given */
  public Optional<DayRange> dateRange() {
    return Names.present(date).map(DayRange::parse);
  }

  /** @return the trigger, if given */
  public Optional<String> triggerText() {
    return Names.present(trigger);
  }

  /** @return the status, if given */
  public Optional<String> statusText() {
    return Names.present(status);
  }

  /** @return the number killed, if given */
  public Optional<Integer> fatalityCount() {
    return Optional.ofNullable(fatalities);
  }

  /** @return the number injured, if given */
  public Optional<Integer> injuryCount() {
    return Optional.ofNullable(injuries);
  }
}
