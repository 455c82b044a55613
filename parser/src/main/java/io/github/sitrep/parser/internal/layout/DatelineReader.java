package io.github.sitrep.parser.internal.layout;

import io.github.sitrep.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the dateline at the start of a paragraph: a place, then optionally more place
 * words, a date and an agency in brackets, closed by a dash ({@code —}, {@code –},
 * {@code --}, or {@code -} between spaces) or by a colon.
 *
 * <pre>
 * ERBIL, Kurdistan Region —        BAMAKO (Reuters) –        WASHINGTON, Jan. 13, 2017 —
 * KYIV, Ukraine (AP) —             MOGADISHU, Somalia -      ADEN: ...
 * </pre>
 *
 * <p>The first place word must be in capitals ("ERBIL"), or, when the dateline also has a
 * date or an agency, in title case ("Kabul (Reuters) —"). A colon closes a dateline only
 * after capitals. Only the first {@link #MAX_LENGTH} characters of the paragraph are read.
 */
final class DatelineReader {

  /** How far into a paragraph the closing dash or colon may stand. */
  static final int MAX_LENGTH = 100;

  private static final int MAX_AGENCY = 40;

  private DatelineReader() {}

  /**
   * @param text the text
   * @param paragraph the paragraph that may open with a dateline
   * @return the dateline's parts, if the paragraph opens with one
   */
  static Optional<DatelineParts> read(String text, Span paragraph) {
    int from = paragraph.getStart();
    Span closer = findCloser(text, from, Math.min(paragraph.getEnd(), from + MAX_LENGTH));
    if (closer == null) {
      return Optional.empty();
    }
    Span prefix = Lines.trim(text, from, closer.getStart());
    if (prefix.length() == 0) {
      return Optional.empty();
    }
    Optional<Span> agency = agency(text, prefix);
    int placeEnd = agency.isPresent() ? Lines.trim(text, from,
        text.lastIndexOf('(', agency.get().getStart())).getEnd() : prefix.getEnd();
    boolean colon = text.charAt(closer.getStart()) == ':';
    return parts(text, Span.of(from, placeEnd), agency, colon)
        .map(p -> new DatelineParts(Span.of(from, closer.getEnd()), p[0],
            Optional.ofNullable(p[1]), agency));
  }

  /** The closing dash or colon, or null. */
  private static Span findCloser(String text, int from, int limit) {
    for (int i = from; i < limit; i++) {
      char c = text.charAt(i);
      if (Chars.isDash(c) && c != '-') {
        return Span.of(i, i + 1);
      }
      if (c == '-') {
        Span hyphens = hyphenCloser(text, i, limit);
        if (hyphens != null) {
          return hyphens;
        }
      } else if (c == ':' && (i + 1 >= limit || Chars.isSpace(text.charAt(i + 1)))) {
        return Span.of(i, i + 1);
      }
    }
    return null;
  }

  private static Span hyphenCloser(String text, int i, int limit) {
    if (i + 1 < limit && text.charAt(i + 1) == '-') {
      return Span.of(i, i + 2);
    }
    boolean spaceBefore = i > 0 && Chars.isSpace(text.charAt(i - 1));
    boolean spaceAfter = i + 1 >= limit || Chars.isSpace(text.charAt(i + 1));
    return spaceBefore && spaceAfter ? Span.of(i, i + 1) : null;
  }

  private static Optional<Span> agency(String text, Span prefix) {
    int end = prefix.getEnd() - 1;
    if (text.charAt(end) != ')') {
      return Optional.empty();
    }
    int open = text.lastIndexOf('(', end);
    if (open <= prefix.getStart()) {
      return Optional.empty();
    }
    Span inner = Lines.trim(text, open + 1, end);
    if (inner.length() == 0 || inner.length() > MAX_AGENCY
        || !Character.isUpperCase(text.charAt(inner.getStart()))) {
      return Optional.empty();
    }
    for (int i = inner.getStart(); i < inner.getEnd(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == ')' || c == ',') {
        return Optional.empty();
      }
    }
    return Optional.of(inner);
  }

  /** {place, date or null}, when the words before the agency make a dateline. */
  private static Optional<Span[]> parts(String text, Span head, Optional<Span> agency,
      boolean colon) {
    List<Span> pieces = commaPieces(text, head);
    if (pieces.isEmpty()) {
      return Optional.empty();
    }
    Span first = pieces.get(0);
    PlaceWords.Shape shape = PlaceWords.shape(text, first);
    int dateFrom = firstDatePiece(text, pieces);
    if (dateFrom < 0) {
      return Optional.empty();
    }
    boolean hasDate = dateFrom < pieces.size();
    boolean accepted = shape == PlaceWords.Shape.CAPITALS
        || (shape == PlaceWords.Shape.TITLE && !colon && (hasDate || agency.isPresent()));
    if (!accepted) {
      return Optional.empty();
    }
    Span place = Span.of(first.getStart(), pieces.get(dateFrom - 1).getEnd());
    Span date = hasDate
        ? Span.of(pieces.get(dateFrom).getStart(), pieces.get(pieces.size() - 1).getEnd())
        : null;
    return Optional.of(new Span[] {place, date});
  }

  /**
   * The index of the first date piece (pieces.size() when none), or -1 when the pieces do
   * not read as place pieces followed by date pieces.
   */
  private static int firstDatePiece(String text, List<Span> pieces) {
    int dateFrom = pieces.size();
    for (int i = 1; i < pieces.size(); i++) {
      Span piece = pieces.get(i);
      boolean date = DatelineDates.isDatePiece(text, piece, i > dateFrom);
      if (dateFrom == pieces.size() && date) {
        dateFrom = i;
      } else if (dateFrom < pieces.size() ? !date
          : PlaceWords.shape(text, piece) == PlaceWords.Shape.OTHER) {
        return -1;
      }
    }
    return dateFrom;
  }

  private static List<Span> commaPieces(String text, Span head) {
    List<Span> pieces = new ArrayList<>();
    int start = head.getStart();
    for (int i = head.getStart(); i <= head.getEnd(); i++) {
      if (i == head.getEnd() || text.charAt(i) == ',') {
        Span piece = Lines.trim(text, start, i);
        if (piece.length() == 0) {
          return List.of();
        }
        pieces.add(piece);
        start = i + 1;
      }
    }
    return pieces;
  }
}
