package it.crocevia.console;

import it.crocevia.connector.boundary.RemoteException;
import it.crocevia.jobrun.boundary.JobAlreadyRunningException;
import it.crocevia.order.boundary.SyncAlreadyRunningException;
import it.crocevia.platform.boundary.ConcurrentChangeException;
import it.crocevia.platform.boundary.InvalidInputException;
import it.crocevia.platform.boundary.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

/** Puts messages on the page in the operator's language, next to the field they concern. */
@RequestScoped
public class FacesMessages {

    @Inject
    LocaleSelector localeSelector;

    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** One message per violation, on the field {@code formId:field}, plus a summary at the top. */
    public void violations(InvalidInputException e, String formId) {
        var context = FacesContext.getCurrentInstance();
        for (var v : e.violations()) {
            String clientId = formId + ":" + v.field();
            String text = Texts.get(localeSelector.getLocale(), v.messageKey(), v.arguments().toArray());
            boolean fieldShown = context.getViewRoot().findComponent(":" + clientId) != null;
            context.addMessage(fieldShown ? clientId : null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        context.validationFailed();
        error("validation.summary");
    }

    /** An operator action that a boundary may refuse. */
    @FunctionalInterface
    public interface Action {
        void run();
    }

    /**
     * Runs an action and turns the boundaries' refusals into messages in the operator's language
     * (invalid input, gone, changed meanwhile, already running, platform unreachable, role refused).
     *
     * @return whether the action went through
     */
    public boolean attempt(Action action) {
        try {
            action.run();
            return true;
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> error(v.messageKey(), v.arguments().toArray()));
        } catch (NotFoundException e) {
            error("error.notFound");
        } catch (ConcurrentChangeException e) {
            error("error.concurrent");
        } catch (SyncAlreadyRunningException e) {
            error("sync.orders.running");
        } catch (JobAlreadyRunningException e) {
            error("jobs.running", Texts.get(localeSelector.getLocale(), "jobs.name." + e.jobName()));
        } catch (RemoteException e) {
            error("connection." + e.outcome().name(), e.getMessage());
        } catch (EJBAccessException e) {
            error("error.forbidden");
        }
        return false;
    }

    /** Keeps the messages across a redirect (post-redirect-get). */
    public void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = Texts.get(localeSelector.getLocale(), key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
