package io.github.sitrep.parser.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.model.EventType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks that every expected file of the development corpus, the held-out set and the seed says
 * only what its article supports: names, quotes, triggers and dates occur in the text; statements and events
 * refer to listed entities; kinds, types, modes and statuses come from the documented sets.
 */
class ExpectedFilesTest {

  /** The held-out set: checked here for consistency, never scored while rules are tuned. */
  static final Path HOLDOUT = Path.of("..", "seeds", "holdout");

  private static final Set<String> FORCE_KINDS = Set.of("state", "non-state", "coalition",
      "terrorist", "militia", "government", "other");
  private static final Set<String> PLACE_KINDS = Set.of("country", "region", "province",
      "district", "city", "village", "river", "valley", "border", "crossing", "base", "other");
  private static final Set<String> MODES = Set.of("direct", "indirect", "mixed");
  private static final Set<String> STATUSES = Set.of("happened", "intended", "claimed", "negated");

  static Stream<Path> articles() {
    List<Path> all = new ArrayList<>(Evaluator.articles(DevCorpusSpecTest.DEV));
    all.addAll(Evaluator.articles(DevCorpusSpecTest.SEEDS));
    all.addAll(Evaluator.articles(HOLDOUT));
    return all.stream();
  }

  private static ExpectedArticle expectedOf(Path text) {
    String name = text.getFileName().toString().replaceAll("\\.txt$", ".expected.json");
    return ExpectedArticle.read(text.resolveSibling(name));
  }

  @ParameterizedTest
  @MethodSource("articles")
  void headlineDatelineAndNamesOccurInTheText(Path file) throws IOException {
    String text = Files.readString(file);
    ExpectedArticle e = expectedOf(file);
    String lower = text.toLowerCase(Locale.ROOT);

    assertThat(e.published()).as("published").isNotNull();
    assertThat(text.lines().findFirst()).contains(e.headline());
    if (e.dateline() != null) {
      assertThat(lower).contains(e.dateline().toLowerCase(Locale.ROOT));
    }
    for (ExpectedEntity entity : e.entities()) {
      for (String n : entity.names()) {
        assertThat(lower).as("name in text").contains(n.toLowerCase(Locale.ROOT));
      }
    }
    e.forces().forEach(f -> assertThat(FORCE_KINDS).as(f.name()).contains(f.kind()));
    e.places().forEach(p -> assertThat(PLACE_KINDS).as(p.name()).contains(p.kind()));
  }

  @ParameterizedTest
  @MethodSource("articles")
  void statementsQuoteTheTextAndNameListedSpeakers(Path file) throws IOException {
    String text = Files.readString(file);
    ExpectedArticle e = expectedOf(file);
    Set<String> names = names(e);

    for (ExpectedStatement s : e.statements()) {
      assertThat(text).as("quote_start").contains(s.quoteStart());
      s.speakerName().ifPresent(n -> assertThat(names).as("speaker").contains(n));
      assertThat(MODES).as("mode of " + s.quoteStart()).contains(s.mode());
    }
  }

  @ParameterizedTest
  @MethodSource("articles")
  void eventsUseKnownTypesListedEntitiesAndTextualTriggers(Path file) throws IOException {
    String text = Files.readString(file);
    ExpectedArticle e = expectedOf(file);
    Set<String> names = names(e);
    Set<String> types = new HashSet<>();
    Arrays.stream(EventType.values()).forEach(t -> types.add(t.name()));

    for (ExpectedEvent ev : e.events()) {
      assertThat(types).as("type").contains(ev.type());
      assertThat(text).as("trigger of " + ev.type()).contains(ev.trigger());
      assertThat(names).as("participants of " + ev.trigger()).containsAll(ev.participants());
      ev.placeName().ifPresent(p -> assertThat(names).as("place").contains(p));
      if (ev.dateText() != null) {
        assertThat(text).as("date_text").contains(ev.dateText());
      }
      if (ev.date() != null) {
        assertThat(DayRange.parse(ev.date()).days()).as("date").isPositive();
      }
      assertThat(STATUSES).as("status of " + ev.trigger()).contains(ev.status());
    }
  }

  private static Set<String> names(ExpectedArticle e) {
    Set<String> names = new HashSet<>();
    e.entities().forEach(x -> names.addAll(x.names()));
    return names;
  }
}
