package it.crocevia.erp.boundary;

import it.crocevia.erp.control.ErpItems;
import it.crocevia.erp.control.ErpStore;
import it.crocevia.erp.entity.ErpSync;
import it.crocevia.order.boundary.OrderSync;
import it.crocevia.platform.boundary.InvalidInputException;
import it.crocevia.platform.boundary.NotFoundException;
import it.crocevia.platform.boundary.Roles;
import it.crocevia.platform.boundary.Violation;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * An ERP sync (SPEC §6): the ERP opens one, FULL or DELTA, pushes articles, stock and customers
 * into it, and completes it. Pushes are JSON arrays read as a stream, item by item, and stored
 * 500 at a time, so a push of any size holds one batch in memory; an item that cannot be stored
 * is reported with its position and reason and the rest goes on. Completing a FULL sync marks
 * gone, of each kind it pushed, what it did not push; completing any sync then runs the order
 * sync of every account that syncs orders (seed 000).
 *
 * <p>The ERP signs in with its own credential ({@link ErpCredentials}), checked by the REST
 * layer; this boundary acts for it as an operator.
 */
@Stateless
@PermitAll
@RunAs(Roles.OPERATOR)
@RunAsPrincipal("erp")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ErpSyncs {

    static final int BATCH = 500;
    /** At most this many rejected items are listed in a push's answer (all are kept). */
    static final int PROBLEMS_SHOWN = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    ErpStore store;

    @Inject
    OrderSync orderSync;

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public ErpSyncView begin(String mode, String credentialName) {
        ErpSync.Mode parsed;
        try {
            parsed = ErpSync.Mode.valueOf(mode == null ? "" : mode.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Violation.of("mode", "erp.sync.mode"));
        }
        var sync = new ErpSync(parsed, credentialName, LocalDateTime.now(Clock.systemUTC()));
        em.persist(sync);
        em.flush();
        return view(sync);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ErpSyncView find(long syncId) {
        return view(load(syncId));
    }

    /** Reads a pushed JSON array item by item and stores it in batches. */
    public PushReport push(long syncId, PushKind kind, InputStream body) {
        if (!load(syncId).isOpen()) {
            throw new InvalidInputException(Violation.of("syncId", "erp.sync.notOpen"));
        }
        var pending = new ArrayList<Object>(BATCH);
        var problems = new ArrayList<PushReport.Problem>();
        int received = 0;
        int stored = 0;
        String error = null;
        try (JsonParser parser = Json.createParser(body)) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_ARRAY) {
                throw new InvalidInputException(Violation.of("body", "erp.push.notAnArray"));
            }
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.END_ARRAY) {
                    break;
                }
                JsonValue item = parser.getValue();
                int position = received++;
                try {
                    pending.add(parse(kind, item));
                } catch (ErpItems.Unusable e) {
                    problems.add(new PushReport.Problem(position, ErpItems.codeOf(item,
                            kind == PushKind.STOCK ? "articleCode" : "code"), e.getMessage()));
                }
                if (pending.size() == BATCH) {
                    stored += write(syncId, kind, pending);
                }
            }
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            error = "malformed JSON at line " + at.getLineNumber() + ", column " + at.getColumnNumber() + " (item "
                    + received + "): " + e.getMessage();
        }
        stored += write(syncId, kind, pending);
        store.pushed(syncId, kind, received, stored, problems);
        return new PushReport(syncId, kind, received, stored, problems.size(),
                problems.stream().limit(PROBLEMS_SHOWN).toList(), error);
    }

    /** Ends the sync: a FULL one marks gone what it did not push; then the order syncs run. */
    public ErpSyncView complete(long syncId) {
        var sync = load(syncId);
        if (!sync.isOpen()) {
            throw new InvalidInputException(Violation.of("syncId", "erp.sync.notOpen"));
        }
        store.complete(syncId, sync.getMode() == ErpSync.Mode.FULL);
        orderSync.runAllAfterErpSync();
        return find(syncId);
    }

    private static Object parse(PushKind kind, JsonValue item) throws ErpItems.Unusable {
        return switch (kind) {
            case ARTICLES -> ErpItems.article(item);
            case STOCK -> ErpItems.stock(item);
            case CUSTOMERS -> ErpItems.customer(item);
        };
    }

    @SuppressWarnings("unchecked")
    private int write(long syncId, PushKind kind, List<Object> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        int size = batch.size();
        try {
            switch (kind) {
                case ARTICLES -> store.articles(syncId, (List<ErpItems.Article>) (List<?>) batch);
                case STOCK -> store.stock(syncId, (List<ErpItems.Stock>) (List<?>) batch);
                case CUSTOMERS -> store.customers(syncId, (List<ErpItems.Customer>) (List<?>) batch);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Storing a batch of " + kind + " failed", e);
        }
        batch.clear();
        return size;
    }

    private ErpSync load(long syncId) {
        var sync = em.find(ErpSync.class, syncId);
        if (sync == null) {
            throw new NotFoundException("ErpSync", syncId);
        }
        return sync;
    }

    private static ErpSyncView view(ErpSync s) {
        return new ErpSyncView(s.getId(), s.getMode().name(), s.getStatus(), s.getStartedBy(), s.getStartedAt(),
                s.getEndedAt(), s.getReceived(), s.getStored(), s.getRejected(), s.getGone());
    }
}
