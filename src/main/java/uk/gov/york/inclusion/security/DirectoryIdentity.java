package uk.gov.york.inclusion.security;

import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads users, groups and memberships from the council's directory with Camunda's LDAP identity provider, when
 * {@code inclusion.ldap.enabled=true}. Every setting of the plugin is an {@code inclusion.ldap.*} property, such as
 * {@code inclusion.ldap.server-url}; the README lists those the council needs. Users and groups become read-only, so
 * they are managed in the directory, and the product's role groups must exist there under the same ids.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "inclusion.ldap.enabled", havingValue = "true")
class DirectoryIdentity {

    @Bean
    @ConfigurationProperties("inclusion.ldap")
    LdapIdentityProviderPlugin ldapIdentityProvider() {
        return new LdapIdentityProviderPlugin();
    }
}
