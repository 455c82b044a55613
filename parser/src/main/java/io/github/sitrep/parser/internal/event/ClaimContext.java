package io.github.sitrep.parser.internal.event;

import io.github.sitrep.model.EntityKind;
import io.github.sitrep.model.ParticipantRole;
import io.github.sitrep.parser.internal.discourse.Discourse;

/**
 * What an event told inside a statement takes from it: the statement's date when the event
 * has none ("Last week, the army said it had killed ... in an air strike"), and the speaker
 * as a participant when the event names none ("The army said 20 attackers had been
 * neutralised"), when the speaker is an armed force speaking of its own acts, or speaks for
 * one.
 */
final class ClaimContext {

  private ClaimContext() {}

  /** Gives events told in a statement, still without a date after merging, its date. */
  static void dates(java.util.List<EventDraft> drafts) {
    for (EventDraft e : drafts) {
      if (!e.merged && e.date == null && e.claim != null) {
        e.date = e.claim.statement().getDate().orElse(null);
      }
    }
  }

  static void apply(Discourse d, EventDraft e, Claims.Claim claim) {
    if (claim == null || claim.trailing()) {
      return;
    }
    e.claim = claim;
    if (e.participants().isEmpty()) {
      claim.statement().getSpeaker()
          .map(ref -> ref.getKind() == EntityKind.FORCE ? ref : d.affiliationOf(ref).orElse(ref))
          .filter(ref -> ref.getKind() == EntityKind.FORCE)
          .ifPresent(ref -> e.add(ref, ParticipantRole.AGENT,
              claim.statement().getSpeakerMention().orElse(null)));
    }
  }
}
