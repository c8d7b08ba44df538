package uk.gov.york.inclusion.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Makes every activity of one process after its registration step run {@link #requireRegistered} when it starts, so
 * that an instance without a registered record stops there.
 *
 * <p>Anyone who may start a process may also ask the engine to start it at a later activity, and may ask it to skip
 * the model's listeners. The check is therefore added at parse time as a built-in listener, which the engine runs
 * even then, so no task can be planted in another person's queue. Activities nested in a scope, such as the inner
 * activity of a multi-instance task, get the check too.
 */
public abstract class RegistrationGuard extends AbstractProcessEnginePlugin {

    private final String processKey;
    private final Set<String> activitiesBeforeRegistration;

    /**
     * @param processKey the process definition key to guard
     * @param activitiesBeforeRegistration ids of the activities that run before the record exists: the start event
     *     and the registration step
     */
    protected RegistrationGuard(String processKey, Set<String> activitiesBeforeRegistration) {
        this.processKey = processKey;
        this.activitiesBeforeRegistration = Set.copyOf(activitiesBeforeRegistration);
    }

    /** Raises an {@link InvalidInputException} unless the execution's instance has its own registered record. */
    protected abstract void requireRegistered(DelegateExecution execution);

    /**
     * Runs when an instance of the process ends in any way, deletion with listeners skipped included, so a subclass
     * can close a record the process left open. Does nothing unless overridden.
     */
    protected void onInstanceEnd(DelegateExecution execution) {}

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

        private final ExecutionListener requireRegisteredRecord = RegistrationGuard.this::requireRegistered;
        private final ExecutionListener instanceEnded = RegistrationGuard.this::onInstanceEnd;

        /** Runs once the whole process is parsed, so all its activities, nested ones included, exist. */
        @Override
        public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
            if (processKey.equals(processDefinition.getKey())) {
                guardActivitiesOf(processDefinition);
                processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_END, instanceEnded);
            }
        }

        private void guardActivitiesOf(ScopeImpl scope) {
            for (ActivityImpl activity : scope.getActivities()) {
                if (!activitiesBeforeRegistration.contains(activity.getId())) {
                    activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, requireRegisteredRecord);
                }
                guardActivitiesOf(activity);
            }
        }
    }
}
