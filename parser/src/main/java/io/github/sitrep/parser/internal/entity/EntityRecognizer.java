package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.parser.internal.layout.Layout;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds and resolves the actors, forces and places of an article: lexicon look-up and
 * patterns propose candidate mentions, overlapping ones are weighed, lexicon names are
 * disambiguated, later mentions (surnames, acronyms, "the coalition") are found, and the
 * mentions are grouped into entities. Immutable and thread-safe; linear in the text.
 */
public final class EntityRecognizer {

  private final LexiconIndex lexicon;
  private final List<Finder> finders;

  /** @param lexicon the compiled lexicon */
  public EntityRecognizer(LexiconIndex lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.finders = Finders.all();
  }

  /**
   * @param text the article text
   * @param layout its layout
   * @return the entities and their mentions; empty, never an exception, for text it cannot
   *     read
   */
  public Entities recognize(String text, Layout layout) {
    Scan scan = new Scan(text, layout, lexicon);
    List<Candidate> candidates = new ArrayList<>();
    for (Finder f : finders) {
      f.find(scan, candidates);
    }
    candidates = Disambiguation.supportedOnly(scan, candidates);
    candidates = DatelineAgency.without(scan, candidates);
    List<Candidate> chosen = Selector.select(candidates, scan.size());
    Disambiguation.choose(chosen);
    chosen = Coreference.extend(scan, chosen);
    return EntityFactory.build(scan, Grouping.group(chosen, lexicon));
  }
}
