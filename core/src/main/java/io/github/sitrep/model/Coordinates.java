package io.github.sitrep.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.immutables.value.Value;

/** A WGS 84 position in decimal degrees. */
@Value.Immutable
@JsonSerialize(as = ImmutableCoordinates.class)
@JsonDeserialize(as = ImmutableCoordinates.class)
public interface Coordinates {

  /** @return latitude, -90 to 90 */
  @Value.Parameter
  @DecimalMin("-90.0")
  @DecimalMax("90.0")
  double getLatitude();

  /** @return longitude, -180 to 180 */
  @Value.Parameter
  @DecimalMin("-180.0")
  @DecimalMax("180.0")
  double getLongitude();

  /**
   * @param latitude latitude in degrees
   * @param longitude longitude in degrees
   * @return the position
   */
  static Coordinates of(double latitude, double longitude) {
    return ImmutableCoordinates.of(latitude, longitude);
  }
}
