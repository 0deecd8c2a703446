/**
 * The product's JSR-352 jobs (SPEC §7) and the job console's boundary. This jar is a second EJB
 * module of the EAR: it sees the main EJB module's boundaries, and its job XML
 * ({@code META-INF/batch-jobs/<job-id>.xml}) is found because the jobs are started, stopped and
 * restarted only from here. Artifacts are CDI beans, {@code @Dependent @Named("camelCase")}.
 * JBeret's JDBC repository, in its own schema ({@code crocevia_batch}), keeps the history.
 */
package it.crocevia.jobs;
