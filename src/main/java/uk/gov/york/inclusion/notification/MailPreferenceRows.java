package uk.gov.york.inclusion.notification;

import org.springframework.data.jpa.repository.JpaRepository;

interface MailPreferenceRows extends JpaRepository<MailPreference, String> {}
