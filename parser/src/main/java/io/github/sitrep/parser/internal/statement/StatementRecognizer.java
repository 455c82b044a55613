package io.github.sitrep.parser.internal.statement;

import io.github.sitrep.model.Statement;
import io.github.sitrep.parser.internal.discourse.Discourse;
import io.github.sitrep.parser.internal.discourse.TimeIndex;
import io.github.sitrep.parser.internal.entity.Entities;
import io.github.sitrep.parser.internal.layout.Layout;
import io.github.sitrep.parser.internal.time.TimeMention;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds statements: quotations with their speakers, reported speech, and reported speech
 * with quoted fragments. Immutable once built (the reporting-verb lexicon is loaded by the
 * constructor) and safe to share between threads; never throws on bad text.
 */
public final class StatementRecognizer {

  private final CueFinder cueFinder;

  /** Uses the bundled reporting-verb lexicon. */
  public StatementRecognizer() {
    this(ReportingVerbs.bundled());
  }

  /**
   * @param verbs the reporting-verb lexicon
   */
  public StatementRecognizer(ReportingVerbs verbs) {
    this.cueFinder = new CueFinder(verbs);
  }

  /**
   * @param text the article text
   * @param layout its layout
   * @param entities its entities
   * @param times its date expressions
   * @return the statements in text order
   */
  public List<Statement> recognize(String text, Layout layout, Entities entities,
      List<TimeMention> times) {
    Discourse d = new Discourse(text, layout, entities);
    return recognize(d, new TimeIndex(d, times));
  }

  /**
   * @param d the article as a discourse
   * @param times its date expressions
   * @return the statements in text order
   */
  public List<Statement> recognize(Discourse d, TimeIndex times) {
    Cues cues = new Cues(d, cueFinder.find(d));
    List<Draft> drafts = new ArrayList<>(new QuoteAttributor(d, cues).run());
    drafts.addAll(new ReportedSpeech(d, cues, times).run(drafts));
    return StatementAssembler.assemble(d, times, Documents.resolveAll(d, drafts));
  }
}
