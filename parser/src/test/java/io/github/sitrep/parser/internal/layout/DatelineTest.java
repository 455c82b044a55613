package io.github.sitrep.parser.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.model.Span;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineTest {

  private static final String HEADLINE = "A headline\n\n";

  private static Optional<DatelineParts> dateline(String paragraph) {
    String text = HEADLINE + paragraph;
    Layout layout = new LayoutAnalyzer().analyze(text);
    LayoutInvariants.check(text, layout);
    return layout.dateline();
  }

  private static String at(String paragraph, Span span) {
    return (HEADLINE + paragraph).substring(span.getStart(), span.getEnd());
  }

  private static String at(String paragraph, Optional<Span> span) {
    return span.map(s -> at(paragraph, s)).orElse("");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ERBIL, Kurdistan Region \u2014 Leaders met.|ERBIL, Kurdistan Region \u2014|ERBIL, Kurdistan Region||",
      "BAMAKO (Reuters) \u2013 Gunmen attacked.|BAMAKO (Reuters) \u2013|BAMAKO||Reuters",
      "WASHINGTON, Jan. 13, 2017 \u2014 The Pentagon said.|WASHINGTON, Jan. 13, 2017 \u2014|WASHINGTON|Jan. 13, 2017|",
      "KYIV, Ukraine (AP) \u2014 Drones struck.|KYIV, Ukraine (AP) \u2014|KYIV, Ukraine||AP",
      "MOGADISHU, Somalia - A blast hit.|MOGADISHU, Somalia -|MOGADISHU, Somalia||",
      "ADEN: Fighting resumed on Sunday.|ADEN:|ADEN||",
      "BAGHDAD -- Rockets fell.|BAGHDAD --|BAGHDAD||",
      "NEW YORK, Dec 11 (Reuters) - The council met.|NEW YORK, Dec 11 (Reuters) -|NEW YORK|Dec 11|Reuters",
      "AL-MUKALLA, Yemen, 3 December 2017 \u2014 Troops deployed.|AL-MUKALLA, Yemen, 3 December 2017 \u2014|AL-MUKALLA, Yemen|3 December 2017|",
      "DEIR EZ-ZOR, Syria\u2014The offensive began.|DEIR EZ-ZOR, Syria\u2014|DEIR EZ-ZOR, Syria||",
      "Kabul (AFP) \u2014 A suicide bomber struck.|Kabul (AFP) \u2014|Kabul||AFP",
      "Tripoli, Libya, March 5, 2019 \u2014 Clashes erupted.|Tripoli, Libya, March 5, 2019 \u2014|Tripoli, Libya|March 5, 2019|",
      "MOSUL, Iraq, Nov. 21 (Reuters) \u2014 Iraqi troops advanced.|MOSUL, Iraq, Nov. 21 (Reuters) \u2014|MOSUL, Iraq|Nov. 21|Reuters",
  })
  void readsCommonShapes(String paragraph, String raw, String place, String date, String agency) {
    DatelineParts parts = dateline(paragraph).orElseThrow();
    assertThat(at(paragraph, parts.raw())).isEqualTo(raw);
    assertThat(parts.raw().getStart()).isEqualTo(HEADLINE.length());
    assertThat(at(paragraph, parts.place())).isEqualTo(place);
    assertThat(at(paragraph, parts.date())).isEqualTo(date == null ? "" : date);
    assertThat(at(paragraph, parts.agency())).isEqualTo(agency == null ? "" : agency);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Leaders from the Iraqi Security Forces agreed \u2014 at last \u2014 to meet.",
      "US forces \u2014 backed by drones \u2014 advanced.",
      "The ministry said: forces advanced.",
      "Iraq: forces advanced on the town.",
      "Kabul \u2014 a city of millions \u2014 woke to blasts.",
      "(Reuters) \u2014 Gunmen attacked.",
      "A well-known commander - who was not named - died.",
      "X \u2014 nothing here.",
      "Mosul, the second city, was retaken \u2014 officials said.",
      "THE ARMY SAID THE TOWN, WHICH HAD BEEN UNDER SIEGE FOR MONTHS AND MONTHS AND MONTHS AND MONTHS, FELL \u2014 at last.",
      "ERBIL, 12345 \u2014 text",
      "ERBIL, Kurdistan Region, Iraq, the north, of \u2014 text",
  })
  void ignoresWhatIsNoDateline(String paragraph) {
    assertThat(dateline(paragraph)).isEmpty();
  }

  @Test
  void datelineMayFollowReleaseLines() {
    String paragraph = "Inter-Services Public Relations (ISPR), press release\n\n"
        + "RAWALPINDI, May 10 \u2014 Security forces conducted an operation.";
    DatelineParts parts = dateline(paragraph).orElseThrow();
    assertThat(at(paragraph, parts.raw())).isEqualTo("RAWALPINDI, May 10 \u2014");
    assertThat(at(paragraph, parts.date())).isEqualTo("May 10");
    Layout layout = new LayoutAnalyzer().analyze(HEADLINE + paragraph);
    assertThat(layout.paragraphs()).hasSize(2);
    assertThat(at(paragraph, layout.sentences().get(1)))
        .isEqualTo("Security forces conducted an operation.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Forces advanced on the town.\n\nERBIL \u2014 Text.",
      "One\n\nTwo\n\nThree\n\nERBIL \u2014 Text.",
  })
  void datelineAfterASentenceOrManyLinesIsNone(String paragraphs) {
    assertThat(dateline(paragraphs)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ERBIL \u2014", "ERBIL:", "ERBIL --"})
  void aDatelineAloneIsStillOne(String paragraph) {
    assertThat(dateline(paragraph)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "ERBIL, Kurdistan Region \u2014 Leaders met. They agreed.",
      "WASHINGTON, Jan. 13, 2017 \u2014 Leaders met. They agreed.",
  })
  void firstSentenceStartsAfterTheDateline(String paragraph) {
    String text = HEADLINE + paragraph;
    Layout layout = new LayoutAnalyzer().analyze(text);
    Span first = layout.sentences().get(0);
    assertThat(text.substring(first.getStart(), first.getEnd())).isEqualTo("Leaders met.");
    assertThat(layout.sentences()).hasSize(2);
  }
}
