package io.github.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.model.DatePrecision;
import io.github.sitrep.model.Force;
import io.github.sitrep.model.ForceKind;
import io.github.sitrep.model.Mention;
import io.github.sitrep.model.PlaceKind;
import io.github.sitrep.model.TimeExpression;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AcledCodesTest {

  @Test
  void interactionPutsTheSmallerCodeFirstAndTimesTenForOneActor() {
    assertThat(AcledCodes.interaction(2, 1)).isEqualTo(12);
    assertThat(AcledCodes.interaction(1, 8)).isEqualTo(18);
    assertThat(AcledCodes.interaction(3, 0)).isEqualTo(30);
  }

  @Test
  void stateForcesAbroadAreExternal() {
    Force russia = force(ForceKind.STATE, "RU");
    assertThat(AcledCodes.inter(russia, Optional.of("SY"))).isEqualTo(8);
    assertThat(AcledCodes.inter(russia, Optional.of("RU"))).isEqualTo(1);
    assertThat(AcledCodes.inter(russia, Optional.empty())).isEqualTo(1);
  }

  @Test
  void eachForceKindHasACode() {
    assertThat(AcledCodes.inter(force(ForceKind.NON_STATE, "SY"), Optional.empty())).isEqualTo(2);
    assertThat(AcledCodes.inter(force(ForceKind.TERRORIST, "SY"), Optional.empty())).isEqualTo(2);
    assertThat(AcledCodes.inter(force(ForceKind.MILITIA, "IQ"), Optional.empty())).isEqualTo(3);
    assertThat(AcledCodes.inter(force(ForceKind.COALITION, "US"), Optional.empty())).isEqualTo(8);
    assertThat(AcledCodes.inter(force(ForceKind.OTHER, "US"), Optional.empty())).isEqualTo(8);
  }

  @Test
  void timePrecisionFollowsTheWidthOfTheDate() {
    assertThat(AcledCodes.timePrecision(range(DatePrecision.DAY, 1))).isEqualTo(1);
    assertThat(AcledCodes.timePrecision(range(DatePrecision.WEEK, 7))).isEqualTo(2);
    assertThat(AcledCodes.timePrecision(range(DatePrecision.RANGE, 3))).isEqualTo(2);
    assertThat(AcledCodes.timePrecision(range(DatePrecision.RANGE, 20))).isEqualTo(3);
    assertThat(AcledCodes.timePrecision(range(DatePrecision.MONTH, 31))).isEqualTo(3);
    assertThat(AcledCodes.timePrecision(range(DatePrecision.YEAR, 365))).isEqualTo(3);
  }

  @Test
  void geoPrecisionFollowsThePlaceKind() {
    assertThat(AcledCodes.geoPrecision(PlaceKind.VILLAGE)).isEqualTo(1);
    assertThat(AcledCodes.geoPrecision(PlaceKind.CROSSING)).isEqualTo(1);
    assertThat(AcledCodes.geoPrecision(PlaceKind.DISTRICT)).isEqualTo(2);
    assertThat(AcledCodes.geoPrecision(PlaceKind.RIVER)).isEqualTo(2);
    assertThat(AcledCodes.geoPrecision(PlaceKind.PROVINCE)).isEqualTo(3);
    assertThat(AcledCodes.geoPrecision(PlaceKind.COUNTRY)).isEqualTo(3);
  }

  @Test
  void countriesAreNamedInEnglish() {
    assertThat(AcledRows.countryName("SY")).isEqualTo("Syria");
    assertThat(AcledRows.countryName("IQ")).isEqualTo("Iraq");
  }

  private static Force force(ForceKind kind, String country) {
    return Force.builder().id("f").name("F").kind(kind).country(country)
        .addMention(Mention.in("F", 0, 1)).build();
  }

  private static TimeExpression range(DatePrecision precision, int days) {
    LocalDate first = LocalDate.of(2020, 1, 1);
    return TimeExpression.builder().text("then").precision(precision)
        .earliest(first).latest(first.plusDays(days - 1L)).build();
  }
}
