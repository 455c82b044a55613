package io.github.sitrep.benchmarks;

import java.util.Locale;

/** Number formats and table rows for the report. */
final class Markdown {

  private Markdown() {}

  /**
   * @param cells a row's cells
   * @return the row as a Markdown table line
   */
  static String row(Object... cells) {
    StringBuilder sb = new StringBuilder("|");
    for (Object cell : cells) {
      sb.append(' ').append(cell).append(" |");
    }
    return sb.append('\n').toString();
  }

  /**
   * @param value a number
   * @return it rounded to a whole number, with thousands separated
   */
  static String whole(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  /**
   * @param value a number
   * @param decimals digits after the point
   * @return it rounded
   */
  static String fixed(double value, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }

  /**
   * @param bytesPerSecond a rate
   * @return it in MB/s (10^6 bytes; one character of this text is about one byte of UTF-8)
   */
  static String megabytes(double bytesPerSecond) {
    return fixed(bytesPerSecond / 1e6, 2) + " MB/s";
  }

  /**
   * @param bytes a size
   * @return it in KiB
   */
  static String kib(double bytes) {
    return fixed(bytes / 1024, 1) + " KiB";
  }

  /**
   * @param chars a size in characters
   * @return it as 1 KiB, 64 KiB, 8 MiB
   */
  static String size(int chars) {
    return chars >= 1 << 20 ? whole(chars / (double) (1 << 20)) + " MiB"
        : whole(chars / 1024.0) + " KiB";
  }
}
