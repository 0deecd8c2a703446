-- Google Shopping product feed: the address of an account's product pages (the feed's g:link) and
-- the account's secret feed link. Of the link's random token only its SHA-256 is kept (like ERP
-- keys), with its first characters to tell links apart; a regenerated link replaces the old one.

ALTER TABLE shop_account ADD COLUMN product_url VARCHAR(500) AFTER shop_url;

CREATE TABLE google_feed_link (
    account_id   BIGINT       NOT NULL PRIMARY KEY,
    token_hash   CHAR(64)     NOT NULL,
    token_prefix VARCHAR(12)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(200) NOT NULL,
    last_read_at DATETIME(6),
    last_items   BIGINT,
    last_skipped BIGINT,
    CONSTRAINT uq_google_feed_link_token UNIQUE (token_hash),
    CONSTRAINT fk_google_feed_link_account FOREIGN KEY (account_id) REFERENCES shop_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
