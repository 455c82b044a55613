package io.github.sitrep.parser.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** Reads one lexicon file (see the package documentation for the format). */
final class LexiconReader {

  private final String source;
  private final Lexicon.Builder out;
  private TsvHeader header;
  private int lineNo;

  private LexiconReader(String source, Lexicon.Builder out) {
    this.source = source;
    this.out = out;
  }

  static void read(Reader reader, String source, Lexicon.Builder out) throws IOException {
    new LexiconReader(source, out).readAll(reader);
  }

  private void readAll(Reader reader) throws IOException {
    BufferedReader lines = reader instanceof BufferedReader
        ? (BufferedReader) reader : new BufferedReader(reader);
    String line;
    while ((line = lines.readLine()) != null) {
      lineNo++;
      if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
        accept(line);
      }
    }
    if (header == null) {
      throw error("no header line; expected one of: " + TsvHeader.KNOWN);
    }
  }

  private void accept(String line) {
    List<String> fields = split(line);
    if (header == null) {
      header = TsvHeader.of(fields, source, lineNo);
      return;
    }
    if (fields.size() > header.size()) {
      throw error("has " + fields.size() + " tab-separated fields but the header names "
          + header.size());
    }
    try {
      header.kind().add(new TsvRow(header, fields), out);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw error(e.getMessage());
    }
  }

  private LexiconFormatException error(String problem) {
    return new LexiconFormatException(source, lineNo, problem);
  }

  private static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    int from = 0;
    while (true) {
      int tab = line.indexOf('\t', from);
      if (tab < 0) {
        fields.add(line.substring(from).strip());
        return fields;
      }
      fields.add(line.substring(from, tab).strip());
      from = tab + 1;
    }
  }
}
