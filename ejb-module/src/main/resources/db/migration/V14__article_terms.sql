-- The ERP categories and flags that live articles carry, offered in Articoli (to choose and to map).
-- Reading them from every article's JSON took about 3 s a form with a million articles; this table
-- is kept by the ERP sync instead: a pushed article adds its terms, and the end of a full sync of
-- articles removes those no live article carries any more. Terms compare exactly (utf8mb4_bin),
-- as the article selection's JSON_OVERLAPS does; one longer than 200 characters (the mapping's
-- limit) is not offered.
CREATE TABLE article_term (
    kind VARCHAR(10)                     NOT NULL, -- CATEGORY or FLAG
    term VARCHAR(200) COLLATE utf8mb4_bin NOT NULL,
    PRIMARY KEY (kind, term)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT IGNORE INTO article_term (kind, term)
SELECT DISTINCT 'CATEGORY', j.v
FROM article a, JSON_TABLE(a.categories, '$[*]' COLUMNS (v VARCHAR(2000) COLLATE utf8mb4_bin PATH '$')) j
WHERE a.gone = FALSE AND j.v IS NOT NULL AND CHAR_LENGTH(j.v) BETWEEN 1 AND 200;

INSERT IGNORE INTO article_term (kind, term)
SELECT DISTINCT 'FLAG', j.v
FROM article a, JSON_TABLE(a.flags, '$[*]' COLUMNS (v VARCHAR(2000) COLLATE utf8mb4_bin PATH '$')) j
WHERE a.gone = FALSE AND j.v IS NOT NULL AND CHAR_LENGTH(j.v) BETWEEN 1 AND 200;
