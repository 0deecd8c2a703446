/**
 * JSR-352 job artifacts. Job XML lives in {@code META-INF/batch-jobs/<job-id>.xml} of this jar,
 * which the EAR ships in {@code lib/} so the EJB module sees the jobs (jobs in the WAR are
 * invisible to it). Artifacts are CDI beans: {@code @Dependent @Named("camelCase")}; without a
 * bean-defining annotation JBeret cannot resolve the ref. The job repository is JBeret's JDBC
 * one, in its own schema ({@code crocevia_batch}), so history survives restarts.
 */
package it.crocevia.jobs;
