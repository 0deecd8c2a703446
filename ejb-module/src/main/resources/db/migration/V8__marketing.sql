-- Marketing integrations (SPEC §3, §4; seeds 002 and 003): the licensed modules an administrator
-- switches on, the integration accounts of Gestisci Integrazioni, and the outbox of what they
-- must receive, delivered by a worker.

-- Impostazioni -> Moduli: licensed features, off until an administrator switches them on.
CREATE TABLE licensed_module (
    code       VARCHAR(40)  NOT NULL PRIMARY KEY,
    enabled    BOOLEAN      NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    updated_by VARCHAR(200) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO licensed_module (code, enabled, updated_at, updated_by) VALUES
('ACTIVECAMPAIGN', FALSE, CURRENT_TIMESTAMP(6), 'system'),
('CLERK', FALSE, CURRENT_TIMESTAMP(6), 'system'),
('WHATSAPP', FALSE, CURRENT_TIMESTAMP(6), 'system'),
('TELEGRAM', FALSE, CURRENT_TIMESTAMP(6), 'system');

-- An integration account. account_name is the platform's own identifier (ActiveCampaign's
-- account name, Clerk's public key, Telegram's chat id, WhatsApp's phone-number id); the secret
-- (API key, private key, bot token, access token) is AES-GCM encrypted; options are the
-- account's choices as JSON (what to send, from which shop accounts, templates, events).
-- single_activecampaign makes a second ActiveCampaign account impossible (seed 003).
CREATE TABLE marketing_account (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version               BIGINT       NOT NULL DEFAULT 0,
    description           VARCHAR(100) NOT NULL,
    platform              VARCHAR(20)  NOT NULL,
    active                BOOLEAN      NOT NULL,
    account_name          VARCHAR(255),
    secret_enc            VARCHAR(2000),
    options               TEXT         NOT NULL,
    created_at            DATETIME(6)  NOT NULL,
    updated_at            DATETIME(6)  NOT NULL,
    single_activecampaign VARCHAR(20) AS (IF(platform = 'ACTIVECAMPAIGN', platform, NULL)) PERSISTENT,
    UNIQUE KEY uq_marketing_account_single_ac (single_activecampaign)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The outbox: one row per thing an account must receive (an order, a customer, a message), keyed
-- by the event it comes from, so one event is never queued twice. The worker delivers due rows,
-- retries with backoff, and after the last attempt leaves them FAILED with the reason for an
-- operator to see and retry.
CREATE TABLE marketing_delivery (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id      BIGINT        NOT NULL,
    event_key       VARCHAR(150)  NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    subject_id      BIGINT,
    message         VARCHAR(4000),
    status          VARCHAR(12)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    last_error      VARCHAR(1000),
    remote_id       VARCHAR(100),
    created_at      DATETIME(6)   NOT NULL,
    delivered_at    DATETIME(6),
    UNIQUE KEY uq_marketing_delivery_event (account_id, event_key),
    KEY ix_marketing_delivery_due (status, next_attempt_at),
    CONSTRAINT fk_marketing_delivery_account FOREIGN KEY (account_id) REFERENCES marketing_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a platform calls our records: ActiveCampaign's connection, customer and order ids, so an
-- update goes to the same remote record and the remote lookup happens once.
CREATE TABLE marketing_remote_id (
    account_id BIGINT       NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    local_id   VARCHAR(100) NOT NULL,
    remote_id  VARCHAR(100) NOT NULL,
    PRIMARY KEY (account_id, kind, local_id),
    CONSTRAINT fk_marketing_remote_id_account FOREIGN KEY (account_id) REFERENCES marketing_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
