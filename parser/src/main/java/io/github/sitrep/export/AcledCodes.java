package io.github.sitrep.export;

import io.github.sitrep.model.Actor;
import io.github.sitrep.model.ActorKind;
import io.github.sitrep.model.DatePrecision;
import io.github.sitrep.model.Entity;
import io.github.sitrep.model.EventType;
import io.github.sitrep.model.Force;
import io.github.sitrep.model.ForceKind;
import io.github.sitrep.model.PlaceKind;
import io.github.sitrep.model.TimeExpression;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The ACLED codes sitrep derives: actor type ("inter") codes, interaction codes, time and
 * geographic precision. The mapping is documented in docs/events.md.
 *
 * <p>Inter codes: 1 state forces, 2 rebel groups, 3 political militias, 4 identity militias,
 * 5 rioters, 6 protesters, 7 civilians, 8 external or other forces.
 */
final class AcledCodes {

  /** Inter code of state forces. */
  static final int STATE = 1;
  /** Inter code of external or other forces. */
  static final int EXTERNAL = 8;

  /** The widest date range, in days, still given time precision 2. */
  static final long WEEK_DAYS = 7;

  private AcledCodes() {}

  /**
   * The inter code of an armed force.
   *
   * @param force the force
   * @param eventCountry the country of the event, if known
   * @return STATE for a state's own forces at home; EXTERNAL for a state's forces abroad,
   *     coalitions and other forces; 2 for non-state and designated terrorist groups; 3 for militias
   */
  static int inter(Force force, Optional<String> eventCountry) {
    switch (force.getKind()) {
      case STATE:
        boolean abroad = force.getCountry().isPresent() && eventCountry.isPresent()
            && !force.getCountry().equals(eventCountry);
        return abroad ? EXTERNAL : STATE;
      case NON_STATE:
      case TERRORIST:
        return 2;
      case MILITIA:
        return 3;
      default:
        return EXTERNAL;
    }
  }

  /**
   * The inter code of a participant that is not a force and speaks for none.
   *
   * @param actor the actor
   * @param type the event type
   * @return 6 for the agent of a protest, 7 (civilians) for other persons, 8 for organisations
   */
  static int interOfUnarmed(Actor actor, EventType type) {
    if (type == EventType.PROTEST) {
      return 6;
    }
    return actor.getKind() == ActorKind.PERSON ? 7 : EXTERNAL;
  }

  /**
   * @param facts the event
   * @param entity one of its agents or recipients
   * @return its inter code
   */
  static int inter(EventFacts facts, Entity entity) {
    Optional<Force> force = facts.forceOf(entity);
    if (force.isPresent()) {
      return inter(force.get(), facts.country());
    }
    return interOfUnarmed((Actor) entity, facts.event().getType());
  }

  /**
   * @param inter1 the first actor's code
   * @param inter2 the second actor's code, 0 when there is none
   * @return ACLED's two-digit interaction code: the smaller code first; {@code inter1 * 10}
   *     for an actor acting alone
   */
  static int interaction(int inter1, int inter2) {
    if (inter2 == 0) {
      return inter1 * 10;
    }
    return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
  }

  /**
   * @param date a resolved date
   * @return 1 for a day, 2 for a week or a range of at most {@value #WEEK_DAYS} days, 3 for
   *     anything wider
   */
  static int timePrecision(TimeExpression date) {
    if (date.getPrecision() == DatePrecision.DAY) {
      return 1;
    }
    long days = ChronoUnit.DAYS.between(date.getEarliest().orElseThrow(), date.getLatest().orElseThrow()) + 1;
    return date.getPrecision() == DatePrecision.WEEK || days <= WEEK_DAYS ? 2 : 3;
  }

  /**
   * @param kind the kind of the event's place
   * @return 1 for a town, village, base or crossing; 2 for a district, river, valley, border
   *     or other small area; 3 for a province, region or country
   */
  static int geoPrecision(PlaceKind kind) {
    switch (kind) {
      case CITY:
      case VILLAGE:
      case BASE:
      case CROSSING:
        return 1;
      case PROVINCE:
      case REGION:
      case COUNTRY:
        return 3;
      default:
        return 2;
    }
  }

  /**
   * The ACLED sub-event type, refined where ACLED splits a sitrep type by actor: a capture
   * by state forces is "Government regains territory".
   *
   * @param facts the event
   * @return the sub-event type, or empty when the type has no ACLED mapping
   */
  static Optional<String> subEventType(EventFacts facts) {
    EventType type = facts.event().getType();
    if (type == EventType.CAPTURE && facts.agents().stream().findFirst()
        .flatMap(facts::forceOf).map(f -> f.getKind() == ForceKind.STATE).orElse(false)) {
      return Optional.of("Government regains territory");
    }
    return type.acledSubEventType();
  }
}
