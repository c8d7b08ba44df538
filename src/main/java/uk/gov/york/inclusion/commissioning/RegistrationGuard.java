package uk.gov.york.inclusion.commissioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Makes every activity of {@code outreach-commissioning} after registration refuse an instance that holds no
 * registered request.
 *
 * <p>Anyone who may start the process may also ask the engine to start it at a later activity, and may ask it to
 * skip the model's listeners. The check is therefore added at parse time as a built-in listener, which the engine
 * runs even then, so no task can be planted in a reviewer's or finance's queue.
 */
@Component
class RegistrationGuard extends AbstractProcessEnginePlugin {

    static final String PROCESS = "outreach-commissioning";
    private static final Set<String> BEFORE_REGISTRATION =
            Set.of("StartEvent_RequestSubmitted", "Task_RegisterRequest");

    private final RequestVariables variables;

    RegistrationGuard(@Lazy RequestVariables variables) {
        this.variables = variables;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = new ArrayList<>();
        if (configuration.getCustomPreBPMNParseListeners() != null) {
            listeners.addAll(configuration.getCustomPreBPMNParseListeners());
        }
        listeners.add(new GuardingParseListener());
        configuration.setCustomPreBPMNParseListeners(listeners);
    }

    private final class GuardingParseListener extends AbstractBpmnParseListener {

        private final ExecutionListener requireRegisteredRequest =
                execution -> variables.requestOf(execution, execution.getProcessInstanceId());

        /** Runs once the whole process is parsed; the model has no subprocesses, so its activities are all here. */
        @Override
        public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
            if (!PROCESS.equals(processDefinition.getKey())) {
                return;
            }
            for (ActivityImpl activity : processDefinition.getActivities()) {
                if (!BEFORE_REGISTRATION.contains(activity.getId())) {
                    activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, requireRegisteredRequest);
                }
            }
        }
    }
}
