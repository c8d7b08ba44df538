package uk.gov.york.inclusion.priorities;

/** One entry of a form's priority list: {@code value} is what the form submits, such as {@code 2026-27/3}. */
public record PriorityOption(String label, String value) {}
