package uk.gov.york.inclusion.workflow;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Lets an {@link InvalidInputException} raised in a task listener reach the caller as itself.
 *
 * <p>The engine wraps every exception from a task listener in a {@code ProcessEngineException} ("ENGINE-03051 There
 * was an exception while invoking the TaskListener…"), which its REST API answers with 500 and Tasklist shows
 * verbatim. This plugin adds an outermost command interceptor that, after the command's transaction has rolled back,
 * rethrows the {@link InvalidInputException} found in the cause chain. Java callers then catch it by type, and form
 * submissions through Tasklist or {@code /engine-rest} get 400 with the message written for the person.
 */
@Component
public class InvalidInputUnwrapping extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPreCommandInterceptorsTxRequired(
                withUnwrapping(configuration.getCustomPreCommandInterceptorsTxRequired()));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(
                withUnwrapping(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
    }

    private static List<CommandInterceptor> withUnwrapping(List<CommandInterceptor> existing) {
        List<CommandInterceptor> interceptors = new ArrayList<>();
        interceptors.add(new Unwrapper());
        if (existing != null) {
            interceptors.addAll(existing);
        }
        return interceptors;
    }

    private static final class Unwrapper extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (InvalidInputException e) {
                throw e;
            } catch (RuntimeException e) {
                InvalidInputException cause = find(e);
                throw cause == null ? e : cause;
            }
        }

        private static InvalidInputException find(Throwable error) {
            for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidInputException invalid) {
                    return invalid;
                }
            }
            return null;
        }
    }
}
