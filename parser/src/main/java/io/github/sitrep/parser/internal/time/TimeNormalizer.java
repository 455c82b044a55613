package io.github.sitrep.parser.internal.time;

import io.github.sitrep.model.DatePrecision;
import io.github.sitrep.model.Span;
import io.github.sitrep.model.TimeExpression;
import io.github.sitrep.parser.internal.layout.DatelineParts;
import io.github.sitrep.parser.internal.layout.Layout;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds date expressions and resolves them against the publication date.
 *
 * <p>The text is cut into tokens once ({@link Tokens}); at each token a bounded set of
 * patterns is tried ({@link DateReader}); a match is placed on the calendar by
 * {@link DateResolver}, whose Javadoc gives the rules. Expressions counted from the date
 * before them count from the last placed one ("In 2016 ... a year earlier"), or for days
 * from the last day-precise one ("on Sunday ... hours later"); "since" periods are not
 * counted from. Matches do not overlap. Time is linear
 * in the text's length; no input makes it throw. Stateless and thread-safe.
 */
public final class TimeNormalizer {

  /**
   * @param text the article text
   * @param layout its layout
   * @param reference the publication date, if known
   * @return the date expressions in text order
   */
  public List<TimeMention> find(String text, Layout layout, Optional<LocalDate> reference) {
    Tokens tokens = Tokens.of(text);
    DateReader reader = new DateReader(tokens);
    List<TimeMention> found = new ArrayList<>();
    Optional<LocalDate> lastDate = Optional.empty();
    Optional<LocalDate> lastDay = Optional.empty();
    int i = 0;
    while (i < tokens.size()) {
      DateMatch m = reader.at(i);
      if (m == null) {
        i++;
        continue;
      }
      Span span = Span.of(tokens.start(m.first()), tokens.end(m.last()));
      TimeExpression value = DateResolver.resolve(text.substring(span.getStart(), span.getEnd()),
          span, m.meaning(), reader.futureBefore(m.first()), reference,
          countsDays(m.meaning()) ? lastDay : lastDate);
      found.add(new TimeMention(span, value));
      if (value.resolved() && !(m.meaning() instanceof SinceDate)) {
        lastDate = value.getEarliest();
        lastDay = value.getPrecision() == DatePrecision.DAY ? lastDate : lastDay;
      }
      i = m.last() + 1;
    }
    return found;
  }

  /**
   * Whether the expression counts days from the date before it ("hours later", "two days
   * earlier"), and so needs the last day-precise date rather than the last date of any kind.
   */
  private static boolean countsDays(DateMeaning meaning) {
    return meaning instanceof RelativeDate && ((RelativeDate) meaning).unit() == TimeUnit.DAY;
  }

  /**
   * The day of the dateline's date, when the dateline has one that names its year:
   * "WASHINGTON, Jan. 13, 2017 —".
   *
   * @param text the article text
   * @param layout its layout
   * @return the dateline's day, if it has one
   */
  public Optional<LocalDate> datelineDay(String text, Layout layout) {
    Optional<Span> date = layout.dateline().flatMap(DatelineParts::date);
    if (date.isEmpty()) {
      return Optional.empty();
    }
    String part = text.substring(date.get().getStart(), date.get().getEnd());
    return find(part, layout, Optional.empty()).stream()
        .map(TimeMention::value)
        .filter(v -> v.getPrecision() == DatePrecision.DAY)
        .findFirst()
        .flatMap(TimeExpression::getEarliest);
  }

  /**
   * @param mentions date expressions found in a text
   * @param span a span of that text
   * @return the value of the first expression inside the span
   */
  public static Optional<TimeExpression> within(List<TimeMention> mentions, Optional<Span> span) {
    return span.flatMap(s -> mentions.stream().filter(m -> s.encloses(m.span())).findFirst())
        .map(TimeMention::value);
  }
}
