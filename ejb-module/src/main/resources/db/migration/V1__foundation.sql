-- Foundation: the audit log and the shop/marketplace accounts ("Gestione Account").
-- Times are UTC. Text is utf8mb4 with a case-insensitive collation, so "Negozio" and
-- "negozio" count as the same account description.

CREATE TABLE audit_entry (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)  NOT NULL,
    actor       VARCHAR(200) NOT NULL,
    action      VARCHAR(60)  NOT NULL,
    target_type VARCHAR(60)  NOT NULL,
    target_id   VARCHAR(64),
    summary     VARCHAR(1000),
    INDEX ix_audit_entry_occurred (occurred_at),
    INDEX ix_audit_entry_target (target_type, target_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE shop_account (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version               BIGINT       NOT NULL DEFAULT 0,
    description           VARCHAR(100) NOT NULL,
    platform              VARCHAR(30)  NOT NULL,
    send_email            BOOLEAN      NOT NULL DEFAULT FALSE,
    notification_emails   VARCHAR(500),
    shop_url              VARCHAR(500),
    store_code            VARCHAR(64),
    merchant_id           VARCHAR(32),
    secret_ciphertext     TEXT,
    publish_method        VARCHAR(10),
    warehouse_code        VARCHAR(30),
    price_list            VARCHAR(30),
    language_code         VARCHAR(10),
    sync_orders           BOOLEAN      NOT NULL DEFAULT FALSE,
    order_states          VARCHAR(500),
    orders_from           DATE,
    update_customers      BOOLEAN      NOT NULL DEFAULT FALSE,
    order_sync_minutes    INT          NOT NULL DEFAULT 0,
    customer_sync_time    TIME,
    backup_before_publish BOOLEAN      NOT NULL DEFAULT TRUE,
    backup_retention_days INT          NOT NULL DEFAULT 30,
    created_at            DATETIME(6)  NOT NULL,
    updated_at            DATETIME(6)  NOT NULL,
    CONSTRAINT uq_shop_account_description UNIQUE (description)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE shop_account_marketplace (
    account_id BIGINT  NOT NULL,
    country    CHAR(2) NOT NULL,
    language   CHAR(2) NOT NULL,
    PRIMARY KEY (account_id, country, language),
    CONSTRAINT fk_shop_account_marketplace_account FOREIGN KEY (account_id)
        REFERENCES shop_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
