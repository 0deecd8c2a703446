-- The product's batch jobs (JSR-352, SPEC §7). JBeret keeps each execution's status, metrics and
-- checkpoints in its own schema; these tables keep what the console adds: which account, who or
-- which schedule started it, how far it has gone, the records it skipped and, for a dry run, the
-- changes it would make.

-- One job per account at a time: the key ("customer-resync:42") is taken before a job starts and
-- released when it ends (or when the server starts again after a crash).
CREATE TABLE job_lock (
    lock_key     VARCHAR(100) NOT NULL PRIMARY KEY,
    execution_id BIGINT,
    locked_at    DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE job_run (
    execution_id   BIGINT       NOT NULL PRIMARY KEY,
    job_name       VARCHAR(64)  NOT NULL,
    account_id     BIGINT,
    dry_run        BOOLEAN      NOT NULL,
    started_by     VARCHAR(200) NOT NULL,
    trigger_source VARCHAR(20)  NOT NULL,
    restart_of     BIGINT,
    total          BIGINT       NOT NULL DEFAULT 0,
    position       VARCHAR(64),
    done           BIGINT       NOT NULL DEFAULT 0,
    changed        BIGINT       NOT NULL DEFAULT 0,
    status         VARCHAR(20)  NOT NULL,
    started_at     DATETIME(6)  NOT NULL,
    ended_at       DATETIME(6),
    message        VARCHAR(1000),
    INDEX ix_job_run_started (started_at),
    INDEX ix_job_run_account (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A record a job skipped, with the reason (one row per record and execution).
CREATE TABLE job_problem (
    execution_id BIGINT       NOT NULL,
    item         VARCHAR(64)  NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    PRIMARY KEY (execution_id, item)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a dry run of "Sincro Clienti" would change, shown before the operator confirms.
CREATE TABLE job_preview_change (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    execution_id BIGINT       NOT NULL,
    customer_id  BIGINT       NOT NULL,
    field        VARCHAR(40)  NOT NULL,
    old_value    VARCHAR(255),
    new_value    VARCHAR(255),
    INDEX ix_job_preview_change_execution (execution_id, customer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
