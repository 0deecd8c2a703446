package it.crocevia.jobs.web;

import it.crocevia.account.boundary.AccountSummary;
import it.crocevia.account.boundary.ShopAccounts;
import it.crocevia.console.FacesMessages;
import it.crocevia.console.LocaleSelector;
import it.crocevia.console.Texts;
import it.crocevia.jobrun.boundary.JobRuns;
import it.crocevia.jobs.boundary.CatalogExports;
import it.crocevia.jobs.boundary.CustomerResyncs;
import it.crocevia.jobs.boundary.JobConsole;
import it.crocevia.jobs.boundary.JobExecutionView;
import it.crocevia.jobs.boundary.MarketingResends;
import it.crocevia.marketing.boundary.MarketingResend;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The *Job* console: the latest executions of the product's batch jobs with their progress,
 * stop and restart, the file of a completed "Download CSV", the selected execution's skipped records
 * and (for a dry run) the changes it would make, and the last 30 days per job.
 */
@Named
@ViewScoped
public class JobListView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 50;
    private static final int CHART_DAYS = 30;

    @Inject
    MarketingResend resend;

    @Inject
    JobConsole console;

    @Inject
    CustomerResyncs customerResyncs;

    @Inject
    CatalogExports catalogExports;

    @Inject
    ShopAccounts accounts;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleSelector localeSelector;

    private Long execution;
    private List<JobExecutionView> rows = List.of();
    private Map<Long, String> accountNames = Map.of();
    private final Map<Long, String> marketingNames = new HashMap<>();
    private JobExecutionView selected;
    private List<JobRuns.Problem> problems = List.of();
    private List<JobRuns.PreviewChange> preview = List.of();
    private String chart;

    public void load() {
        accountNames = accounts.list().stream().collect(Collectors.toMap(AccountSummary::id,
                AccountSummary::description));
        refresh();
        if (execution != null && selected == null) {
            rows.stream().filter(r -> r.run().executionId() == execution).findFirst().ifPresent(this::select);
        }
    }

    /** Polled while an execution runs. */
    public void refresh() {
        rows = console.latest(0, SHOWN);
        if (selected != null) {
            long id = selected.run().executionId();
            rows.stream().filter(r -> r.run().executionId() == id).findFirst().ifPresent(this::select);
        }
        chart = chartJson();
    }

    public void onSelect() {
        if (selected != null) {
            select(selected);
        }
    }

    private void select(JobExecutionView view) {
        selected = view;
        problems = console.problems(view.run().executionId());
        preview = view.run().dryRun() ? console.preview(view.run().executionId()) : List.of();
    }

    public void stop(JobExecutionView view) {
        messages.attempt(() -> {
            console.stop(view.run().executionId());
            messages.info("jobs.stopping", view.run().executionId());
        });
        refresh();
    }

    public void restart(JobExecutionView view) {
        messages.attempt(() -> {
            long id = console.restart(view.run().executionId());
            messages.info("jobs.restarted", view.run().executionId(), id);
        });
        refresh();
    }

    /** After a dry run: the operator confirms, and the real run starts. */
    public void confirm() {
        if (selected == null || selected.run().accountId() == null) {
            return;
        }
        long accountId = selected.run().accountId();
        messages.attempt(() -> {
            long id = customerResyncs.start(accountId, false);
            messages.info("sync.customers.started", accountName(accountId));
            execution = id;
        });
        refresh();
    }

    /** A completed "Download CSV" has its file to download. */
    public boolean downloadable(JobExecutionView view) {
        return CatalogExports.JOB.equals(view.run().jobName()) && "COMPLETED".equals(view.batchStatus())
                && "COMPLETED".equals(view.run().status());
    }

    /** "Scarica CSV": the export's file, streamed from the disk (none, with the reason, when it is gone). */
    public StreamedContent csv(JobExecutionView view) {
        StreamedContent[] content = new StreamedContent[1];
        messages.attempt(() -> {
            var file = catalogExports.file(view.run().executionId());
            String path = file.path().toString();
            content[0] = DefaultStreamedContent.builder().name(file.name()).contentType("text/csv; charset=UTF-8")
                    .contentLength(file.size()).stream(() -> {
                        try {
                            return Files.newInputStream(Path.of(path));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).build();
        });
        return content[0];
    }

    public boolean isRunning() {
        return rows.stream().anyMatch(JobExecutionView::stoppable);
    }

    /** The account an execution worked for: a marketing integration for a resend, else a shop account. */
    public String accountLabel(JobExecutionView view) {
        Long id = view.run().accountId();
        if (id != null && MarketingResends.JOB.equals(view.run().jobName())) {
            return marketingNames.computeIfAbsent(id, k -> {
                String name = resend.description(k);
                return name == null ? "#" + k : name;
            });
        }
        return accountName(id);
    }

    public String accountName(Long accountId) {
        return accountId == null ? "" : accountNames.getOrDefault(accountId, "#" + accountId);
    }

    /** Items done and skipped, and failed runs, per job and day, as a Chart.js configuration. */
    private String chartJson() {
        var locale = localeSelector.getLocale();
        var days = console.days(CHART_DAYS);
        LocalDate first = LocalDate.now().minusDays(CHART_DAYS - 1L);
        var labels = Json.createArrayBuilder();
        var format = DateTimeFormatter.ofPattern("dd/MM");
        for (int i = 0; i < CHART_DAYS; i++) {
            labels.add(first.plusDays(i).format(format));
        }
        var datasets = Json.createArrayBuilder();
        for (String job : new TreeSet<>(days.stream().map(JobRuns.Day::jobName).toList())) {
            String name = Texts.get(locale, "jobs.name." + job);
            var done = new long[CHART_DAYS];
            var failures = new long[CHART_DAYS];
            for (var d : days) {
                int i = (int) (d.day().toEpochDay() - first.toEpochDay());
                if (d.jobName().equals(job) && i >= 0 && i < CHART_DAYS) {
                    done[i] += d.done();
                    failures[i] += d.skipped() + d.failed();
                }
            }
            datasets.add(dataset(name + " · " + Texts.get(locale, "jobs.chart.items"), done, "#2e7d32"));
            datasets.add(dataset(name + " · " + Texts.get(locale, "jobs.chart.failures"), failures, "#c62828"));
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true))))
                .build().toString();
    }

    private static jakarta.json.JsonObjectBuilder dataset(String label, long[] values, String color) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (long v : values) {
            data.add(v);
        }
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", color);
    }

    public Long getExecution() {
        return execution;
    }

    public void setExecution(Long execution) {
        this.execution = execution;
    }

    public List<JobExecutionView> getRows() {
        return rows;
    }

    public JobExecutionView getSelected() {
        return selected;
    }

    public void setSelected(JobExecutionView selected) {
        this.selected = selected;
    }

    public List<JobRuns.Problem> getProblems() {
        return problems;
    }

    public List<JobRuns.PreviewChange> getPreview() {
        return preview;
    }

    public String getChart() {
        return chart;
    }
}
