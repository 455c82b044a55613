package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.model.PlaceKind;
import io.github.sitrep.parser.lexicon.DemonymEntry;
import io.github.sitrep.parser.lexicon.EntryType;
import io.github.sitrep.parser.lexicon.Lexicon;
import io.github.sitrep.parser.lexicon.LexiconEntry;
import io.github.sitrep.parser.lexicon.TitleEntry;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A lexicon compiled for matching: token tries of entity names, titles and demonyms, and
 * look-ups by id and country. Built once per parser; immutable afterwards, hence thread-safe.
 */
public final class LexiconIndex {

  private static final class BundledHolder {
    static final LexiconIndex INSTANCE = new LexiconIndex(Lexicon.bundled());
  }

  private final Lexicon lexicon;
  private final TokenTrie<Surface> names = new TokenTrie<>();
  private final TokenTrie<TitleEntry> titles = new TokenTrie<>();
  private final TokenTrie<Demonym> demonyms = new TokenTrie<>();
  private final Map<String, LexiconEntry> countries = new HashMap<>();

  private LexiconIndex(Lexicon lexicon) {
    this.lexicon = lexicon;
    for (LexiconEntry e : lexicon.entries()) {
      addEntry(e);
    }
    for (TitleEntry t : lexicon.titles()) {
      titles.add(t.getSurface(), t);
    }
    for (DemonymEntry d : lexicon.demonyms()) {
      demonyms.add(d.getSurface(), new Demonym(d.getSurface(), d.getCountry(), d.getGroup()));
    }
  }

  /**
   * @param lexicon a lexicon
   * @return its index; the bundled lexicon's is built once and shared
   */
  public static LexiconIndex of(Lexicon lexicon) {
    return lexicon == Lexicon.bundled() ? BundledHolder.INSTANCE : new LexiconIndex(lexicon);
  }

  private void addEntry(LexiconEntry e) {
    Set<String> ambiguous = new HashSet<>(e.attributeValues("ambiguous"));
    Set<String> seen = new HashSet<>();
    for (String s : e.surfaces()) {
      if (seen.add(s)) {
        names.add(s, new Surface(e, s, ambiguous.contains(s)));
      }
    }
    e.attribute("acronym").filter(seen::add)
        .ifPresent(a -> names.add(a, new Surface(e, a, ambiguous.contains(a))));
    if (isCountry(e)) {
      e.getCountry().ifPresent(c -> countries.putIfAbsent(c, e));
      for (String d : e.attributeValues("demonyms")) {
        demonyms.add(d, new Demonym(d, e.getCountry(), Optional.empty()));
      }
    }
  }

  private static boolean isCountry(LexiconEntry e) {
    return e.getType() == EntryType.PLACE && e.placeKind().orElse(null) == PlaceKind.COUNTRY;
  }

  /** @return the lexicon this index was built from */
  public Lexicon lexicon() {
    return lexicon;
  }

  TokenTrie<Surface> names() {
    return names;
  }

  TokenTrie<TitleEntry> titles() {
    return titles;
  }

  TokenTrie<Demonym> demonyms() {
    return demonyms;
  }

  /**
   * @param iso an ISO 3166-1 alpha-2 code
   * @return the country entry with that code
   */
  Optional<LexiconEntry> country(String iso) {
    return Optional.ofNullable(countries.get(iso));
  }

  /**
   * @param id an entry id
   * @return the entry
   */
  Optional<LexiconEntry> entry(String id) {
    return lexicon.entry(id);
  }

  /** @return every entry, in lexicon order */
  List<LexiconEntry> entries() {
    return List.copyOf(lexicon.entries());
  }
}
