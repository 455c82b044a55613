package io.github.sitrep.parser.internal.statement;

import io.github.sitrep.model.EntityKind;
import io.github.sitrep.model.EntityRef;
import io.github.sitrep.model.Statement;
import io.github.sitrep.model.TimeExpression;
import io.github.sitrep.parser.internal.discourse.Discourse;
import io.github.sitrep.parser.internal.discourse.TimeIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns drafts into statements: text order, ids {@code s1, s2, ...}, and the date: the first
 * date expression of the cue's sentence that is neither part of the content nor quoted. A
 * place found as the subject ("Iraq said") or the addressee is no speaker or addressee the
 * model allows: such a statement keeps the words and leaves the entity out.
 */
final class StatementAssembler {

  private static final int WINDOW = 60;

  private StatementAssembler() {}

  static List<Statement> assemble(Discourse d, TimeIndex times, List<Draft> drafts) {
    List<Draft> ordered = new ArrayList<>(drafts);
    ordered.sort(Comparator.comparingInt(Draft::contentFrom));
    List<Statement> out = new ArrayList<>(ordered.size());
    for (Draft draft : ordered) {
      out.add(build(d, times, draft, "s" + (out.size() + 1)));
    }
    return out;
  }

  private static Statement build(Discourse d, TimeIndex times, Draft draft, String id) {
    Speaker s = draft.speaker();
    Optional<EntityRef> speaker = s.ref().filter(StatementAssembler::canSpeak);
    return Statement.builder()
        .id(id)
        .speaker(speaker)
        .speakerUnknown(speaker.isEmpty())
        .speakerMention(s.mention())
        .content(d.span(draft.contentFrom(), draft.contentTo()))
        .mode(draft.mode())
        .cue(Optional.ofNullable(draft.cue()).map(c -> d.span(c.from(), c.to())))
        .addressee(draft.addressee().filter(StatementAssembler::canSpeak))
        .addresseeMention(draft.addresseeMention())
        .date(date(d, times, draft))
        .build();
  }

  private static boolean canSpeak(EntityRef ref) {
    return ref.getKind() != EntityKind.PLACE;
  }

  private static Optional<TimeExpression> date(Discourse d, TimeIndex times, Draft draft) {
    if (draft.cue() == null) {
      return Optional.empty();
    }
    int s = d.sentenceOf(draft.cue().from());
    int from = Math.max(d.sentenceFrom(s), draft.firstToken() - WINDOW);
    int to = Math.min(d.sentenceTo(s), Math.max(draft.contentTo(), draft.cue().to()) + WINDOW);
    for (TimeIndex.Located t : times.within(from, to)) {
      boolean inContent = t.to() > draft.contentFrom() && t.from() < draft.contentTo();
      if (!inContent && d.quoteAt(t.from()) < 0) {
        return Optional.of(t.time().value());
      }
    }
    return Optional.empty();
  }
}
