package io.github.sitrep.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.testing.SmallArticle;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A valid article's JSON damaged at random (a stretch cut out, repeated, or a token put in)
 * reads as an article or fails with an {@link ArticleJsonException}: never another
 * exception, never a message naming Java internals.
 */
class MutatedJsonProperties {

  private static final String JSON = SitrepJson.write(SmallArticle.build());
  private static final String[] TOKENS = {"{", "}", "[", "]", ",", ":", "\"", "null", "true",
      "-1", "1e999", "\"\\u0000\"", "\"\\ud800\"", "\"x\"", "{}", "[]", "\"id\":\"x\",", "\\"};

  @Property(tries = 400)
  void damagedJsonReadsOrFailsClearly(@ForAll("damaged") String doc) {
    try {
      assertThat(SitrepJson.read(doc)).isNotNull();
    } catch (ArticleJsonException e) {
      assertThat(e.getMessage()).isNotBlank().doesNotContain("com.fasterxml", "Immutable");
    }
  }

  @Provide
  Arbitrary<String> damaged() {
    Arbitrary<Integer> at = Arbitraries.integers().between(0, JSON.length());
    Arbitrary<Integer> length = Arbitraries.integers().between(0, 40);
    Arbitrary<String> token = Arbitraries.of(TOKENS);
    Arbitrary<String> cut = Combinators.combine(at, length).as((a, n) ->
        JSON.substring(0, a) + JSON.substring(Math.min(JSON.length(), a + n)));
    Arbitrary<String> repeated = Combinators.combine(at, length).as((a, n) ->
        JSON.substring(0, Math.min(JSON.length(), a + n)) + JSON.substring(a));
    Arbitrary<String> inserted = Combinators.combine(at, token).as((a, t) ->
        JSON.substring(0, a) + t + JSON.substring(a));
    return Arbitraries.oneOf(cut, repeated, inserted);
  }
}
