package io.github.sitrep.parser.internal.discourse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a tab-separated lexicon file: UTF-8, blank lines and lines starting with {@code #}
 * ignored, the first other line a header naming the columns. Each row is a map from column
 * name to the trimmed field; missing fields are empty strings.
 */
public final class TsvRows {

  private TsvRows() {}

  /**
   * @param owner a class whose loader holds the resource
   * @param resource the absolute resource name
   * @param required columns the header must name
   * @return the rows, each with its line number under the key {@code "#line"}
   * @throws IllegalStateException if the resource is missing or lacks a required column
   */
  public static List<Map<String, String>> read(Class<?> owner, String resource,
      List<String> required) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("lexicon resource missing: " + resource);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
          resource, required);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + resource, e);
    }
  }

  private static List<Map<String, String>> parse(BufferedReader reader, String name,
      List<String> required) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    String[] header = null;
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (header == null) {
        header = fields;
        checkHeader(header, name, required);
      } else {
        rows.add(row(header, fields, number));
      }
    }
    if (header == null) {
      throw new IllegalStateException("lexicon " + name + " has no header line");
    }
    return rows;
  }

  private static void checkHeader(String[] header, String name, List<String> required) {
    List<String> names = new ArrayList<>();
    for (String h : header) {
      names.add(h.trim());
    }
    for (String r : required) {
      if (!names.contains(r)) {
        throw new IllegalStateException("lexicon " + name + " lacks column " + r);
      }
    }
  }

  private static Map<String, String> row(String[] header, String[] fields, int number) {
    Map<String, String> row = new HashMap<>();
    for (int i = 0; i < header.length; i++) {
      row.put(header[i].trim(), i < fields.length ? fields[i].trim() : "");
    }
    row.put("#line", Integer.toString(number));
    return row;
  }
}
