/** JSR-352 job artifacts; job XML lives in META-INF/batch-jobs. */
package it.crocevia.jobs;
