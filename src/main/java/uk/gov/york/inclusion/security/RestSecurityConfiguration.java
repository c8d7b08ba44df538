package uk.gov.york.inclusion.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts a login in front of both HTTP APIs and the dashboard pages. {@code /engine-rest} is open by default in the Camunda starter; here it
 * takes HTTP Basic credentials, and the engine's authorizations then apply to every call. The webapps' own API under
 * {@code /camunda/api} keeps Camunda's session login and CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
class RestSecurityConfiguration {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addInitParameter(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> productApiAuthentication(IdentityService identityService) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ApiAuthenticationFilter(identityService));
        registration.setName("product-api-authentication");
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    /** Shows the dashboard pages only to a signed-in user; anyone else is sent to the Tasklist login. */
    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> dashboardAuthentication(IdentityService identityService) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ApiAuthenticationFilter(identityService, "/camunda/app/tasklist/"));
        registration.setName("dashboard-authentication");
        registration.addUrlPatterns("/dashboard/*");
        return registration;
    }
}
