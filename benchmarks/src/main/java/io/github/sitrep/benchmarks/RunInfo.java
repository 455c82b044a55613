package io.github.sitrep.benchmarks;

import java.time.LocalDate;

/**
 * How a benchmark run was made.
 *
 * @param command the command that ran it
 * @param date the day it ran
 * @param loadBefore the one-minute load average before it (negative when unknown)
 * @param loadAfter the one-minute load average after it
 * @param buildSeconds the time the build took, in seconds (negative when unknown)
 * @param runSeconds the time the benchmarks took, in seconds
 */
public record RunInfo(String command, LocalDate date, double loadBefore, double loadAfter,
    long buildSeconds, long runSeconds) {}
