-- The ERP (gestionale) side (SPEC §6): its credentials, its syncs (full or delta) with the items
-- it pushed that could not be stored, the articles with prices and stock per warehouse, and what
-- it has acknowledged of the orders and customers it pulls.

-- An ERP's own credential: a random key shown once; only its SHA-256 is kept.
CREATE TABLE erp_credential (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(100) NOT NULL,
    key_prefix   VARCHAR(12)  NOT NULL,
    key_hash     CHAR(64)     NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(200) NOT NULL,
    last_used_at DATETIME(6),
    revoked_at   DATETIME(6),
    UNIQUE KEY uq_erp_credential_hash (key_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One ERP sync: FULL (what is absent at the end is marked gone) or DELTA (only what changed).
CREATE TABLE erp_sync (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    mode        VARCHAR(10)  NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    started_by  VARCHAR(200) NOT NULL,
    started_at  DATETIME(6)  NOT NULL,
    ended_at    DATETIME(6),
    received    INT          NOT NULL DEFAULT 0,
    stored      INT          NOT NULL DEFAULT 0,
    rejected    INT          NOT NULL DEFAULT 0,
    gone        INT          NOT NULL DEFAULT 0,
    kinds       VARCHAR(64)  NOT NULL DEFAULT ''
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A pushed item that was not stored: which push, its position in the stream, its code, why.
CREATE TABLE erp_sync_problem (
    sync_id  BIGINT       NOT NULL,
    kind     VARCHAR(20)  NOT NULL,
    position INT          NOT NULL,
    code     VARCHAR(64),
    reason   VARCHAR(500) NOT NULL,
    PRIMARY KEY (sync_id, kind, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE article (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code           VARCHAR(64)   NOT NULL,
    description_it VARCHAR(1000),
    description_en VARCHAR(1000),
    vat_rate       DECIMAL(5, 2),
    gtin           VARCHAR(14),
    brand          VARCHAR(100),
    weight_kg      DECIMAL(10, 3),
    categories     VARCHAR(2000),
    images         TEXT,
    gone           BOOLEAN       NOT NULL DEFAULT FALSE,
    last_sync_id   BIGINT        NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    UNIQUE KEY uq_article_code (code),
    INDEX ix_article_sync (last_sync_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE article_price (
    article_id BIGINT        NOT NULL,
    price_list VARCHAR(32)   NOT NULL,
    price      DECIMAL(14, 4) NOT NULL,
    PRIMARY KEY (article_id, price_list),
    CONSTRAINT fk_article_price_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE article_stock (
    article_code VARCHAR(64)    NOT NULL,
    warehouse    VARCHAR(32)    NOT NULL,
    quantity     DECIMAL(14, 3) NOT NULL,
    gone         BOOLEAN        NOT NULL DEFAULT FALSE,
    last_sync_id BIGINT         NOT NULL,
    updated_at   DATETIME(6)    NOT NULL,
    PRIMARY KEY (article_code, warehouse),
    INDEX ix_article_stock_sync (last_sync_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Customers the ERP pushes carry its code; what the ERP pulled and acknowledged is the version it saw.
ALTER TABLE customer
    ADD COLUMN erp_code          VARCHAR(64),
    ADD COLUMN erp_gone          BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN erp_last_sync_id  BIGINT,
    ADD COLUMN erp_acked_version BIGINT,
    ADD UNIQUE KEY uq_customer_erp_code (erp_code);

ALTER TABLE shop_order
    ADD COLUMN erp_acked_version BIGINT;
