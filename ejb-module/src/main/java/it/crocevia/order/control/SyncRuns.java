package it.crocevia.order.control;

import it.crocevia.order.boundary.SyncAlreadyRunningException;
import it.crocevia.order.boundary.SyncRunView;
import it.crocevia.order.entity.SyncProblem;
import it.crocevia.order.entity.SyncRun;
import it.crocevia.order.entity.SyncWatermark;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bookkeeping of sync runs, each step in its own short transaction so that a run's state is
 * visible (and survives) while the run goes on outside any transaction.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SyncRuns {

    /** At most this many reported records are shown per run; the run's count says how many there were. */
    static final int PROBLEMS_SHOWN = 1000;

    @PersistenceContext
    EntityManager em;

    /** Starts a run; refused when one of the same kind already runs for the account. */
    public long begin(long accountId, SyncRun.Kind kind, String startedBy, SyncRun.Trigger trigger) {
        var run = new SyncRun(accountId, kind, startedBy, trigger, LocalDateTime.now(Clock.systemUTC()));
        try {
            em.persist(run);
            em.flush();
        } catch (PersistenceException e) {
            throw new SyncAlreadyRunningException(accountId, kind.name());
        }
        return run.getId();
    }

    public void end(long runId, SyncRun.Status status, String message) {
        em.find(SyncRun.class, runId).end(status, message, LocalDateTime.now(Clock.systemUTC()));
    }

    public Optional<LocalDateTime> watermark(long accountId, SyncRun.Kind kind) {
        return Optional.ofNullable(em.find(SyncWatermark.class, new SyncWatermark.Key(accountId, kind.name())))
                .map(SyncWatermark::getWatermark);
    }

    /** Runs left RUNNING by a server that stopped mid-run: they failed, and their lock is released. */
    public int failInterrupted() {
        var running = em.createNamedQuery(SyncRun.FIND_RUNNING, SyncRun.class)
                .setParameter("status", SyncRun.Status.RUNNING).getResultList();
        running.forEach(r -> r.end(SyncRun.Status.FAILED, "Interrupted: the server stopped during the run",
                LocalDateTime.now(Clock.systemUTC())));
        return running.size();
    }

    /**
     * The accounts among {@code accountIds} whose latest run of {@code kind} ended since
     * {@code since} with a failure whose message starts with {@code messagePrefix}.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Set<Long> latestFailedSince(Collection<Long> accountIds, SyncRun.Kind kind, LocalDateTime since,
            String messagePrefix) {
        if (accountIds.isEmpty()) {
            return Set.of();
        }
        return em.createNamedQuery(SyncRun.FIND_LATEST_ENDED_SINCE, SyncRun.class)
                .setParameter("accountIds", accountIds).setParameter("kind", kind).setParameter("since", since)
                .getResultStream().filter(r -> r.getStatus() == SyncRun.Status.FAILED && r.getMessage() != null
                        && r.getMessage().startsWith(messagePrefix))
                .map(SyncRun::getAccountId).collect(Collectors.toSet());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SyncRunView view(long runId) {
        return views(List.of(em.find(SyncRun.class, runId))).get(0);
    }

    /** The latest runs of an account with their problems: two queries, whatever the number of runs. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SyncRunView> latest(long accountId, int max) {
        return views(em.createNamedQuery(SyncRun.FIND_BY_ACCOUNT, SyncRun.class).setParameter("accountId", accountId)
                .setMaxResults(max).getResultList());
    }

    private List<SyncRunView> views(List<SyncRun> runs) {
        if (runs.isEmpty()) {
            return List.of();
        }
        Map<Long, List<SyncRunView.Problem>> problems = new HashMap<>();
        em.createNamedQuery(SyncProblem.FIND_BY_RUNS, SyncProblem.class)
                .setParameter("runIds", runs.stream().map(SyncRun::getId).toList())
                .setMaxResults(PROBLEMS_SHOWN * runs.size()).getResultStream()
                .forEach(p -> problems.computeIfAbsent(p.getRunId(), k -> new ArrayList<>())
                        .add(new SyncRunView.Problem(p.getRemoteId(), p.getReason())));
        return runs.stream().map(r -> new SyncRunView(r.getId(), r.getAccountId(), r.getKind().name(),
                r.getTrigger().name(), r.getStartedBy(), r.getStatus().name(), r.getStartedAt(), r.getEndedAt(),
                r.getFetched(), r.getImported(), r.getUpdated(), r.getSkipped(), r.getCustomersCreated(),
                r.getCustomersUpdated(), r.getMessage(),
                problems.getOrDefault(r.getId(), List.of()).stream().limit(PROBLEMS_SHOWN).toList())).toList();
    }
}
