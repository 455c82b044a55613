package io.github.sitrep.parser.internal.event;

import io.github.sitrep.model.Event;
import io.github.sitrep.model.EventStatus;
import io.github.sitrep.model.Statement;
import io.github.sitrep.parser.internal.discourse.Discourse;
import io.github.sitrep.parser.internal.discourse.PhraseTable;
import io.github.sitrep.parser.internal.discourse.TimeIndex;
import io.github.sitrep.parser.internal.entity.Entities;
import io.github.sitrep.parser.internal.layout.Layout;
import io.github.sitrep.parser.internal.statement.ReportingVerbs;
import io.github.sitrep.parser.internal.time.TimeMention;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds events: triggers from the event-trigger lexicon, then for each its status,
 * participants, place, date and casualty counts, then merges drafts that tell of one event.
 * Immutable once built (the constructor loads the lexicons) and safe to share between threads;
 * never throws on bad text.
 */
public final class EventRecognizer {

  private final TriggerFinder triggerFinder;
  private final ReportingVerbs verbs;

  /** Uses the bundled lexicons. */
  public EventRecognizer() {
    this(EventTriggers.bundled(), ReportingVerbs.bundled());
  }

  /**
   * @param triggers the event-trigger lexicon
   * @param verbs the reporting-verb lexicon, to tell denials among statements
   */
  public EventRecognizer(EventTriggers triggers, ReportingVerbs verbs) {
    this.triggerFinder = new TriggerFinder(triggers);
    this.verbs = verbs;
  }

  /**
   * @param text the article text
   * @param layout its layout
   * @param entities its entities
   * @param statements its statements
   * @param times its date expressions
   * @return the events in text order
   */
  public List<Event> recognize(String text, Layout layout, Entities entities,
      List<Statement> statements, List<TimeMention> times) {
    Discourse d = new Discourse(text, layout, entities);
    return recognize(d, statements, new TimeIndex(d, times));
  }

  /**
   * @param d the article as a discourse
   * @param statements its statements
   * @param times its date expressions
   * @return the events in text order
   */
  public List<Event> recognize(Discourse d, List<Statement> statements, TimeIndex times) {
    List<PhraseTable.Match<EventTrigger>> found = triggerFinder.find(d);
    Claims claims = new Claims(d, statements, verbs);
    DateAnchors dates = new DateAnchors(d, times, Anchors.of(d, found, statements));
    Anaphors anaphors = new Anaphors(d);
    ParticipantFinder participants = new ParticipantFinder(d, anaphors, claims);
    List<EventDraft> drafts = new ArrayList<>();
    for (PhraseTable.Match<EventTrigger> m : found) {
      EventDraft e = draft(d, m, claims);
      if (e != null) {
        participants.fill(e);
        e.place = PlaceFinder.place(d, e);
        e.placeIsCoarse = e.place != null && d.isCountry(e.place);
        e.date = dates.dateOf(m.from());
        ClaimContext.apply(d, e, claims.at(m.from()));
        anaphors.remember(e);
        drafts.add(e);
      }
    }
    EventMerger.merge(d, drafts);
    ClaimContext.dates(drafts);
    CasualtyAttacher.attach(d, drafts);
    return EventAssembler.assemble(d, drafts);
  }

  private static EventDraft draft(Discourse d, PhraseTable.Match<EventTrigger> m, Claims claims) {
    EventStatus status = Statuses.of(d, m.from(), m.value().status());
    if (status == null || Statuses.comparison(d, m.from())) {
      return null;
    }
    EventDraft e = new EventDraft(Civilians.refine(d, m.value().type(), m.to()), m.from(),
        m.to(), d.sentenceOf(m.from()), TriggerFinder.isNoun(d, m));
    Claims.Claim claim = claims.at(m.from());
    if (claim != null && !claim.trailing()) {
      e.statement = claim.id();
      if (claim.denial()) {
        status = EventStatus.NEGATED;
      } else if (status == EventStatus.HAPPENED) {
        status = EventStatus.CLAIMED;
      }
    }
    e.status = status;
    return e;
  }
}
