package io.github.sitrep.parser.internal.discourse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Word sequences ("said", "according to", "raised * flag") mapped to values, matched at a
 * token, longest first. A {@code *} stands for any one word. Immutable once built; safe to
 * share between threads.
 *
 * @param <T> the value type
 */
public final class PhraseTable<T> {

  /** The longest phrase, in words. */
  public static final int MAX_WORDS = 8;

  /**
   * A phrase matched in the text.
   *
   * @param <T> the value type
   * @param value the phrase's value
   * @param from its first token
   * @param to the token past its last
   */
  public record Match<T>(T value, int from, int to) {}

  private record Entry<T>(String[] words, T value) {}

  private final Map<String, List<Entry<T>>> byFirst;

  private PhraseTable(Map<String, List<Entry<T>>> byFirst) {
    this.byFirst = byFirst;
  }

  /**
   * @param <T> the value type
   * @return a builder
   */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /**
   * @param d the discourse
   * @param t a token index
   * @return the longest phrase starting at t, or {@code null}
   */
  public Match<T> at(Discourse d, int t) {
    return at(d, t, m -> true);
  }

  /**
   * @param d the discourse
   * @param t a token index
   * @param accept which matches to take
   * @return the longest accepted phrase starting at t, or {@code null}
   */
  public Match<T> at(Discourse d, int t, java.util.function.Predicate<Match<T>> accept) {
    List<Entry<T>> entries = byFirst.get(d.norm(t));
    if (entries == null) {
      return null;
    }
    for (Entry<T> e : entries) {
      if (matches(d, t, e.words())) {
        Match<T> m = new Match<>(e.value(), t, t + e.words().length);
        if (accept.test(m)) {
          return m;
        }
      }
    }
    return null;
  }

  private static boolean matches(Discourse d, int t, String[] words) {
    if (t + words.length > d.size()) {
      return false;
    }
    for (int i = 1; i < words.length; i++) {
      String w = words[i];
      boolean ok = w.equals("*") ? d.token(t + i).isWord() : d.norm(t + i).equals(w);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * Builds a {@link PhraseTable}.
   *
   * @param <T> the value type
   */
  public static final class Builder<T> {
    private final Map<String, List<Entry<T>>> byFirst = new HashMap<>();

    private Builder() {}

    /**
     * @param phrase words separated by spaces; the first is not {@code *}
     * @param value its value
     * @return this builder
     * @throws IllegalArgumentException if the phrase is blank, too long or starts with *
     */
    public Builder<T> add(String phrase, T value) {
      String[] words = Tokenizer.tokenize(phrase.toLowerCase(Locale.ROOT)).stream()
          .map(Token::norm).toArray(String[]::new);
      if (words.length == 0 || words.length > MAX_WORDS || words[0].equals("*")) {
        throw new IllegalArgumentException("bad phrase: '" + phrase + "'");
      }
      byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry<>(words, value));
      return this;
    }

    /** @return the table */
    public PhraseTable<T> build() {
      Map<String, List<Entry<T>>> copy = new HashMap<>();
      byFirst.forEach((k, v) -> {
        List<Entry<T>> sorted = new ArrayList<>(v);
        sorted.sort(Comparator.comparingInt((Entry<T> e) -> e.words().length).reversed());
        copy.put(k, List.copyOf(sorted));
      });
      return new PhraseTable<>(Map.copyOf(copy));
    }
  }
}
