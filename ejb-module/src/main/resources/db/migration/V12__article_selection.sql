-- Articoli: which articles an account publishes and where its ERP categories go on the platform.

-- The ERP's own flags on an article ("web", "promo", …), a JSON array of strings like categories.
ALTER TABLE article
    ADD COLUMN flags VARCHAR(1000);

-- ALL, CATEGORIES (articles in any of the chosen ERP categories) or FLAG (articles carrying the flag);
-- article_filter holds the chosen categories or the flag as a JSON array of strings.
ALTER TABLE shop_account
    ADD COLUMN article_selection VARCHAR(12) NOT NULL DEFAULT 'ALL',
    ADD COLUMN article_filter    VARCHAR(2000);

-- Category mapping: an ERP category and the platform's category (its id, as "Aggiorna Account" read it).
CREATE TABLE shop_account_category (
    account_id         BIGINT       NOT NULL,
    erp_category       VARCHAR(200) NOT NULL,
    remote_category_id VARCHAR(64)  NOT NULL,
    PRIMARY KEY (account_id, erp_category),
    CONSTRAINT fk_shop_account_category_account FOREIGN KEY (account_id) REFERENCES shop_account (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
