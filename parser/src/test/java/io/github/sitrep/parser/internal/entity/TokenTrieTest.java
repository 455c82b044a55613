package io.github.sitrep.parser.internal.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenTrieTest {

  private final TokenTrie<String> trie = new TokenTrie<>();

  TokenTrieTest() {
    trie.add("Erbil", "erbil");
    trie.add("Deir ez-Zor", "deir");
    trie.add("Deir ez-Zor Governorate", "deir-gov");
    trie.add("al-Qaim", "qaim");
    trie.add("IS", "is");
    trie.add("Islamic State", "isis");
    trie.add("Tillabéri", "tillaberi");
  }

  private Optional<String> at(String text, int token) {
    return trie.longestAt(Tokens.of(text), token).map(m -> String.join(",", m.values()));
  }

  private String matched(String text, int token) {
    Tokens t = Tokens.of(text);
    TokenTrie.Match<String> m = trie.longestAt(t, token).orElseThrow();
    return text.substring(t.start(m.first()), t.end(m.end() - 1));
  }

  @Test
  void matchesLongestFirst() {
    assertThat(matched("in Deir ez-Zor Governorate today", 1)).isEqualTo("Deir ez-Zor Governorate");
    assertThat(matched("in Deir ez-Zor today", 1)).isEqualTo("Deir ez-Zor");
  }

  @Test
  void capitalsMatchMixedCaseNamesButAcronymsMatchOnlyThemselves() {
    assertThat(at("ERBIL, Kurdistan Region", 0)).contains("erbil");
    assertThat(at("erbil", 0)).isEmpty();
    assertThat(at("IS fighters", 0)).contains("is");
    assertThat(at("Is it", 0)).isEmpty();
    assertThat(at("is it", 0)).isEmpty();
  }

  @Test
  void hyphensInsideWordsAndParticleCaseAreLoose() {
    assertThat(at("Al-Qaim", 0)).contains("qaim");
    assertThat(at("al Qaim", 0)).contains("qaim");
    assertThat(at("AL-QAIM", 0)).contains("qaim");
    assertThat(at("Deir Ez-Zor", 0)).contains("deir");
    assertThat(at("deir ez-zor", 0)).isEmpty();
  }

  @Test
  void accentsAreFolded() {
    assertThat(at("Tillaberi region", 0)).contains("tillaberi");
    assertThat(at("Tillabéri region", 0)).contains("tillaberi");
  }

  @Test
  void matchesWholeWordsOnly() {
    assertThat(at("Erbils", 0)).isEmpty();
    assertThat(at("Islamic Statehood", 0)).isEmpty();
    Tokens t = Tokens.of("ISIS");
    assertThat(trie.longestAt(t, 0)).isEmpty();
  }

  @Test
  void tokensSplitWordsAndMarks() {
    Tokens t = Tokens.of("People's Protection Units (YPG), al-Bukamal");
    List<String> words = new java.util.ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      words.add(t.surface(i));
    }
    assertThat(words).containsExactly("People", "'", "s", "Protection", "Units", "(", "YPG",
        ")", ",", "al", "-", "Bukamal");
    assertThat(t.isJoiner(10)).isTrue();
    assertThat(t.isJoiner(5)).isFalse();
  }
}
