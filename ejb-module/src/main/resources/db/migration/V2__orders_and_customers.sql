-- Order import (Sincro Ordini) and customer records (anagrafiche), seed 000 and 001.
-- Imported data never references shop_account with a foreign key: deleting an account keeps
-- what it imported (SPEC §1).

CREATE TABLE customer (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL DEFAULT 0,
    email             VARCHAR(255) NOT NULL,
    first_name        VARCHAR(100),
    last_name         VARCHAR(100),
    company           VARCHAR(255),
    vat_number        VARCHAR(32),
    fiscal_code       VARCHAR(32),
    phone             VARCHAR(40),
    source_account_id BIGINT,
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    INDEX ix_customer_email (email),
    INDEX ix_customer_name (last_name, first_name),
    INDEX ix_customer_source (source_account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every automatic change of a customer record: what, from which value to which, and why.
CREATE TABLE customer_change (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id BIGINT       NOT NULL,
    changed_at  DATETIME(6)  NOT NULL,
    field       VARCHAR(40)  NOT NULL,
    old_value   VARCHAR(255),
    new_value   VARCHAR(255),
    source      VARCHAR(120) NOT NULL,
    INDEX ix_customer_change_customer (customer_id, changed_at),
    CONSTRAINT fk_customer_change_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A registered customer of a platform account and our record of them (one per account and remote id).
CREATE TABLE customer_binding (
    account_id  BIGINT      NOT NULL,
    remote_id   VARCHAR(64) NOT NULL,
    customer_id BIGINT      NOT NULL,
    synced_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (account_id, remote_id),
    INDEX ix_customer_binding_customer (customer_id),
    CONSTRAINT fk_customer_binding_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An imported order. (account_id, remote_id) is the binding: a remote order is one local order.
CREATE TABLE shop_order (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT        NOT NULL DEFAULT 0,
    account_id         BIGINT        NOT NULL,
    remote_id          VARCHAR(64)   NOT NULL,
    reference          VARCHAR(64),
    customer_id        BIGINT        NOT NULL,
    guest              BOOLEAN       NOT NULL,
    email              VARCHAR(255)  NOT NULL,
    state_code         VARCHAR(64),
    state_name         VARCHAR(255),
    currency           CHAR(3)       NOT NULL,
    total_paid         DECIMAL(19, 4) NOT NULL,
    total_products     DECIMAL(19, 4),
    total_shipping     DECIMAL(19, 4),
    total_discounts    DECIMAL(19, 4),
    total_tax          DECIMAL(19, 4),
    payment            VARCHAR(255),
    carrier            VARCHAR(255),
    billing_name       VARCHAR(255),
    billing_company    VARCHAR(255),
    billing_vat_number VARCHAR(32),
    billing_fiscal_code VARCHAR(32),
    billing_street     VARCHAR(500),
    billing_postcode   VARCHAR(20),
    billing_city       VARCHAR(120),
    billing_region     VARCHAR(120),
    billing_country    CHAR(2),
    billing_phone      VARCHAR(40),
    shipping_name      VARCHAR(255),
    shipping_company   VARCHAR(255),
    shipping_street    VARCHAR(500),
    shipping_postcode  VARCHAR(20),
    shipping_city      VARCHAR(120),
    shipping_region    VARCHAR(120),
    shipping_country   CHAR(2),
    shipping_phone     VARCHAR(40),
    ordered_at         DATETIME(6)   NOT NULL,
    remote_updated_at  DATETIME(6)   NOT NULL,
    imported_at        DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    CONSTRAINT uq_shop_order_binding UNIQUE (account_id, remote_id),
    INDEX ix_shop_order_ordered (ordered_at),
    INDEX ix_shop_order_account_ordered (account_id, ordered_at),
    INDEX ix_shop_order_customer (customer_id),
    CONSTRAINT fk_shop_order_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE shop_order_line (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id        BIGINT         NOT NULL,
    line_no         INT            NOT NULL,
    sku             VARCHAR(64),
    ean             VARCHAR(20),
    name            VARCHAR(255)   NOT NULL,
    quantity        DECIMAL(19, 4) NOT NULL,
    unit_price_excl DECIMAL(19, 4),
    unit_price_incl DECIMAL(19, 4),
    total_incl      DECIMAL(19, 4),
    CONSTRAINT uq_shop_order_line UNIQUE (order_id, line_no),
    CONSTRAINT fk_shop_order_line_order FOREIGN KEY (order_id) REFERENCES shop_order (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One run of a sync: who or what started it, when, what it counted, how it ended.
-- running_account is the account id while the run is RUNNING and NULL after: the unique key
-- lets only one run of a kind per account run at a time, across threads and cluster nodes.
CREATE TABLE sync_run (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id        BIGINT       NOT NULL,
    kind              VARCHAR(20)  NOT NULL,
    started_by        VARCHAR(200) NOT NULL,
    trigger_source    VARCHAR(20)  NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    running_account   BIGINT,
    started_at        DATETIME(6)  NOT NULL,
    ended_at          DATETIME(6),
    fetched           INT          NOT NULL DEFAULT 0,
    imported          INT          NOT NULL DEFAULT 0,
    updated           INT          NOT NULL DEFAULT 0,
    skipped           INT          NOT NULL DEFAULT 0,
    customers_created INT          NOT NULL DEFAULT 0,
    customers_updated INT          NOT NULL DEFAULT 0,
    message           VARCHAR(1000),
    CONSTRAINT uq_sync_run_running UNIQUE (kind, running_account),
    INDEX ix_sync_run_account (account_id, started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A remote record a run could not import, and why.
CREATE TABLE sync_problem (
    id        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    run_id    BIGINT        NOT NULL,
    remote_id VARCHAR(64),
    reason    VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_sync_problem_run FOREIGN KEY (run_id) REFERENCES sync_run (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Up to where (the platform's own update time, in the shop's time zone) a sync has stored everything.
CREATE TABLE sync_watermark (
    account_id BIGINT      NOT NULL,
    kind       VARCHAR(20) NOT NULL,
    watermark  DATETIME(6) NOT NULL,
    PRIMARY KEY (account_id, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
