-- "Aggiorna Account": the data structure read from an account's platform (languages,
-- currencies, order states, carriers, countries, tax rules, stores/websites).
CREATE TABLE account_structure (
    account_id   BIGINT       NOT NULL,
    kind         VARCHAR(30)  NOT NULL,
    remote_id    VARCHAR(64)  NOT NULL,
    code         VARCHAR(64),
    name         VARCHAR(255),
    refreshed_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (account_id, kind, remote_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
