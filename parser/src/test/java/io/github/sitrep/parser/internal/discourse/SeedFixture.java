package io.github.sitrep.parser.internal.discourse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The seed article with entities and dates given by hand, as a careful reader names them,
 * for testing the statement and event recognisers apart from the entity recogniser.
 */
public final class SeedFixture {

  /** The seed article's file, relative to the parser module. */
  public static final Path SEED = Path.of("..", "seeds", "000_d761ccc542c0aeb6.txt");

  private SeedFixture() {}

  /** @return the seed text with hand-built entities and dates */
  public static Fixture seed() {
    return Fixture.of(read()).headline()
        .person("qasim-mohammed-saleh", "Qasim Mohammed Saleh")
        .person("abdul-hussein", "Abdul Hussein")
        .person("hassan-qamishlu", "Hassan Qamishlu")
        .person("ankizk-khan", "Ankizk Khan")
        .person("paul-e-funk-ii", "Paul E. Funk II")
        .person("haider-al-abadi", "Haider al-Abadi")
        .person("bashar-al-assad", "Bashar al-Assad", "Assad")
        .person("vladimir-putin", "Vladimir Putin", "Putin")
        .force("isf", "Iraqi Security Forces", "ISF", "Iraqi forces")
        .force("sdf", "Syrian Democratic Forces", "SDF")
        .force("coalition", "US-led international coalition to defeat ISIS", "coalition")
        .force("cjtf", "Combined Joint Task Force")
        .force("sdf-general-command", "SDF General Command")
        .force("isis", "ISIS", "Daesh")
        .force("ypg", "People's Protection Units", "YPG")
        .force("russian-troops", "Russian troops")
        .org("rudaw-english", "Rudaw English")
        .org("war-media-cell", "War Media Cell")
        .place("erbil", "ERBIL")
        .place("kurdistan-region", "Kurdistan Region")
        .place("deir-ez-zor", "Deir ez-Zor")
        .place("euphrates-river", "Euphrates River", "Euphrates")
        .place("euphrates-valley", "Euphrates Valley")
        .place("iraq", "Iraq")
        .place("syria", "Syria")
        .place("al-bukamal", "al-Bukamal")
        .place("al-qaim", "al-Qaim")
        .place("anbar", "Anbar")
        .date("on Sunday", LocalDate.of(2017, 12, 10))
        .date("on Saturday", LocalDate.of(2017, 12, 9))
        .date("on Monday", LocalDate.of(2017, 12, 11))
        .date("on December 3", LocalDate.of(2017, 12, 3))
        .date("on November 21", LocalDate.of(2017, 11, 21));
  }

  /** @return the seed article's text */
  public static String read() {
    try {
      return Files.readString(SEED, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
