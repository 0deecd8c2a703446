-- Ids of the rows an order import writes in bulk come from this table, a block at a time
-- (JPA TABLE generators), instead of AUTO_INCREMENT: the ORM can then batch the INSERTs. Each
-- row holds the last id handed out; the AUTO_INCREMENT columns stay, unused by the application.
CREATE TABLE id_sequence (
    name       VARCHAR(50) NOT NULL PRIMARY KEY,
    last_value BIGINT      NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO id_sequence (name, last_value) SELECT 'customer', COALESCE(MAX(id), 0) FROM customer;
INSERT INTO id_sequence (name, last_value) SELECT 'customer_change', COALESCE(MAX(id), 0) FROM customer_change;
INSERT INTO id_sequence (name, last_value) SELECT 'shop_order', COALESCE(MAX(id), 0) FROM shop_order;
INSERT INTO id_sequence (name, last_value) SELECT 'shop_order_line', COALESCE(MAX(id), 0) FROM shop_order_line;
