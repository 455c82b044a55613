package io.github.sitrep.parser.internal.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A dictionary of multi-word patterns matched token by token: keys are folded words (see
 * {@link TextShapes#fold(String)}), hyphens inside words are ignored on both sides
 * ("al-Qaim" = "al Qaim"), and each candidate is then checked for case with
 * {@link TextShapes#caseCompatible(String, String)}. Matching at one token walks at most as
 * deep as the longest pattern, so matching a whole text is linear in its length. Immutable
 * once built, hence thread-safe.
 *
 * @param <V> what a pattern stands for
 */
final class TokenTrie<V> {

  /** A pattern as written and what it stands for. */
  record Entry<V>(String[] words, V value) {}

  /**
   * The longest match at a token.
   *
   * @param first the first token
   * @param end the token after the last
   * @param values what the matched patterns stand for, in insertion order
   */
  record Match<V>(int first, int end, List<V> values) {}

  private final Node<V> root = new Node<>();
  private int maxDepth;

  /**
   * Adds a pattern; blank ones are ignored.
   *
   * @param surface the pattern as written
   * @param value what it stands for
   */
  void add(String surface, V value) {
    String[] words = PatternWords.split(surface);
    Node<V> node = root;
    for (String w : words) {
      node = node.childFor(TextShapes.fold(w));
    }
    if (node != root) {
      node.add(new Entry<>(words, value));
      maxDepth = Math.max(maxDepth, words.length);
    }
  }

  /**
   * @param tokens the text's tokens
   * @param first where the match must start
   * @return the longest match there whose case fits, if any
   */
  Optional<Match<V>> longestAt(Tokens tokens, int first) {
    return longestAt(tokens, first, tokens.size());
  }

  /**
   * @param tokens the text's tokens
   * @param first where the match must start
   * @param limit the token the match must not reach past
   * @return the longest match there, ending at or before {@code limit}, whose case fits
   */
  Optional<Match<V>> longestAt(Tokens tokens, int first, int limit) {
    if (tokens.isJoiner(first)) {
      return Optional.empty();
    }
    int maxWords = Math.max(1, maxDepth);
    int depth = 0;
    Node<V> node = root;
    Match<V> best = null;
    for (int j = first; j < limit && depth < maxWords; j++) {
      if (j > first && tokens.isJoiner(j)) {
        continue;
      }
      node = node.child(tokens.key(j));
      if (node == null) {
        break;
      }
      depth++;
      List<V> fitting = node.fitting(tokens, first, depth);
      if (!fitting.isEmpty()) {
        best = new Match<>(first, j + 1, fitting);
      }
    }
    return Optional.ofNullable(best);
  }

  private static final class Node<V> {
    private String oneKey;
    private Node<V> oneChild;
    private Map<String, Node<V>> children;
    private List<Entry<V>> entries;

    Node<V> child(String key) {
      if (oneKey != null && oneKey.equals(key)) {
        return oneChild;
      }
      return children == null ? null : children.get(key);
    }

    Node<V> childFor(String key) {
      Node<V> existing = child(key);
      if (existing != null) {
        return existing;
      }
      Node<V> created = new Node<>();
      if (oneKey == null) {
        oneKey = key;
        oneChild = created;
      } else {
        if (children == null) {
          children = new HashMap<>(4);
        }
        children.put(key, created);
      }
      return created;
    }

    void add(Entry<V> entry) {
      if (entries == null) {
        entries = new ArrayList<>(1);
      }
      entries.add(entry);
    }

    /** The values whose words fit, in case, the {@code depth} words from token {@code first}. */
    List<V> fitting(Tokens tokens, int first, int depth) {
      if (entries == null) {
        return List.of();
      }
      List<V> out = new ArrayList<>(entries.size());
      for (Entry<V> e : entries) {
        if (fits(tokens, first, depth, e.words())) {
          out.add(e.value());
        }
      }
      return out;
    }

    /** Walks the words as {@link TokenTrie#longestAt} did: joiners after the first skipped. */
    private static boolean fits(Tokens tokens, int first, int depth, String[] words) {
      int j = first;
      for (int k = 0; k < depth; k++, j++) {
        while (j > first && tokens.isJoiner(j)) {
          j++;
        }
        String text = tokens.surface(j);
        boolean shouted = tokens.isAllCaps(j) && text.length() > 1
            && !TextShapes.isAllCaps(words[k], 0, words[k].length());
        if (!TextShapes.caseCompatible(text, words[k])
            || shouted && !tokens.capitalsLoose(j)) {
          return false;
        }
      }
      return true;
    }
  }
}
