package io.github.sitrep.parser.lexicon;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable set of named things (places, forces, organisations), titles and demonyms
 * that the parser looks names up in.
 *
 * <pre>{@code
 * Lexicon mine = Lexicon.read(Path.of("my-groups.tsv"));
 * ArticleParser parser = ArticleParser.builder().addLexicon(mine).build();
 * }</pre>
 *
 * <p>Lexicons combine with {@link #withOverrides(Lexicon)}: entries of the other lexicon
 * are added, and replace entries that have the same id; titles and demonyms are added,
 * replacing those with the same surface. {@link #bundled()} is read once per class loader
 * and shared. Instances are immutable and thread-safe.
 */
public final class Lexicon {

  private final Map<String, LexiconEntry> entries;
  private final Map<String, TitleEntry> titles;
  private final Map<String, DemonymEntry> demonyms;
  private final List<String> sources;

  private Lexicon(Map<String, LexiconEntry> entries, Map<String, TitleEntry> titles,
      Map<String, DemonymEntry> demonyms, List<String> sources) {
    this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    this.titles = Collections.unmodifiableMap(new LinkedHashMap<>(titles));
    this.demonyms = Collections.unmodifiableMap(new LinkedHashMap<>(demonyms));
    this.sources = List.copyOf(sources);
  }

  /**
   * The lexicons shipped in the jar, read on first use and shared afterwards.
   *
   * @return the bundled lexicon
   * @throws LexiconFormatException if a bundled file is malformed (a packaging error)
   */
  public static Lexicon bundled() {
    return BundledLexicon.get();
  }

  /** @return a lexicon with nothing in it */
  public static Lexicon empty() {
    return builder().build();
  }

  /** @return a builder for a lexicon made in code */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a lexicon file in UTF-8.
   *
   * @param file the file
   * @return its lexicon
   * @throws IOException if the file cannot be read
   * @throws LexiconFormatException if the file is malformed; the message names file and line
   */
  public static Lexicon read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString());
    }
  }

  /**
   * Reads a lexicon in the documented format from a reader, which is not closed.
   *
   * @param reader the text
   * @param sourceName the name to use in error messages, such as a file name
   * @return its lexicon
   * @throws IOException if the reader fails
   * @throws LexiconFormatException if the text is malformed; the message names the source and
   *     line
   */
  public static Lexicon read(Reader reader, String sourceName) throws IOException {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(sourceName, "sourceName");
    Builder builder = new Builder().source(sourceName);
    LexiconReader.read(reader, sourceName, builder);
    return builder.build();
  }

  /**
   * @param other a lexicon whose content wins
   * @return a lexicon with this one's content, then the other's added or replacing
   */
  public Lexicon withOverrides(Lexicon other) {
    Objects.requireNonNull(other, "other");
    Map<String, LexiconEntry> e = new LinkedHashMap<>(entries);
    e.putAll(other.entries);
    Map<String, TitleEntry> t = new LinkedHashMap<>(titles);
    t.putAll(other.titles);
    Map<String, DemonymEntry> d = new LinkedHashMap<>(demonyms);
    d.putAll(other.demonyms);
    List<String> s = new ArrayList<>(sources);
    s.addAll(other.sources);
    return new Lexicon(e, t, d, s);
  }

  /** @return the entries, in the order read */
  public Collection<LexiconEntry> entries() {
    return entries.values();
  }

  /**
   * @param id an entry id
   * @return the entry with that id
   */
  public Optional<LexiconEntry> entry(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  /** @return the titles, in the order read */
  public Collection<TitleEntry> titles() {
    return titles.values();
  }

  /**
   * The demonyms of the demonyms files. Country entries' {@code demonyms} attributes are
   * not repeated here.
   *
   * @return the demonyms, in the order read
   */
  public Collection<DemonymEntry> demonyms() {
    return demonyms.values();
  }

  /** @return the names of the files this lexicon was read from, in order */
  public List<String> sources() {
    return sources;
  }

  /** @return the number of entries */
  public int size() {
    return entries.size();
  }

  @Override
  public String toString() {
    return "Lexicon" + sources + "[" + entries.size() + " entries, " + titles.size()
        + " titles, " + demonyms.size() + " demonyms]";
  }

  /** Collects the content of a lexicon. Not thread-safe. */
  public static final class Builder {
    private final Map<String, LexiconEntry> entries = new LinkedHashMap<>();
    private final Map<String, TitleEntry> titles = new LinkedHashMap<>();
    private final Map<String, DemonymEntry> demonyms = new LinkedHashMap<>();
    private final List<String> sources = new ArrayList<>();

    private Builder() {}

    /**
     * @param entry an entry
     * @return this builder
     * @throws IllegalArgumentException if an entry with the same id was already added
     */
    public Builder addEntry(LexiconEntry entry) {
      Objects.requireNonNull(entry, "entry");
      if (entries.putIfAbsent(entry.getId(), entry) != null) {
        throw new IllegalArgumentException("id '" + entry.getId() + "' is used twice");
      }
      return this;
    }

    /**
     * @param title a title; one with the same surface is replaced
     * @return this builder
     */
    public Builder addTitle(TitleEntry title) {
      Objects.requireNonNull(title, "title");
      titles.put(title.getSurface(), title);
      return this;
    }

    /**
     * @param demonym a demonym; one with the same surface is replaced
     * @return this builder
     */
    public Builder addDemonym(DemonymEntry demonym) {
      Objects.requireNonNull(demonym, "demonym");
      demonyms.put(demonym.getSurface(), demonym);
      return this;
    }

    /**
     * @param name the name of a file the content came from
     * @return this builder
     */
    public Builder source(String name) {
      sources.add(Objects.requireNonNull(name, "name"));
      return this;
    }

    /** @return the lexicon */
    public Lexicon build() {
      return new Lexicon(entries, titles, demonyms, sources);
    }
  }
}
