package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.model.ForceKind;
import io.github.sitrep.model.PlaceKind;
import io.github.sitrep.parser.lexicon.OrganisationKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A possible mention found by one rule, before overlapping candidates are weighed and
 * mentions are grouped into entities. Mutable, and only used inside one call.
 */
final class Candidate {

  /** What a candidate names. */
  enum Type { PERSON, ORGANISATION, FORCE, PLACE }

  final int first;
  final int end;
  final int start;
  final int stop;
  final Type type;
  final String rule;
  /** Higher wins when candidates of the same length overlap. */
  int tier;
  /** The lexicon entries it may be, best first; empty for names found by patterns. */
  List<Surface> lexicon = List.of();
  /** The name the entity takes from this mention; the covered text unless a rule says. */
  String name;
  /** The name with its kind word ("Deir ez-Zor province"), used when the bare name is taken. */
  String qualifiedName;
  ForceKind forceKind;
  PlaceKind placeKind;
  OrganisationKind orgKind;
  String country;
  final List<String> titles = new ArrayList<>();
  String role;
  /** Whether the role is relative to the person named before ("his assistant"). */
  boolean roleOfPrevious;
  /** Whether a title says the person serves in a force (a rank, "commander"). */
  boolean military;
  /** A character offset inside a mention of the entity this one belongs to, or -1. */
  int affiliationAt = -1;
  /** A character offset inside a mention of the place this one lies in, or -1. */
  int parentAt = -1;
  /** The lexicon id of the force this one is part of ("SDF General Command": the SDF), or null. */
  String partOfEntry;
  final List<String> backers = new ArrayList<>();
  String acronym;
  /** Whether other mentions may lie inside this one ("al-Bukamal and al-Qaim crossing"). */
  boolean container;
  /** Another candidate naming the same thing, or null. */
  Candidate sameAs;
  /** For a force named by a demonym ("Iraqi forces"): may join the country's named force. */
  boolean generic;
  /** For a generic force: its branch (general, air, navy, police, border). */
  String branch = Branches.GENERAL;
  /** Whether the country is the article's main one, to be filled in once it is known. */
  boolean needsCountry;
  /** Other names the text gives inside this mention ("Amaq" in "Amaq news agency"). */
  final List<String> innerNames = new ArrayList<>();

  Candidate(Scan scan, int first, int end, Type type, String rule) {
    this.first = first;
    this.end = end;
    this.start = scan.tokens.start(first);
    this.stop = scan.tokens.end(end - 1);
    this.type = type;
    this.rule = rule;
    this.name = scan.text.substring(start, stop);
  }

  int length() {
    return stop - start;
  }

  boolean covers(int offset) {
    return start <= offset && offset < stop;
  }

  boolean overlaps(Candidate o) {
    return start < o.stop && o.start < stop;
  }

  boolean encloses(Candidate o) {
    return start <= o.start && o.stop <= stop;
  }

  @Override
  public String toString() {
    return type + "(" + name + ")@" + start + ".." + stop + "[" + rule + "]";
  }
}
