package io.github.sitrep.parser.internal.event;

import io.github.sitrep.model.EntityRef;
import io.github.sitrep.model.ParticipantRole;
import io.github.sitrep.parser.internal.discourse.Discourse;
import io.github.sitrep.parser.internal.discourse.EntityClass;
import io.github.sitrep.parser.internal.discourse.Referents;
import io.github.sitrep.parser.internal.discourse.Subjects;
import java.util.List;
import java.util.Set;

/**
 * Finds an event's participants: the subject group before the trigger (agents, or targets of
 * a passive "were attacked"), the entities after it in its clause with roles from the
 * prepositions before them ({@link Roles}), "the two sides" for the agents of an earlier
 * event, and, when an armed event's only subject is an organisation ("the media cell
 * announced full control"), the last force named before.
 */
final class ParticipantFinder {

  private static final int AFTER_WINDOW = 40;
  private static final Set<String> PREPS = Set.of("by", "on", "against", "over", "of", "with",
      "between", "in", "at", "from", "to", "into", "near", "for", "including", "targeting",
      "among", "after", "before", "during", "and");
  private static final Set<String> PASSIVE = Set.of("was", "were", "been", "being", "is", "are",
      "be");

  private final Discourse d;
  private final Anaphors anaphors;
  private final Claims claims;

  ParticipantFinder(Discourse d, Anaphors anaphors, Claims claims) {
    this.d = d;
    this.anaphors = anaphors;
    this.claims = claims;
  }

  void fill(EventDraft e) {
    boolean passive = !e.noun && (PASSIVE.contains(d.norm(e.from - 1))
        || PASSIVE.contains(d.norm(e.from - 2)) && d.token(e.from - 1).isWord());
    boolean orgSubject = before(e, passive ? ParticipantRole.TARGET : ParticipantRole.AGENT);
    after(e);
    if (e.agents().isEmpty() && Roles.ARMED.contains(e.type) && orgSubject) {
      lastForce(e);
    }
  }

  /** @return whether the subject was an organisation left out of an armed event */
  private boolean before(EventDraft e, ParticipantRole role) {
    List<Integer> group = Subjects.before(d, e.from, e.noun ? 1 : 0);
    if (group.isEmpty()) {
      int head = Anaphors.find(d, Math.max(d.clauseStart(e.from), e.from - 6), e.from);
      if (head >= 0) {
        addAnaphor(e, head, role);
      } else {
        genericSubject(e, role);
      }
      return false;
    }
    boolean org = false;
    for (int found : group) {
      int m = found >= 0 ? found : Referents.resolve(d, -found - 1);
      if (m < 0) {
        continue;
      }
      if (Roles.ARMED.contains(e.type) && d.classOf(m) == EntityClass.ORGANISATION) {
        org = true;
      } else {
        e.add(d.refOf(m), role, found >= 0 ? d.textOf(m) : d.span(-found - 1, -found));
      }
    }
    return org;
  }

  private void after(EventDraft e) {
    String prep = "";
    int end = Math.min(d.clauseEnd(e.from), e.to + AFTER_WINDOW);
    int voice = d.voiceAt(e.from);
    for (int t = e.to; t < end; t++) {
      String w = d.norm(t);
      int m = d.mentionAt(t);
      if (w.equals("according") || w.equals("that") && t > e.to) {
        break;
      }
      if (m >= 0 && d.mentionFrom(m) == t) {
        if (d.classOf(m).canAct() && (voice < 0 || d.voiceAt(t) == voice)
            && !claims.isAttribution(t)) {
          e.add(d.refOf(m), Roles.after(e.type, prep, e.noun), d.textOf(m));
        }
        t = d.mentionTo(m) - 1;
      } else if (GenericForces.at(d, t) >= 0 && (voice < 0 || d.voiceAt(t) == voice)) {
        int g = GenericForces.at(d, t);
        e.add(d.refOf(g), Roles.after(e.type, prep, e.noun), d.span(t, t + 1));
      } else if (PREPS.contains(w) && !(w.equals("and") && prep.equals("between"))) {
        prep = w.equals("and") ? prep : w;
      } else if (Anaphors.find(d, t, t + 1) == t) {
        addAnaphor(e, t, Roles.after(e.type, "between", e.noun));
      }
    }
  }

  /**
   * "Government forces shelled ...", "its forces had carried out ...", "A Russian missile
   * slammed into ...": a generic subject stands for a state's force, a national adjective for
   * the force the article names with it ("Russian forces").
   */
  private void genericSubject(EventDraft e, ParticipantRole role) {
    for (int t = e.from - 1; t >= Math.max(d.clauseStart(e.from), e.from - 4); t--) {
      int g = GenericForces.at(d, t);
      if (g < 0) {
        g = NationalForces.at(d, t);
      }
      if (g >= 0 && d.voiceAt(t) == d.voiceAt(e.from)) {
        e.add(d.refOf(g), role, d.span(t, t + 1));
        return;
      }
    }
  }

  private void addAnaphor(EventDraft e, int head, ParticipantRole role) {
    for (EntityRef r : anaphors.resolve(e.sentence, head)) {
      e.add(r, role, d.span(head - 1, head + 1));
    }
  }

  private void lastForce(EventDraft e) {
    int s = d.sentenceOf(e.from);
    int lower = d.sentenceFrom(Math.max(0, s - 1));
    int stop = d.mentionBefore(e.from) - Subjects.WINDOW;
    for (int m = d.mentionBefore(e.from); m >= 0 && m > stop && d.mentionFrom(m) >= lower; m--) {
      EntityRef ref = d.refOf(m);
      if (d.classOf(m) == EntityClass.FORCE && !e.has(ref)) {
        e.add(ref, ParticipantRole.AGENT, d.textOf(m));
        return;
      }
    }
  }
}
