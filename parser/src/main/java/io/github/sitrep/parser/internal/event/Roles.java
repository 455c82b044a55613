package io.github.sitrep.parser.internal.event;

import io.github.sitrep.model.EventType;
import io.github.sitrep.model.ParticipantRole;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which role an entity after a trigger plays, by event type and the preposition before it:
 * "by" makes an agent; "with" and "between" make others of a symmetric event (meeting,
 * agreement, clash) or agents when the trigger has none; "on", "against", "over" make
 * targets; a direct object is the target of a transitive event ("attacked X").
 */
final class Roles {

  static final Set<EventType> SYMMETRIC = EnumSet.of(EventType.AGREE, EventType.MEET,
      EventType.COOPERATE, EventType.CLASH, EventType.CEASEFIRE);
  static final Set<EventType> TRANSITIVE = EnumSet.of(EventType.ATTACK,
      EventType.ATTACK_CIVILIANS, EventType.AIRSTRIKE, EventType.SHELLING, EventType.BOMBING,
      EventType.SUICIDE_BOMBING, EventType.KILL, EventType.ABDUCT, EventType.CAPTURE,
      EventType.ARREST, EventType.RELEASE, EventType.THREATEN, EventType.PROCLAIM);
  /** Types whose agent is an armed force (or a person leading one), not an organisation. */
  static final Set<EventType> ARMED = EnumSet.of(EventType.ATTACK, EventType.ATTACK_CIVILIANS,
      EventType.AIRSTRIKE, EventType.SHELLING, EventType.BOMBING, EventType.SUICIDE_BOMBING,
      EventType.KILL, EventType.ABDUCT, EventType.CAPTURE, EventType.WITHDRAW, EventType.DEPLOY,
      EventType.RAISE_FLAG, EventType.ARREST, EventType.CLASH);
  /** Violent types that take casualty counts before a bare killing does. */
  static final Set<EventType> VIOLENT = EnumSet.of(EventType.ATTACK, EventType.ATTACK_CIVILIANS,
      EventType.AIRSTRIKE, EventType.SHELLING, EventType.BOMBING, EventType.SUICIDE_BOMBING,
      EventType.CLASH);

  private Roles() {}

  /**
   * @param type the event type
   * @param prep the preposition before the entity, or the empty string for none
   * @param noun whether the trigger is a noun ("withdrawal of X")
   * @return the entity's role
   */
  static ParticipantRole after(EventType type, String prep, boolean noun) {
    switch (prep) {
      case "by":
        return ParticipantRole.AGENT;
      case "on", "against", "over", "targeting":
        return TRANSITIVE.contains(type) ? ParticipantRole.TARGET : ParticipantRole.OTHER;
      case "of":
        return TRANSITIVE.contains(type) ? ParticipantRole.TARGET
            : noun && !SYMMETRIC.contains(type) ? ParticipantRole.AGENT : ParticipantRole.OTHER;
      case "between":
        return ParticipantRole.AGENT;
      case "":
        return TRANSITIVE.contains(type) ? ParticipantRole.TARGET : ParticipantRole.OTHER;
      default:
        return ParticipantRole.OTHER;
    }
  }
}
