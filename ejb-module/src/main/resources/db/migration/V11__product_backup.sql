-- Publishing by API (SPEC §1, Backup): before a product that exists on the platform is overwritten,
-- its whole record as the platform gave it is kept here, per backup run (the execution of the job
-- that took it), so an operator can show, download or put back one product or a whole backup.
CREATE TABLE product_backup (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id   BIGINT       NOT NULL,
    execution_id BIGINT       NOT NULL,
    sku          VARCHAR(64)  NOT NULL,
    remote_id    VARCHAR(64),
    format       VARCHAR(8)   NOT NULL,
    record       MEDIUMTEXT   NOT NULL,
    taken_at     DATETIME(6)  NOT NULL,
    UNIQUE KEY uq_product_backup_run_sku (execution_id, sku),
    KEY ix_product_backup_account (account_id, taken_at),
    KEY ix_product_backup_sku (account_id, sku, taken_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
