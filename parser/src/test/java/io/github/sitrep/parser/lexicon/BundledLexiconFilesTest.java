package io.github.sitrep.parser.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the bundled lexicon data files as plain text, without the loader: header, columns,
 * ids, kinds, country codes, parents, attributes and surface forms.
 */
class BundledLexiconFilesTest {

  private static final Pattern ID = Pattern.compile("[a-z0-9:._-]+");
  private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");
  private static final Pattern INTEGER = Pattern.compile("[0-9]{1,10}");
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,3}(\\.[0-9]{1,7})?");
  private static final Map<String, Set<String>> KINDS = Map.of(
      "PLACE", Set.of("COUNTRY", "REGION", "PROVINCE", "DISTRICT", "CITY", "VILLAGE", "RIVER",
          "VALLEY", "BORDER", "CROSSING", "BASE", "OTHER"),
      "FORCE", Set.of("STATE", "NON_STATE", "MILITIA", "COALITION", "TERRORIST", "OTHER"),
      "ORGANISATION", Set.of("GOVERNMENT", "MINISTRY", "MEDIA", "INTERNATIONAL", "NGO", "OTHER"));
  private static final Set<String> ATTRIBUTE_KEYS = Set.of("iso3", "demonyms", "capital",
      "lat", "lon", "geonames", "population", "feature", "admin1", "admin2", "acronym",
      "backers", "affiliation", "ambiguous");
  /** Names that only the seed article contains; they must be found from text, never listed. */
  private static final List<String> SEED_ONLY = List.of("qasim mohammed saleh", "abdul hussein",
      "hassan qamishlu", "ankizk", "paul e. funk", "funk ii");

  static Stream<String> entityFiles() {
    return LexiconFiles.ENTITY.keySet().stream().filter(TsvFile::exists);
  }

  static Stream<String> allFiles() {
    return LexiconFiles.ALL.stream().filter(TsvFile::exists);
  }

  @Test
  void requiredFilesAreBundled() {
    for (String name : LexiconFiles.REQUIRED) {
      assertThat(TsvFile.exists(name)).as(name).isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("entityFiles")
  void entityFileHasExactHeaderAndEightCleanCells(String file) {
    TsvFile tsv = TsvFile.read(file);
    assertThat(tsv.header()).isEqualTo(EntityRow.HEADER);
    assertThat(tsv.rows()).isNotEmpty();
    List<String> problems = new ArrayList<>();
    for (TsvFile.Row row : tsv.rows()) {
      checkCells(row, 8, problems);
      for (int required : new int[] {0, 1, 2, 3}) {
        if (row.cell(required).isEmpty()) {
          problems.add(row.where() + " empty column " + required);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("entityFiles")
  void idsTypesAndKindsFitTheFile(String file) {
    LexiconFiles.Expect expect = LexiconFiles.ENTITY.get(file);
    List<String> problems = new ArrayList<>();
    for (EntityRow e : LexiconFiles.rows(file)) {
      if (!ID.matcher(e.id()).matches() || !expect.prefixes().contains(prefix(e.id()))) {
        problems.add(e.where() + " bad id");
      }
      if (!expect.type().equals(e.type())) {
        problems.add(e.where() + " type " + e.type());
      }
      if (!KINDS.getOrDefault(e.type(), Set.of()).contains(e.kind())
          || !expect.kinds().contains(e.kind())) {
        problems.add(e.where() + " kind " + e.kind());
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void idsAreUniqueAcrossFiles() {
    Map<String, String> seen = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (EntityRow e : LexiconFiles.allEntities()) {
      String before = seen.putIfAbsent(e.id(), e.where());
      if (before != null) {
        problems.add(e.where() + " repeats " + before);
      }
    }
    assertThat(seen).hasSizeGreaterThan(400);
    assertThat(problems).isEmpty();
  }

  @Test
  void countriesAreCompleteAndSelfConsistent() {
    List<EntityRow> countries = LexiconFiles.rows("countries.tsv");
    assertThat(countries).hasSizeGreaterThanOrEqualTo(198);
    Set<String> iso3 = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (EntityRow c : countries) {
      if (!COUNTRY_CODE.matcher(c.country()).matches()
          || !c.id().equals("country:" + c.country().toLowerCase(Locale.ROOT))) {
        problems.add(c.where() + " country code " + c.country());
      }
      String code = c.attributes().getOrDefault("iso3", "");
      if (!code.matches("[A-Z]{3}") || !iso3.add(code)) {
        problems.add(c.where() + " iso3 " + code);
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void countryCodesExistInCountriesFile() {
    Set<String> codes = LexiconFiles.countryCodes();
    List<String> problems = new ArrayList<>();
    for (EntityRow e : LexiconFiles.allEntities()) {
      if (!e.country().isEmpty() && !codes.contains(e.country())) {
        problems.add(e.where() + " country " + e.country());
      }
      for (String backer : e.attribute("backers")) {
        if (!codes.contains(backer)) {
          problems.add(e.where() + " backer " + backer);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void parentsAndReferencesResolveWithoutCycles() {
    Map<String, EntityRow> byId = LexiconFiles.byId();
    List<String> problems = new ArrayList<>();
    for (EntityRow e : byId.values()) {
      checkRef(e, e.parent(), byId, problems);
      checkRef(e, e.attributes().getOrDefault("affiliation", ""), byId, problems);
      checkRef(e, e.attributes().getOrDefault("capital", ""), byId, problems);
      if (hasCycle(e, byId)) {
        problems.add(e.where() + " parent cycle");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void citiesHaveCoordinatesAndCapitalsLieInTheirCountry() {
    List<EntityRow> cities = LexiconFiles.rows("cities.tsv");
    assertThat(cities).hasSizeGreaterThan(5000);
    List<String> problems = new ArrayList<>();
    for (EntityRow c : cities) {
      if (!c.attributes().keySet().containsAll(List.of("lat", "lon", "geonames"))
          || c.country().isEmpty()) {
        problems.add(c.where() + " lacks coordinates, GeoNames id or country");
      }
    }
    Map<String, EntityRow> byId = LexiconFiles.byId();
    for (EntityRow country : LexiconFiles.rows("countries.tsv")) {
      EntityRow capital = byId.get(country.attributes().getOrDefault("capital", ""));
      if (capital != null && !capital.country().equals(country.country())) {
        problems.add(country.where() + " capital in " + capital.country());
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void bundledFilesStaySmall() throws java.io.IOException {
    long total = 0;
    for (String file : LexiconFiles.ALL) {
      try (var in = getClass().getClassLoader().getResourceAsStream(TsvFile.FOLDER + file)) {
        total += in.readAllBytes().length;
      }
    }
    assertThat(total).isLessThan(4_000_000L);
  }

  @ParameterizedTest
  @MethodSource("entityFiles")
  void attributesAreKnownAndWellFormed(String file) {
    List<String> problems = new ArrayList<>();
    for (EntityRow e : LexiconFiles.rows(file)) {
      for (Map.Entry<String, String> a : e.attributes().entrySet()) {
        if (!ATTRIBUTE_KEYS.contains(a.getKey()) || a.getValue().isEmpty()) {
          problems.add(e.where() + " attribute " + a.getKey() + "=" + a.getValue());
        }
      }
      checkCoordinate(e, "lat", 90, problems);
      checkCoordinate(e, "lon", 180, problems);
      checkInteger(e, "population", problems);
      checkInteger(e, "geonames", problems);
    }
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("entityFiles")
  void acronymAndAmbiguousFormsAreSurfacesOfTheirEntry(String file) {
    List<String> problems = new ArrayList<>();
    for (EntityRow e : LexiconFiles.rows(file)) {
      List<String> surfaces = e.surfaces();
      List<String> claimed = new ArrayList<>(e.attribute("ambiguous"));
      claimed.addAll(e.attribute("acronym"));
      for (String form : claimed) {
        if (!surfaces.contains(form)) {
          problems.add(e.where() + " not a surface: " + form);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("entityFiles")
  void noEntryRepeatsASurfaceForm(String file) {
    List<String> problems = new ArrayList<>();
    for (EntityRow e : LexiconFiles.rows(file)) {
      Set<String> seen = new HashSet<>();
      for (String s : e.surfaces()) {
        if (!seen.add(s.toLowerCase(Locale.ROOT))) {
          problems.add(e.where() + " repeats " + s);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** Shared forms are compared ignoring case, since forms differing only in case are one form. */
  @Test
  void surfaceSharedByTwoForcesOrOrganisationsIsMarkedAmbiguousInBoth() {
    Map<String, List<EntityRow>> owners = new HashMap<>();
    for (String file : List.of("countries.tsv", "forces.tsv", "organisations.tsv")) {
      for (EntityRow e : LexiconFiles.rows(file)) {
        for (String s : new HashSet<>(e.surfaces())) {
          owners.computeIfAbsent(s.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(e);
        }
      }
    }
    List<String> problems = new ArrayList<>();
    owners.forEach((surface, rows) -> {
      for (EntityRow e : rows) {
        if (rows.size() > 1 && !marked(e, surface)) {
          problems.add(e.where() + " shares '" + surface + "' with " + rows.size() + " entries");
        }
      }
    });
    assertThat(problems).isEmpty();
  }

  @Test
  void regionNamedLikeACityOfItsCountryIsMarkedAmbiguous() {
    Map<String, Set<String>> cityForms = new HashMap<>();
    for (EntityRow c : LexiconFiles.rows("cities.tsv")) {
      for (String s : c.surfaces()) {
        cityForms.computeIfAbsent(c.country(), k -> new HashSet<>())
            .add(s.toLowerCase(Locale.ROOT));
      }
    }
    List<String> problems = new ArrayList<>();
    for (EntityRow r : LexiconFiles.rows("regions.tsv")) {
      Set<String> forms = cityForms.getOrDefault(r.country(), Set.of());
      for (String s : r.surfaces()) {
        if (forms.contains(s.toLowerCase(Locale.ROOT)) && !r.attribute("ambiguous").contains(s)) {
          problems.add(r.where() + " is also a city: " + s);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void titlesFileHasExactHeaderKnownKindsAndNoRepeats() {
    TsvFile tsv = TsvFile.read("titles.tsv");
    assertThat(tsv.header()).isEqualTo("surface\tkind\tcanonical");
    assertThat(tsv.rows()).hasSizeGreaterThan(100);
    Set<String> kinds = Set.of("RANK", "OFFICE", "HONORIFIC", "ROLE");
    Set<String> seen = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (TsvFile.Row row : tsv.rows()) {
      checkCells(row, 3, problems);
      if (!kinds.contains(row.cell(1)) || row.cell(0).isEmpty() || row.cell(2).isEmpty()) {
        problems.add(row.where() + " bad title row");
      }
      if (!seen.add(row.cell(0) + "\t" + row.cell(1))) {
        problems.add(row.where() + " repeats " + row.cell(0));
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void extraDemonymsNameKnownCountries() {
    if (!TsvFile.exists("demonyms-extra.tsv")) {
      return;
    }
    TsvFile tsv = TsvFile.read("demonyms-extra.tsv");
    assertThat(tsv.header()).isEqualTo("surface\tgroup\tcountry");
    Set<String> codes = LexiconFiles.countryCodes();
    List<String> problems = new ArrayList<>();
    for (TsvFile.Row row : tsv.rows()) {
      checkCells(row, 3, problems);
      if (row.cell(0).isEmpty() || row.cell(1).isEmpty()
          || !(row.cell(2).isEmpty() || codes.contains(row.cell(2)))) {
        problems.add(row.where() + " bad demonym row");
      }
    }
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("allFiles")
  void noSeedOnlyNames(String file) {
    for (TsvFile.Row row : TsvFile.read(file).rows()) {
      String line = String.join("\t", row.cells()).toLowerCase(Locale.ROOT);
      for (String name : SEED_ONLY) {
        assertThat(line).as(row.where()).doesNotContain(name);
      }
    }
  }

  private static void checkCells(TsvFile.Row row, int columns, List<String> problems) {
    if (row.cells().size() != columns) {
      problems.add(row.where() + " has " + row.cells().size() + " columns");
    }
    for (String cell : row.cells()) {
      if (!cell.equals(cell.strip()) || cell.contains("||") || cell.startsWith("|")
          || cell.endsWith("|") || cell.endsWith(";")) {
        problems.add(row.where() + " untidy cell '" + cell + "'");
      }
    }
  }

  private static boolean marked(EntityRow e, String lowerCaseSurface) {
    for (String form : e.attribute("ambiguous")) {
      if (form.toLowerCase(Locale.ROOT).equals(lowerCaseSurface)) {
        return true;
      }
    }
    return false;
  }

  private static String prefix(String id) {
    int colon = id.indexOf(':');
    return colon < 0 ? "" : id.substring(0, colon);
  }

  private static void checkRef(EntityRow e, String ref, Map<String, EntityRow> byId,
      List<String> problems) {
    if (!ref.isEmpty() && (ref.equals(e.id()) || !byId.containsKey(ref))) {
      problems.add(e.where() + " unresolved reference " + ref);
    }
  }

  private static boolean hasCycle(EntityRow start, Map<String, EntityRow> byId) {
    Set<String> visited = new HashSet<>();
    for (EntityRow e = start; e != null && !e.parent().isEmpty(); e = byId.get(e.parent())) {
      if (!visited.add(e.id())) {
        return true;
      }
    }
    return false;
  }

  private static void checkCoordinate(EntityRow e, String key, double limit,
      List<String> problems) {
    String v = e.attributes().get(key);
    if (v != null && (!DECIMAL.matcher(v).matches() || Math.abs(Double.parseDouble(v)) > limit)) {
      problems.add(e.where() + " " + key + "=" + v);
    }
  }

  private static void checkInteger(EntityRow e, String key, List<String> problems) {
    String v = e.attributes().get(key);
    if (v != null && !INTEGER.matcher(v).matches()) {
      problems.add(e.where() + " " + key + "=" + v);
    }
  }
}
