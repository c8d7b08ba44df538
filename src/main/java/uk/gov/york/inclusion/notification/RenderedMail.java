package uk.gov.york.inclusion.notification;

/** A message ready to record: its subject, its HTML body and the plain-text alternative. */
public record RenderedMail(String subject, String html, String text) {}
