package uk.gov.york.inclusion.schooldata;

import java.math.BigDecimal;

/**
 * A school's figures for a period. {@code primaryNeed} is null for a school with no pupils with SEN; the rates are
 * percentages of possible sessions (attendance) and of pupils (persistent absence, 10% or more of sessions missed).
 */
public record SchoolFigures(
        int pupilsOnRoll,
        int ehcps,
        int senSupport,
        PrimaryNeed primaryNeed,
        BigDecimal attendanceRate,
        BigDecimal persistentAbsenceRate) {}
