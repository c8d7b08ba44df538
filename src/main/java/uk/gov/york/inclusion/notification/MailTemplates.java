package uk.gov.york.inclusion.notification;

import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a message's content into its HTML body and plain-text alternative with the templates in {@code mail/}.
 * Thymeleaf's {@code th:text} escapes every value in HTML, so text a person typed, markup or a link included, shows
 * as the characters they typed.
 */
@Component
public class MailTemplates {

    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
    private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");

    public RenderedMail render(MailContent content) {
        Context context = new Context();
        context.setVariable("mail", content);
        return new RenderedMail(
                content.getSubject(), html.process("message", context), text.process("message", context));
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
