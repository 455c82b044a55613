package io.github.sitrep.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** What {@code sitrep parse} writes. */
enum OutputFormat {
  /** The article JSON, pretty-printed: one article per output. */
  JSON("json", "json"),
  /** One compact article JSON per line. */
  JSONL("jsonl", "jsonl"),
  /** Events as ACLED-shaped CSV rows. */
  ACLED_CSV("acled-csv", "csv"),
  /** Events as a JSON array of PLOVER-shaped records. */
  PLOVER_JSON("plover-json", "plover.json"),
  /** A readable digest. */
  SUMMARY("summary", "summary.txt");

  private final String label;
  private final String extension;

  OutputFormat(String label, String extension) {
    this.label = label;
    this.extension = extension;
  }

  /** @return the name used on the command line */
  String label() {
    return label;
  }

  /** @return the file name extension of one output file, without the dot */
  String extension() {
    return extension;
  }

  @Override
  public String toString() {
    return label;
  }

  /** Reads a format from its command-line name. */
  static final class Converter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      String wanted = value.toLowerCase(Locale.ROOT);
      return Arrays.stream(values()).filter(f -> f.label.equals(wanted)).findFirst()
          .orElseThrow(() -> new TypeConversionException(
              "'" + value + "' is not a format; expected one of " + new Candidates()));
    }
  }

  /** The names, for help and shell completion. */
  static final class Candidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(values()).map(OutputFormat::label).iterator();
    }

    @Override
    public String toString() {
      return String.join(", ", this);
    }
  }
}
