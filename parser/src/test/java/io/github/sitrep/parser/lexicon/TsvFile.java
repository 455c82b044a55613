package io.github.sitrep.parser.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A bundled lexicon file read as plain tab-separated text, independent of the loader. */
record TsvFile(String name, String header, List<Row> rows) {

  /** The folder of the bundled lexicon files on the class path. */
  static final String FOLDER = "io/github/sitrep/parser/lexicon/";

  /** One data line: its 1-based line number and its cells (empty cells kept). */
  record Row(String file, int line, List<String> cells) {
    String cell(int i) {
      return i < cells.size() ? cells.get(i) : "";
    }

    String where() {
      return file + ":" + line;
    }
  }

  static boolean exists(String name) {
    return TsvFile.class.getClassLoader().getResource(FOLDER + name) != null;
  }

  static TsvFile read(String name) {
    InputStream in = TsvFile.class.getClassLoader().getResourceAsStream(FOLDER + name);
    if (in == null) {
      throw new IllegalStateException("missing bundled lexicon " + name);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(name, r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TsvFile parse(String name, BufferedReader r) throws IOException {
    String header = null;
    List<Row> rows = new ArrayList<>();
    int n = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      n++;
      if (line.startsWith("#")) {
        continue;
      }
      if (header == null) {
        header = line;
      } else {
        rows.add(new Row(name, n, List.of(line.split("\t", -1))));
      }
    }
    return new TsvFile(name, header, List.copyOf(rows));
  }
}
