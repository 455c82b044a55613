package io.github.sitrep.parser.lexicon;

import io.github.sitrep.model.ForceKind;
import io.github.sitrep.model.PlaceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One named thing a {@link Lexicon} knows: a place, a force or an organisation, with its
 * other names and what is known of it. The id is unique within a lexicon; a user's entry
 * with the id of a bundled one replaces it.
 *
 * <pre>{@code
 * LexiconEntry entry = LexiconEntry.builder()
 *     .id("jnim")
 *     .type(EntryType.FORCE)
 *     .kind("TERRORIST")
 *     .name("Jama'at Nusrat al-Islam wal-Muslimin")
 *     .addAlias("JNIM")
 *     .putAttribute("acronym", "JNIM")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface LexiconEntry {

  /** @return a new builder */
  static ImmutableLexiconEntry.Builder builder() {
    return ImmutableLexiconEntry.builder();
  }

  /** @return the id, unique within the lexicon: "iq", "sdf", "erbil" */
  String getId();

  /** @return what the entry names */
  EntryType getType();

  /**
   * @return the kind: a {@link io.github.sitrep.model.PlaceKind}, {@link
   *     io.github.sitrep.model.ForceKind} or {@link OrganisationKind}
   *     name, as the {@link #getType() type} requires
   */
  String getKind();

  /** @return the canonical name */
  String getName();

  /** @return the other names, in the order given */
  List<String> getAliases();

  /** @return the ISO 3166-1 alpha-2 code of the country the entry belongs to */
  Optional<String> getCountry();

  /** @return the id of the containing place, or of the larger force */
  Optional<String> getParent();

  /** @return the attributes, such as {@code demonyms}, {@code acronym}, {@code lat} */
  Map<String, String> getAttributes();

  /** @return the place kind, for a place */
  default Optional<PlaceKind> placeKind() {
    return getType() == EntryType.PLACE ? Optional.of(PlaceKind.valueOf(getKind()))
        : Optional.empty();
  }

  /** @return the force kind, for a force */
  default Optional<ForceKind> forceKind() {
    return getType() == EntryType.FORCE ? Optional.of(ForceKind.valueOf(getKind()))
        : Optional.empty();
  }

  /** @return the organisation kind, for an organisation */
  default Optional<OrganisationKind> organisationKind() {
    return getType() == EntryType.ORGANISATION
        ? Optional.of(OrganisationKind.valueOf(getKind())) : Optional.empty();
  }

  /**
   * @param key an attribute name
   * @return its value, if present and not blank
   */
  default Optional<String> attribute(String key) {
    return Optional.ofNullable(getAttributes().get(key)).filter(v -> !v.isBlank());
  }

  /**
   * @param key an attribute name whose value is a {@code |}-separated list
   * @return the list's items, trimmed, without blanks; empty when the attribute is absent
   */
  default List<String> attributeValues(String key) {
    return attribute(key).map(LexiconEntry::splitBars).orElse(List.of());
  }

  /** @return the canonical name followed by the aliases */
  default List<String> surfaces() {
    List<String> all = new ArrayList<>(1 + getAliases().size());
    all.add(getName());
    all.addAll(getAliases());
    return all;
  }

  /**
   * @param text a {@code |}-separated list
   * @return its items, trimmed, without blanks
   */
  static List<String> splitBars(String text) {
    List<String> out = new ArrayList<>();
    int from = 0;
    while (from <= text.length()) {
      int bar = text.indexOf('|', from);
      int to = bar < 0 ? text.length() : bar;
      String item = text.substring(from, to).trim();
      if (!item.isEmpty()) {
        out.add(item);
      }
      from = to + 1;
    }
    return List.copyOf(out);
  }

  /** Rejects blank ids and names, unknown kinds and malformed country codes. */
  @Value.Check
  default void check() {
    EntryChecks.check(this);
  }
}
