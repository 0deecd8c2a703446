package it.crocevia.marketing.boundary;

import it.crocevia.marketing.control.Outbox;
import it.crocevia.marketing.entity.MarketingAccount;
import it.crocevia.order.boundary.Orders;
import it.crocevia.platform.boundary.InvalidInputException;
import it.crocevia.platform.boundary.NotFoundException;
import it.crocevia.platform.boundary.Roles;
import it.crocevia.platform.boundary.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The full resend of an ActiveCampaign or Clerk.io account (the marketing-resend job): every order
 * of the shop accounts it covers is queued again, under the job's execution, so a resend is its own
 * event and goes out even for orders sent before; the platforms upsert, so nothing doubles there.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
public class MarketingResend {

    @PersistenceContext
    EntityManager em;

    @Inject
    Orders orders;

    @Inject
    Outbox outbox;

    /** Refused, with the reason, for the platforms that only notify events (Telegram, WhatsApp). */
    public void check(long accountId) {
        var platform = MarketingPlatform.valueOf(find(accountId).getPlatform());
        if (platform != MarketingPlatform.ACTIVECAMPAIGN && platform != MarketingPlatform.CLERK) {
            throw new InvalidInputException(Violation.of("platform", "marketing.resend.notSupported", platform.label()));
        }
    }

    public long count(long accountId) {
        return orders.countOf(options(accountId).shopAccountIds());
    }

    /** The next orders to queue again, after {@code afterId}. */
    public List<Long> after(long accountId, long afterId, int max) {
        return orders.idsAfter(options(accountId).shopAccountIds(), afterId, max);
    }

    /** Queues these orders again for the account, as part of the resend {@code executionId}. */
    public int queue(long accountId, long executionId, List<Long> orderIds) {
        String prefix = "resend" + executionId + ":order:";
        return outbox.insert(orderIds.stream().map(id -> new Outbox.Item(accountId, prefix + id, "ORDER", id, null))
                .toList());
    }

    /** The account's description, for the job console. */
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public String description(long accountId) {
        var account = em.find(MarketingAccount.class, accountId);
        return account == null ? null : account.getDescription();
    }

    private MarketingOptions options(long accountId) {
        return MarketingOptions.fromJson(find(accountId).getOptions());
    }

    private MarketingAccount find(long accountId) {
        var account = em.find(MarketingAccount.class, accountId);
        if (account == null) {
            throw new NotFoundException("MarketingAccount", accountId);
        }
        return account;
    }
}
