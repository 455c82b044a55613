package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.model.Span;
import io.github.sitrep.parser.internal.layout.Layout;
import io.github.sitrep.parser.lexicon.TitleEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the entity rules read about one text: its tokens, where sentences start, the
 * lexicon names, titles and demonyms found at each token, and the runs of capitalised words.
 * Made per call; not shared between threads.
 */
final class Scan {

  final String text;
  final Tokens tokens;
  final LexiconIndex index;
  private final boolean[] sentenceStart;
  private final List<TokenTrie.Match<Surface>> names;
  private final List<TokenTrie.Match<TitleEntry>> titles;
  private final List<TokenTrie.Match<Demonym>> demonyms;
  private final Runs runs;
  final Layout layout;
  private java.util.Set<String> demonymCountries;

  Scan(String text, Layout layout, LexiconIndex index) {
    this.text = text;
    this.layout = layout;
    this.tokens = Tokens.of(text);
    this.index = index;
    this.sentenceStart = SentenceStarts.find(tokens, layout);
    tokens.capitalsLoose(CapitalLines.find(text, tokens, layout));
    int n = tokens.size();
    this.names = new ArrayList<>(n);
    this.titles = new ArrayList<>(n);
    this.demonyms = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      names.add(tokens.isWord(i) && !afterParticle(i)
          ? index.names().longestAt(tokens, i).orElse(null) : null);
      titles.add(tokens.isWord(i) ? index.titles().longestAt(tokens, i).orElse(null) : null);
      demonyms.add(tokens.isWord(i) && tokens.isCapitalised(i)
          ? index.demonyms().longestAt(tokens, i).orElse(null) : null);
    }
    this.runs = Runs.find(this);
  }

  /** "Qaim" in "al-Qaim" does not start a name of its own. */
  private boolean afterParticle(int i) {
    return tokens.isJoiner(i - 1) && Words.PARTICLES.contains(tokens.key(i - 2));
  }

  /**
   * @param first a token
   * @param end a later token
   * @return the longest lexicon name from {@code first} that ends exactly at {@code end}
   */
  TokenTrie.Match<Surface> nameBetween(int first, int end) {
    if (afterParticle(first) || !tokens.isWord(first)) {
      return null;
    }
    TokenTrie.Match<Surface> m = index.names().longestAt(tokens, first, end).orElse(null);
    return m != null && m.end() == end ? m : null;
  }

  int size() {
    return tokens.size();
  }

  boolean sentenceStart(int i) {
    return i >= 0 && i < sentenceStart.length && sentenceStart[i];
  }

  /** @return the longest lexicon name starting at the token, or null */
  TokenTrie.Match<Surface> name(int i) {
    return i >= 0 && i < names.size() ? names.get(i) : null;
  }

  /** @return the longest title starting at the token, or null */
  TokenTrie.Match<TitleEntry> title(int i) {
    return i >= 0 && i < titles.size() ? titles.get(i) : null;
  }

  /** @return the longest demonym starting at the token, or null */
  TokenTrie.Match<Demonym> demonym(int i) {
    return i >= 0 && i < demonyms.size() ? demonyms.get(i) : null;
  }

  /** @return the countries whose demonyms the text uses */
  java.util.Set<String> demonymCountries() {
    if (demonymCountries == null) {
      java.util.Set<String> out = new java.util.HashSet<>();
      for (TokenTrie.Match<Demonym> d : demonyms) {
        if (d != null) {
          d.values().get(0).country().ifPresent(out::add);
        }
      }
      demonymCountries = out;
    }
    return demonymCountries;
  }

  Runs runs() {
    return runs;
  }

  /** @return the character span of tokens {@code [first, end)} */
  Span span(int first, int end) {
    return Span.of(tokens.start(first), tokens.end(end - 1));
  }

  /** @return the text of tokens {@code [first, end)} as written */
  String textOf(int first, int end) {
    return text.substring(tokens.start(first), tokens.end(end - 1));
  }

  /** @return whether a line break lies between token {@code i - 1} and token {@code i} */
  boolean lineBreakBefore(int i) {
    if (i <= 0 || i >= tokens.size()) {
      return true;
    }
    for (int c = tokens.end(i - 1); c < tokens.start(i); c++) {
      if (text.charAt(c) == '\n' || text.charAt(c) == '\r') {
        return true;
      }
    }
    return false;
  }
}
