package it.crocevia.jobs.boundary;

import it.crocevia.jobs.control.AccountJobRuns;
import it.crocevia.jobs.control.RunParameters;
import it.crocevia.marketing.boundary.MarketingResend;
import it.crocevia.platform.boundary.Callers;
import it.crocevia.platform.boundary.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The full resend of an ActiveCampaign or Clerk.io integration, as a job of the console (with
 * progress, stop and restart): every order of the shop accounts it covers goes out again. One at
 * a time per integration.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MarketingResends {

    /** The job's name, as the console lists its executions. */
    public static final String JOB = AccountJobRuns.MARKETING_RESEND;

    @Inject
    MarketingResend resend;

    @Inject
    AccountJobRuns accountRuns;

    @Resource
    SessionContext context;

    /** Starts the resend and returns its execution id; refused for Telegram and WhatsApp. */
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    public long start(long marketingAccountId) {
        resend.check(marketingAccountId);
        return accountRuns.start(JOB, new RunParameters(marketingAccountId, false, Callers.name(context), "MANUAL",
                null));
    }
}
