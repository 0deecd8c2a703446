-- E-commerce customer logins (SPEC §5, seed 004) and the message templates their e-mails use.

-- A customer's login to the shop's portal. The e-mail is kept lower-case and is unique. The
-- password is a PBKDF2 hash in the PHC-like form "pbkdf2-sha256$iterations$salt$hash"; null
-- until one is set (a login created without a password is activated through a reset link).
-- session_epoch grows whenever every open session must end (deactivation, password change).
-- first_name/last_name are the linked record's, kept here for the list and its search; language
-- is the one its e-mails are written in (the portal's, at the customer's last sign-in).
CREATE TABLE customer_login (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    email         VARCHAR(255) NOT NULL,
    first_name    VARCHAR(100),
    last_name     VARCHAR(100),
    language      VARCHAR(5)   NOT NULL DEFAULT 'it',
    password_hash VARCHAR(200),
    active        BOOLEAN      NOT NULL,
    must_change   BOOLEAN      NOT NULL DEFAULT FALSE,
    session_epoch INT          NOT NULL DEFAULT 0,
    last_login_at DATETIME(6),
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    UNIQUE KEY uq_customer_login_email (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The operator's search over active logins: one row per searchable text of a login (its e-mail,
-- "first last", "last first"), so "a few letters" are one index range read in order that stops
-- at the page's end, however many logins match. Only active logins are listed here.
CREATE TABLE customer_login_term (
    term     VARCHAR(255) NOT NULL,
    login_id BIGINT       NOT NULL,
    PRIMARY KEY (term, login_id),
    KEY ix_customer_login_term_login (login_id, term),
    CONSTRAINT fk_customer_login_term_login FOREIGN KEY (login_id) REFERENCES customer_login (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which login a customer record signs in with: a record has at most one, a login may serve several.
CREATE TABLE customer_login_link (
    customer_id BIGINT       NOT NULL PRIMARY KEY,
    login_id    BIGINT       NOT NULL,
    linked_at   DATETIME(6)  NOT NULL,
    linked_by   VARCHAR(200) NOT NULL,
    KEY ix_customer_login_link_login (login_id),
    CONSTRAINT fk_customer_login_link_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_customer_login_link_login FOREIGN KEY (login_id) REFERENCES customer_login (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What happened to a login and who did it: resets, links sent, deactivations, unlinks.
CREATE TABLE customer_login_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    login_id    BIGINT       NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    action      VARCHAR(40)  NOT NULL,
    actor       VARCHAR(200) NOT NULL,
    detail      VARCHAR(500),
    KEY ix_customer_login_event_login (login_id, occurred_at),
    CONSTRAINT fk_customer_login_event_login FOREIGN KEY (login_id) REFERENCES customer_login (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A password-reset link: 256 random bits, of which only the SHA-256 is kept; valid until
-- expires_at and only once (used_at).
CREATE TABLE login_reset_token (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    login_id   BIGINT       NOT NULL,
    token_hash CHAR(64)     NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    expires_at DATETIME(6)  NOT NULL,
    used_at    DATETIME(6),
    UNIQUE KEY uq_login_reset_token_hash (token_hash),
    KEY ix_login_reset_token_login (login_id),
    CONSTRAINT fk_login_reset_token_login FOREIGN KEY (login_id) REFERENCES customer_login (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Impostazioni → Template Messaggi: subject and body per template and language, with
-- {{placeholders}}. The defaults below are what a new installation sends until edited.
CREATE TABLE message_template (
    code       VARCHAR(40)  NOT NULL,
    language   VARCHAR(5)   NOT NULL,
    subject    VARCHAR(200) NOT NULL,
    body       TEXT         NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    updated_by VARCHAR(200) NOT NULL,
    PRIMARY KEY (code, language)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO message_template (code, language, subject, body, updated_at, updated_by) VALUES
('PASSWORD_RECOVERY', 'it', 'Recupero password - {{shop_name}}',
 'Gentile {{customer_name}},\n\nabbiamo ricevuto una richiesta di reimpostare la password del tuo accesso a {{shop_name}}.\nPer scegliere una nuova password apri questo indirizzo:\n\n{{link}}\n\nIl link dura solo un''ora (fino alle {{expiry}}) e si può usare una sola volta; dopo non sarà più valido e potrai chiederne un altro dalla pagina di accesso.\nSe non hai chiesto tu il recupero, ignora questa e-mail: la password resta quella di prima.\n\n{{shop_name}}',
 CURRENT_TIMESTAMP(6), 'system'),
('PASSWORD_RECOVERY', 'en', 'Password recovery - {{shop_name}}',
 'Dear {{customer_name}},\n\nwe received a request to reset the password of your {{shop_name}} login.\nTo choose a new password, open this address:\n\n{{link}}\n\nThe link lasts one hour only (until {{expiry}}) and works once; after that it is no longer valid and you can ask for another one from the sign-in page.\nIf you did not ask for it, ignore this e-mail: your password stays as it was.\n\n{{shop_name}}',
 CURRENT_TIMESTAMP(6), 'system'),
('PASSWORD_CHANGED', 'it', 'La tua password è stata cambiata - {{shop_name}}',
 'Gentile {{customer_name}},\n\nla password del tuo accesso a {{shop_name}} è stata cambiata e le sessioni aperte sono state chiuse.\nSe non sei stato tu, scrivici subito rispondendo a questa e-mail.\n\n{{shop_name}}',
 CURRENT_TIMESTAMP(6), 'system'),
('PASSWORD_CHANGED', 'en', 'Your password was changed - {{shop_name}}',
 'Dear {{customer_name}},\n\nthe password of your {{shop_name}} login was changed and your open sessions were closed.\nIf it was not you, reply to this e-mail at once.\n\n{{shop_name}}',
 CURRENT_TIMESTAMP(6), 'system'),
('PASSWORD_RESET_BY_OPERATOR', 'it', 'Password reimpostata dal nostro staff - {{shop_name}}',
 'Gentile {{customer_name}},\n\nil nostro staff ha reimpostato la password del tuo accesso a {{shop_name}}; ti comunicheremo la nuova password di persona.\nAl prossimo accesso ti sarà chiesto di sceglierne una tua.\n\n{{shop_name}}',
 CURRENT_TIMESTAMP(6), 'system'),
('PASSWORD_RESET_BY_OPERATOR', 'en', 'Your password was reset by our staff - {{shop_name}}',
 'Dear {{customer_name}},\n\nour staff reset the password of your {{shop_name}} login; we will tell you the new password in person.\nAt your next sign-in you will be asked to choose your own.\n\n{{shop_name}}',
 CURRENT_TIMESTAMP(6), 'system');
